import { formatDay } from "@/lib/time/day";
import { defineStep, office } from "@/lib/petitions/steps/types";
import { caseName, entryDay, unitNotices } from "@/lib/petitions/steps/shared";

/** 催办: the office reminds the units handling the case (by phone, in person), recorded with its day. */
export const remind = defineStep({
  name: "remind",
  label: "催办",
  audit: "petition.reminded",
  who: office,
  run: async (_tx, ctx, input) => {
    const day = entryDay(ctx, input.occurredOn, "催办日期", { label: "转办日期", day: ctx.r.lastTransferredOn });
    const due = ctx.p.dueDate ? `请于 ${formatDay(ctx.p.dueDate)} 前办结并回复。` : "";
    return {
      event: { note: input.note },
      entry: { day },
      notices: unitNotices(
        ctx,
        ctx.r.assignments.map((a) => a.unitId),
        `人大办催办${caseName(ctx.p)}：${due}${input.note}`,
      ),
    };
  },
});
