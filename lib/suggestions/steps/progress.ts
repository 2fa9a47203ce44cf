import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";
import { isBeingHandled } from "@/lib/suggestions/steps/shared";

/** 办理进展: a note by the lead unit or a co-unit while it is being handled; no change of state. */
export const progress = defineStep({
  name: "progress",
  label: "记录办理进展",
  audit: "suggestion.progress_noted",
  who: (actor, r) => mayTransition(actor, r) && actor.role === "UNIT" && r.relation.unit !== null,
  when: (r) => (isBeingHandled(r.state) ? true : "只有办理中的建议可以记录进展"),
  run: async () => ({}),
});
