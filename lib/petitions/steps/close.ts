import { finishedInTime } from "@/lib/petitions/clock";
import { defineStep, office } from "@/lib/petitions/steps/types";
import { entryDay, later } from "@/lib/petitions/steps/shared";

/** 办结: the office closes the case, judging whether the problem was resolved; the petitioner's satisfaction if known. */
export const close = defineStep({
  name: "close",
  label: "办结",
  audit: "petition.closed",
  who: office,
  run: async (_tx, ctx, input) => {
    const { p, r } = ctx;
    const prev = later(
      { label: "回复日期", day: r.lastAnsweredOn },
      later({ label: "报告日期", day: p.reportedOn }, { label: "告知日期", day: p.notifiedOn }) ?? null,
    );
    const day = entryDay(ctx, input.occurredOn, "办结日期", prev);
    return {
      to: "CLOSED",
      data: { closedOn: day, resolved: input.resolved, satisfaction: input.satisfaction ?? null },
      event: { note: input.note },
      entry: { day },
      audit: {
        resolved: input.resolved,
        satisfaction: input.satisfaction ?? null,
        inTime: p.dueDate ? finishedInTime(day, p.dueDate) : null,
      },
    };
  },
});
