import { validation } from "@/lib/http/errors";
import { needsDecision } from "@/lib/petitions/rules";
import { defineStep, mayEnterOnBehalf, may, type PetitionStepRecord } from "@/lib/petitions/steps/types";
import { entryDay } from "@/lib/petitions/steps/shared";
import type { Actor } from "@/lib/auth/actor";

const leadUnit = (actor: Actor, r: PetitionStepRecord) => may(actor, r, "petition.unit_handle") && !!r.mine?.lead;
const keyed = (actor: Actor, r: PetitionStepRecord) =>
  !leadUnit(actor, r) && mayEnterOnBehalf(actor, r) && r.assignments.some((a) => a.lead);

/**
 * 回复: the lead unit's result. For 申诉求决类 it is the 信访处理意见书 (Art. 32: "应当载明信访人投诉请求、事实和
 * 理由、处理意见及其法律法规依据"): 予以支持 / 解释说明 / 不予支持, with the legal basis. The office keys a
 * unit's paper reply in (代录) with the day on it.
 */
export const reply = defineStep({
  name: "reply",
  label: (actor, r) => (leadUnit(actor, r) ? "回复办理结果" : "代录单位回复"),
  audit: "petition.answered",
  who: (actor, r) => leadUnit(actor, r) || keyed(actor, r),
  onBehalf: keyed,
  when: (r) => (r.assignments.some((a) => a.lead) ? true : "信访件没有主办单位，不能回复"),
  run: async (tx, ctx, input) => {
    const { p, r } = ctx;
    if (needsDecision(p)) {
      const fields: Record<string, string> = {};
      if (!input.decision) fields.decision = "处理意见：申诉求决类须选择予以支持、解释说明或不予支持（第三十二条）";
      if (!input.legalBasis) fields.legalBasis = "法律法规依据：申诉求决类须写明处理意见的法律法规依据（第三十二条）";
      if (Object.keys(fields).length) throw validation(fields);
    }
    const lead = r.assignments.find((a) => a.lead)!;
    const day = entryDay(ctx, input.occurredOn, "回复日期", { label: "转办日期", day: lead.assignedOn });
    const reply = await tx.petitionReply.create({
      data: {
        townshipId: p.townshipId,
        petitionId: p.id,
        unitId: lead.unitId,
        text: input.text,
        decision: needsDecision(p) ? input.decision : (input.decision ?? null),
        legalBasis: input.legalBasis,
        answeredOn: day,
        answeredById: ctx.onBehalf ? null : ctx.actor.userId,
        enteredById: ctx.onBehalf ? ctx.actor.userId : null,
        onBehalfOf: ctx.onBehalf ? lead.unitName : null,
      },
      select: { id: true },
    });
    return {
      to: "ANSWERED",
      event: { note: input.text.slice(0, 500) },
      entry: { day, ...(ctx.onBehalf ? { onBehalfOf: lead.unitName } : {}) },
      audit: { replyId: reply.id, decision: input.decision, legalBasis: input.legalBasis, unitId: lead.unitId },
    };
  },
});
