import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";
import { advance, stateAllows } from "@/lib/suggestions/steps/shared";
import { mayStillReturn } from "@/lib/handling/assignment";

/**
 * 退回: the lead unit sends a wrong assignment back to the office, with its reason, within the
 * return window (seven working days of assignment, a setting); the suggestion is registered again.
 */
export const returnStep = defineStep({
  name: "return",
  label: "退回交办",
  audit: "suggestion.returned",
  who: (actor, r) => mayTransition(actor, r) && actor.role === "UNIT" && r.relation.unit === "LEAD",
  when: (r, now) => {
    const state = stateAllows(r.state, "return");
    if (state !== true) return state;
    if (!mayStillReturn(r.returnBy, now)) return `交办已超过 ${r.returnWorkingDays} 个工作日，不能退回，请与人大办联系`;
    return true;
  },
  run: async (tx, { s }, input) => {
    await tx.suggestionAssignment.updateMany({
      where: { suggestionId: s.id, active: true },
      data: { active: false, returnedAt: new Date(), returnReason: input.note },
    });
    return {
      to: advance(s.state, "return"),
      data: { leadUnitId: null, assignedOn: null, deadline: null, delayedTo: null },
    };
  },
});
