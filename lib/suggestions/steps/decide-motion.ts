import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";
import { advance } from "@/lib/suggestions/steps/shared";

/**
 * 议案处理决定: the presidium (the office recording it, or the chair) places a motion on the
 * session's agenda — which closes it here — or has it handled as a suggestion.
 */
export const decideMotion = defineStep({
  name: "decide_motion",
  label: "议案处理决定",
  audit: "suggestion.motion_decided",
  who: (actor, r) => mayTransition(actor, r) && (actor.role === "OFFICE" || actor.role === "CHAIR"),
  when: (r) => {
    if (r.kind !== "MOTION") return "只有议案需要主席团决定是否列入会议议程";
    if (r.motionDecision) return "该议案已作出处理决定";
    if (r.state !== "SUBMITTED" && r.state !== "REGISTERED") return "议案已进入办理，不能再作决定";
    return true;
  },
  run: async (_tx, { s }, input) => ({
    to: input.decision === "PLACE_ON_AGENDA" ? advance(s.state, "place_on_agenda") : undefined,
    data: { motionDecision: input.decision, motionDecisionNote: input.note ?? null },
  }),
});
