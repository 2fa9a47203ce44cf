import { defineStep, office } from "@/lib/petitions/steps/types";
import { entryDay } from "@/lib/petitions/steps/shared";

/** 报告: a case passed down by the county congress is reported back, with its own date and number. */
export const report = defineStep({
  name: "report",
  label: "报告办理结果",
  audit: "petition.reported",
  who: office,
  run: async (_tx, ctx, input) => {
    const day = entryDay(ctx, input.occurredOn, "报告日期", { label: "回复日期", day: ctx.r.lastAnsweredOn });
    return {
      to: "REPORTED",
      data: { reportedOn: day, reportNumber: input.reportNumber },
      event: { note: [input.reportNumber, input.note].filter(Boolean).join("；") },
      entry: { day },
      audit: { reportNumber: input.reportNumber },
    };
  },
});
