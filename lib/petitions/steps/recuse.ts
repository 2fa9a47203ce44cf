import { conflict, validation } from "@/lib/http/errors";
import { defineStep, office } from "@/lib/petitions/steps/types";

/**
 * 回避 (Art. 28 para 3): "各级机关、单位工作人员与信访事项或者信访人有直接利害关系的，应当回避" — the office
 * records who is recused and why; that user may then take no step on the case.
 */
export const recuse = defineStep({
  name: "recuse",
  label: "登记回避",
  audit: "petition.recused",
  who: office,
  run: async (tx, ctx, input) => {
    const { p } = ctx;
    const user = await tx.user.findFirst({ where: { id: input.userId }, select: { id: true, displayName: true } });
    if (!user) throw validation({ userId: "回避人员：账号不存在" });
    const exists = await tx.petitionRecusal.findFirst({
      where: { petitionId: p.id, userId: user.id },
      select: { id: true },
    });
    if (exists) throw conflict(`${user.displayName} 已经登记回避`);
    await tx.petitionRecusal.create({
      data: {
        townshipId: p.townshipId,
        petitionId: p.id,
        userId: user.id,
        reason: input.reason,
        createdById: ctx.actor.userId,
      },
    });
    return {
      event: { note: `${user.displayName}：${input.reason}` },
      entry: { day: ctx.today },
      audit: { userId: user.id, name: user.displayName, reason: input.reason },
    };
  },
});
