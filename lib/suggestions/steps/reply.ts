import { notifyProposers } from "@/lib/suggestions/notify";
import { defineStep, mayEnterOnBehalf, mayTransition } from "@/lib/suggestions/steps/types";
import { advance, entryDay, stateAllows } from "@/lib/suggestions/steps/shared";

/** The township's setting `suggestions.contactBeforeReply` (local practice, not law). */
const CONTACT_FIRST = "本镇规定答复前须先联系代表：请先记录联系代表情况";

/**
 * 答复: the lead unit's written reply with its class (A, B, C) and files; the proposers are asked to
 * rate it. The office may key a unit's paper reply in for it (代录) with the unit's date, which is
 * the reply's day for the deadline and the on-time figure.
 */
export const reply = defineStep({
  name: "reply",
  label: (r) => (r.relation.unit !== "LEAD" ? "代录答复" : r.state === "REHANDLING" ? "重新答复" : "答复"),
  audit: "suggestion.replied",
  files: true,
  who: (actor, r) =>
    mayTransition(actor, r) && ((actor.role === "UNIT" && r.relation.unit === "LEAD") || mayEnterOnBehalf(actor, r)),
  when: (r) => {
    const allowed = stateAllows(r.state, "reply");
    return allowed !== true ? allowed : r.contactRequired ? CONTACT_FIRST : true;
  },
  prerequisite: (r) => (r.contactRequired ? CONTACT_FIRST : null),
  onBehalf: mayEnterOnBehalf,
  run: async (tx, ctx, input) => {
    const { actor, s, onBehalf } = ctx;
    const after = s.state === "REHANDLING" && s.repliedOn ? { label: "上次答复日期", day: s.repliedOn } : null;
    const day = entryDay(ctx, input.occurredOn, {
      field: "occurredOn",
      label: "答复日期",
      after: after ?? { label: "交办日期", day: s.assignedOn },
    });
    const unit = s.leadUnitId
      ? await tx.handlingUnit.findUnique({ where: { id: s.leadUnitId }, select: { name: true } })
      : null;
    await notifyProposers(tx, actor.townshipId, s.id, `您的建议“${s.title}”已答复，请评价`);
    // The reply records the due day it answered, for the on-time figure, and the day it was given.
    return {
      to: advance(s.state, "reply"),
      data: { repliedOn: day },
      event: { replyClass: input.replyClass, date: s.delayedTo ?? s.deadline ?? undefined, unitId: s.leadUnitId },
      entry: { day, ...(onBehalf ? { onBehalfOf: unit?.name ?? "承办单位" } : {}) },
    };
  },
});
