import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";
import { advance, stateAllows } from "@/lib/suggestions/steps/shared";

/** 撤回: the lead proposer (or the office) before assignment, with an optional reason. */
export const withdraw = defineStep({
  name: "withdraw",
  label: "撤回建议",
  audit: "suggestion.withdrawn",
  who: (actor, r) =>
    mayTransition(actor, r) && (actor.role === "OFFICE" || (actor.role === "DEPUTY" && r.relation.leadProposer)),
  when: (r) => stateAllows(r.state, "withdraw"),
  run: async (_tx, { s }) => ({ to: advance(s.state, "withdraw") }),
});
