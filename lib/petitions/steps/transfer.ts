import { assignedUnits } from "@/lib/handling/assignment";
import { validation } from "@/lib/http/errors";
import { formatDay } from "@/lib/time/day";
import { objectionDeadline } from "@/lib/petitions/clock";
import { defineStep, office } from "@/lib/petitions/steps/types";
import { caseName, entryDay, unitNotices } from "@/lib/petitions/steps/shared";

/** Art. 30 para 3: "不得将信访人的检举、揭发材料以及有关情况透露或者转给被检举、揭发的人员或者单位". */
export const ACCUSED_UNIT = "不得将检举控告材料转给被检举、揭发的单位（第三十条第三款）";

/**
 * 转办: the approved case goes to a lead unit and optional co-units (lib/handling), each with the window
 * of Art. 23 para 3 to object ("自收到之日起5个工作日内提出异议") on the official working calendar.
 * An accusation is never routed to the unit it accuses.
 */
export const transfer = defineStep({
  name: "transfer",
  label: "转办",
  audit: "petition.transferred",
  who: office,
  run: async (tx, ctx, input) => {
    const { p, r } = ctx;
    const day = entryDay(ctx, input.occurredOn, "转办日期", { label: "批办日期", day: r.lastChainDay });
    const units = assignedUnits(input.leadUnitId, input.coUnitIds);
    if (p.accusedUnitId && units.some((u) => u.unitId === p.accusedUnitId)) {
      const field = input.leadUnitId === p.accusedUnitId ? "leadUnitId" : "coUnitIds";
      throw validation({ [field]: `${field === "leadUnitId" ? "主办单位" : "协办单位"}：${ACCUSED_UNIT}` });
    }
    const found = await tx.handlingUnit.findMany({
      where: { id: { in: units.map((u) => u.unitId) }, active: true },
      select: { id: true, name: true },
    });
    const names = new Map(found.map((u) => [u.id, u.name]));
    const missing = units.find((u) => !names.has(u.unitId));
    if (missing)
      throw validation({
        [missing.lead ? "leadUnitId" : "coUnitIds"]: `${missing.lead ? "主办单位" : "协办单位"}：单位不存在或已停用`,
      });
    const returnBy = objectionDeadline(day, ctx.calendar, ctx.clock);
    await tx.petitionAssignment.updateMany({ where: { petitionId: p.id, active: true }, data: { active: false } });
    await tx.petitionAssignment.createMany({
      data: units.map((u) => ({
        townshipId: p.townshipId,
        petitionId: p.id,
        unitId: u.unitId,
        lead: u.lead,
        assignedOn: day,
        returnBy,
      })),
    });
    const due = p.dueDate ? `，请于 ${formatDay(p.dueDate)} 前办结并回复` : "";
    const list = units.map((u) => `${names.get(u.unitId)}${u.lead ? "（主办）" : "（协办）"}`).join("、");
    return {
      to: "TRANSFERRED",
      event: { note: [list, input.note].filter(Boolean).join("；") },
      entry: { day },
      audit: { units, returnBy: formatDay(returnBy), note: input.note },
      notices: unitNotices(
        ctx,
        units.map((u) => u.unitId),
        `人大办转办${caseName(p)}${due}。不属于本单位职权范围的，请于 ${formatDay(returnBy)} 前提出异议并说明理由`,
      ),
    };
  },
});
