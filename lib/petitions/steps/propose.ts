import { defineStep, office } from "@/lib/petitions/steps/types";
import { entryDay } from "@/lib/petitions/steps/shared";

/** 拟办: the office proposes how the accepted case is handled (which unit, what to do), for the chair. */
export const propose = defineStep({
  name: "propose",
  label: "拟办",
  audit: "petition.proposed",
  who: office,
  run: async (_tx, ctx, input) => {
    const { p, r } = ctx;
    const day = entryDay(ctx, input.occurredOn, "拟办日期", later(p.acceptedOn, r.lastChainDay));
    return {
      to: "PROPOSED",
      data: { proposal: input.note, proposedById: ctx.actor.userId, proposedAt: new Date() },
      event: { note: input.note },
      entry: { day },
    };
  },
});

function later(accepted: Date | null, chain: Date | null) {
  const day = [accepted, chain].filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  return { label: day === accepted ? "受理日期" : "上一办理环节日期", day };
}
