import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";
import { advance, stateAllows } from "@/lib/suggestions/steps/shared";

/** 提交: a draft goes to the office — by its lead proposer, or by the office drafting for a deputy. */
export const submit = defineStep({
  name: "submit",
  label: "提交草稿",
  audit: "suggestion.submitted",
  who: (actor, r) =>
    mayTransition(actor, r) && (actor.role === "OFFICE" || (actor.role === "DEPUTY" && r.relation.leadProposer)),
  when: (r) => stateAllows(r.state, "submit"),
  run: async (_tx, { s }) => ({ to: advance(s.state, "submit") }),
});
