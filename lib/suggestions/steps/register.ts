import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";
import { advance, stateAllows } from "@/lib/suggestions/steps/shared";
import { formatNumber } from "@/lib/suggestions/rules";
import { nextSuggestionSeq } from "@/lib/suggestions/numbering";

/** 登记: the office gives a submitted suggestion the year's next number (2026-017). */
export const register = defineStep({
  name: "register",
  label: "登记",
  audit: "suggestion.registered",
  who: (actor, r) => mayTransition(actor, r) && actor.role === "OFFICE",
  when: (r) => stateAllows(r.state, "register"),
  run: async (tx, { actor, s }) => {
    const seq = await nextSuggestionSeq(tx, actor.townshipId, s.year);
    return { to: advance(s.state, "register"), data: { seq, number: formatNumber(s.year, seq) } };
  },
});
