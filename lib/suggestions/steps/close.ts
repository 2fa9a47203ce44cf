import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";
import { advance, stateAllows } from "@/lib/suggestions/steps/shared";

/** 办结: the office closes a rated suggestion — or a replied one the proposer has not rated. */
export const close = defineStep({
  name: "close",
  label: "办结",
  audit: "suggestion.closed",
  who: (actor, r) => mayTransition(actor, r) && actor.role === "OFFICE",
  when: (r) => stateAllows(r.state, "close"),
  ui: (r) =>
    r.state === "RATED" ? {} : { secondary: true, confirm: "代表尚未评价答复。办结后不能再答复或评价，确定办结？" },
  run: async (_tx, { s }) => ({ to: advance(s.state, "close") }),
});
