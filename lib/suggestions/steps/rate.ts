import { can } from "@/lib/auth/policy";
import { replyDeadline } from "@/lib/suggestions/rules";
import { notifyUnits } from "@/lib/suggestions/notify";
import { openCoUnitRound } from "@/lib/suggestions/co-units";
import { defineStep } from "@/lib/suggestions/steps/types";
import { advance, stateAllows } from "@/lib/suggestions/steps/shared";

/** 评价: a proposer rates the reply; 满意 / 基本满意 closes the loop, 不满意 sends it back to the units. */
export const rate = defineStep({
  name: "rate",
  label: "评价答复",
  audit: "suggestion.rated",
  event: "rating",
  forbidden: "只有提出建议的代表可以评价",
  stale: "建议已被他人修改，请刷新后重试",
  who: (actor, r) => can(actor, "suggestion.rate", { townshipId: r.townshipId }) && r.relation.proposer,
  when: (r) => stateAllows(r.state, "rate_satisfied"),
  run: async (tx, { actor, s, today, settings }, input) => {
    const unsatisfied = input.rating === "UNSATISFIED";
    const to = advance(s.state, unsatisfied ? "rate_unsatisfied" : "rate_satisfied");
    const event = { note: input.comment ?? null, rating: input.rating, unitId: null };
    if (!unsatisfied) return { to, event, audit: { rating: input.rating } };
    const months = { normal: settings["suggestions.replyMonths"], broad: settings["suggestions.broadReplyMonths"] };
    if (s.leadUnitId)
      await notifyUnits(tx, actor.townshipId, s.id, [s.leadUnitId], `代表对“${s.title}”的答复不满意，请重新办理`);
    await openCoUnitRound(tx, actor.townshipId, s, today, settings["suggestions.coUnitInputMonths"]);
    return {
      to,
      data: { deadline: replyDeadline(today, false, months), delayedTo: null },
      event,
      audit: { rating: input.rating },
    };
  },
});
