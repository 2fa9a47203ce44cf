import { can } from "@/lib/auth/policy";
import { replyDeadline } from "@/lib/suggestions/rules";
import { notifyUnits } from "@/lib/suggestions/notify";
import { openCoUnitRound } from "@/lib/suggestions/co-units";
import { defineStep, mayEnterOnBehalf } from "@/lib/suggestions/steps/types";
import { advance, entryDay, stateAllows } from "@/lib/suggestions/steps/shared";

/**
 * 评价: a proposer rates the reply; 满意 / 基本满意 closes the loop, 不满意 sends it back to the units.
 * The office may key the lead deputy's paper rating form (满意度测评表) in for them (代录), with the
 * deputy's date: re-handling then runs from that day.
 */
export const rate = defineStep({
  name: "rate",
  label: (r) => (r.relation.proposer ? "评价答复" : "代录评价（满意度测评表）"),
  audit: "suggestion.rated",
  event: "rating",
  forbidden: "只有提出建议的代表可以评价",
  stale: "建议已被他人修改，请刷新后重试",
  who: (actor, r) =>
    can(actor, "suggestion.rate", { townshipId: r.townshipId }) && (r.relation.proposer || mayEnterOnBehalf(actor, r)),
  when: (r) => stateAllows(r.state, "rate_satisfied"),
  onBehalf: mayEnterOnBehalf,
  run: async (tx, ctx, input) => {
    const { actor, s, settings, onBehalf } = ctx;
    const day = entryDay(ctx, input.occurredOn, {
      field: "occurredOn",
      label: "评价日期",
      after: { label: "答复日期", day: s.repliedOn },
    });
    const lead = onBehalf
      ? await tx.suggestionProposer.findFirst({
          where: { suggestionId: s.id, lead: true },
          select: { deputy: { select: { name: true } } },
        })
      : null;
    const entry = { day, ...(onBehalf ? { onBehalfOf: lead?.deputy.name ?? "领衔代表" } : {}) };
    const unsatisfied = input.rating === "UNSATISFIED";
    const to = advance(s.state, unsatisfied ? "rate_unsatisfied" : "rate_satisfied");
    const event = { note: input.comment ?? null, rating: input.rating, unitId: null };
    if (!unsatisfied) return { to, event, entry, audit: { rating: input.rating } };
    const months = { normal: settings["suggestions.replyMonths"], broad: settings["suggestions.broadReplyMonths"] };
    if (s.leadUnitId)
      await notifyUnits(tx, actor.townshipId, s.id, [s.leadUnitId], `代表对“${s.title}”的答复不满意，请重新办理`);
    await openCoUnitRound(tx, actor.townshipId, s, day, settings["suggestions.coUnitInputMonths"]);
    return {
      to,
      data: { deadline: replyDeadline(day, false, months), delayedTo: null },
      event,
      entry,
      audit: { rating: input.rating },
    };
  },
});
