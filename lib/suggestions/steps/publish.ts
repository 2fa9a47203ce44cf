import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";

const AFTER_REPLY = new Set(["REPLIED", "RATED", "CLOSED"]);

/** 公开: the office publishes the handling result once it is replied; other deputies then read a public copy. */
export const publish = defineStep({
  name: "publish",
  label: "公开办理结果",
  audit: "suggestion.published",
  who: (actor, r) => mayTransition(actor, r) && actor.role === "OFFICE",
  when: (r) => {
    if (!AFTER_REPLY.has(r.state)) return "答复后才能公开";
    return r.published ? "办理结果已公开" : true;
  },
  run: async () => ({ data: { published: true } }),
});
