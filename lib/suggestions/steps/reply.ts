import { notifyProposers } from "@/lib/suggestions/notify";
import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";
import { advance, stateAllows } from "@/lib/suggestions/steps/shared";

/** 答复: the lead unit's written reply with its class (A, B, C) and files; the proposers are asked to rate it. */
export const reply = defineStep({
  name: "reply",
  label: (r) => (r.state === "REHANDLING" ? "重新答复" : "答复"),
  audit: "suggestion.replied",
  files: true,
  who: (actor, r) => mayTransition(actor, r) && actor.role === "UNIT" && r.relation.unit === "LEAD",
  when: (r) => stateAllows(r.state, "reply"),
  run: async (tx, { actor, s, today }, input) => {
    await notifyProposers(tx, actor.townshipId, s.id, `您的建议“${s.title}”已答复，请评价`);
    // The reply records the due day it answered, for the on-time figure.
    return {
      to: advance(s.state, "reply"),
      data: { repliedOn: today },
      event: { replyClass: input.replyClass, date: s.delayedTo ?? s.deadline ?? undefined },
    };
  },
});
