import { defineStep, mayEnterOnBehalf, may } from "@/lib/petitions/steps/types";
import { entryDay } from "@/lib/petitions/steps/shared";

/**
 * 批办: the chair approves the office's proposal, or sends it back to be proposed again with a note.
 * The office keys the chair's paper approval in (代录) with the day the chair signed it.
 */
export const approve = defineStep({
  name: "approve",
  label: (actor, r) => (may(actor, r, "petition.approve") ? "批办" : "代录批办"),
  audit: "petition.approved",
  who: (actor, r) => may(actor, r, "petition.approve") || mayEnterOnBehalf(actor, r),
  onBehalf: (actor, r) => !may(actor, r, "petition.approve") && mayEnterOnBehalf(actor, r),
  run: async (_tx, ctx, input) => {
    const day = entryDay(ctx, input.occurredOn, "批办日期", { label: "拟办日期", day: ctx.r.lastChainDay });
    const who = ctx.onBehalf ? { onBehalfOf: "人大主席" } : {};
    if (input.decision === "SEND_BACK")
      return {
        to: "REGISTERED",
        data: { approvalNote: input.note },
        event: { type: "sent_back", note: input.note },
        action: "petition.sent_back",
        entry: { day, ...who },
        audit: { decision: input.decision },
      };
    return {
      to: "APPROVED",
      data: {
        approvedById: ctx.onBehalf ? null : ctx.actor.userId,
        approvedAt: new Date(`${day.toISOString().slice(0, 10)}T00:00:00Z`),
        approvalNote: input.note,
      },
      event: { type: "approved", note: input.note },
      entry: { day, ...who },
      audit: { decision: input.decision },
    };
  },
});
