import { defineStep, office } from "@/lib/petitions/steps/types";
import { entryDay } from "@/lib/petitions/steps/shared";

/** 回访: the office's return visit to the petitioner after closing, with what was found. */
export const visit = defineStep({
  name: "visit",
  label: "回访",
  audit: "petition.visited",
  who: office,
  run: async (_tx, ctx, input) => {
    const day = entryDay(ctx, input.occurredOn, "回访日期", { label: "办结日期", day: ctx.p.closedOn });
    return { data: { returnVisitOn: day, returnVisitNote: input.note }, event: { note: input.note }, entry: { day } };
  },
});
