import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";
import { isBeingHandled } from "@/lib/suggestions/steps/shared";

/** 联系代表: how the unit talked the suggestion over with its proposer, while it is being handled. */
export const contact = defineStep({
  name: "contact",
  label: "记录联系代表情况",
  audit: "suggestion.contact_recorded",
  who: (actor, r) => mayTransition(actor, r) && actor.role === "UNIT" && r.relation.unit !== null,
  when: (r) => (isBeingHandled(r.state) ? true : "只有办理中的建议可以记录进展"),
  run: async () => ({}),
});
