import { validation } from "@/lib/http/errors";
import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";
import { advance, stateAllows } from "@/lib/suggestions/steps/shared";

/** 合并: a duplicate is folded into another suggestion; its proposers become that one's proposers. */
export const merge = defineStep({
  name: "merge",
  label: "合并到其他建议",
  audit: "suggestion.merged",
  who: (actor, r) => mayTransition(actor, r) && actor.role === "OFFICE",
  when: (r) => stateAllows(r.state, "merge"),
  run: async (tx, { actor, s }, input) => {
    if (input.intoId === s.id) throw validation({ intoId: "合并到的建议：不能合并到自身" });
    const target = await tx.suggestion.findUnique({ where: { id: input.intoId } });
    if (!target || !["SUBMITTED", "REGISTERED", "ASSIGNED"].includes(target.state))
      throw validation({ intoId: "合并到的建议：须是已提交、已登记或已交办的建议" });
    // Every proposer of the duplicate stays a proposer of the merged suggestion.
    const proposers = await tx.suggestionProposer.findMany({ where: { suggestionId: s.id } });
    await tx.suggestionProposer.createMany({
      data: proposers.map((p) => ({
        townshipId: actor.townshipId,
        suggestionId: target.id,
        deputyId: p.deputyId,
        lead: false,
      })),
      skipDuplicates: true,
    });
    await tx.suggestionEvent.create({
      data: {
        townshipId: actor.townshipId,
        suggestionId: target.id,
        type: "merged_in",
        actorUserId: actor.userId,
        note: `合并了建议“${s.title}”`,
      },
    });
    return { to: advance(s.state, "merge"), data: { mergedIntoId: target.id } };
  },
});
