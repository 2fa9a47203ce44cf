import { validation } from "@/lib/http/errors";
import { formatDay } from "@/lib/time/day";
import { assignedUnits } from "@/lib/handling/assignment";
import { replyDeadline } from "@/lib/suggestions/rules";
import { coUnitInputDue } from "@/lib/handling/deadlines";
import { notifyProposers, notifyUnits } from "@/lib/suggestions/notify";
import { defineStep, mayTransition, type StepRecord } from "@/lib/suggestions/steps/types";
import { advance, entryDay, stateAllows } from "@/lib/suggestions/steps/shared";
import { todayInChina } from "@/lib/time/day";

/** A motion waits for the presidium's decision before it can be assigned. */
const undecidedMotion = (r: StepRecord) =>
  r.kind === "MOTION" && !r.motionDecision ? "议案须先由主席团决定是否列入会议议程" : null;

/**
 * 交办: one lead unit and optional co-units; the reply is due in three months (six when broad or
 * difficult, 代表法 Art. 51), a co-unit's input to the lead unit in one. A motion is assigned only
 * once the presidium has decided to handle it as a suggestion. An assignment keyed later takes the
 * day it was made (交办日期, not before the suggestion was raised): the deadlines run from it.
 */
export const assign = defineStep({
  name: "assign",
  label: "交办",
  audit: "suggestion.assigned",
  who: (actor, r) => mayTransition(actor, r) && actor.role === "OFFICE",
  when: (r) => {
    const state = stateAllows(r.state, "assign");
    if (state !== true) return state;
    return undecidedMotion(r) ?? true;
  },
  prerequisite: undecidedMotion,
  run: async (tx, ctx, input) => {
    const { actor, s, settings } = ctx;
    const day = entryDay(ctx, input.occurredOn, {
      field: "occurredOn",
      label: "交办日期",
      after: { label: "提出日期", day: s.raisedOn ?? todayInChina(s.createdAt) },
    });
    const units = assignedUnits(input.leadUnitId, input.coUnitIds);
    const active = await tx.handlingUnit.count({ where: { id: { in: units.map((u) => u.unitId) }, active: true } });
    if (active !== units.length) throw validation({ leadUnitId: "主办单位：须是在用的承办单位" });
    await tx.suggestionAssignment.updateMany({ where: { suggestionId: s.id, active: true }, data: { active: false } });
    const inputDue = coUnitInputDue(day, settings["suggestions.coUnitInputMonths"]);
    await tx.suggestionAssignment.createMany({
      data: units.map(({ unitId, lead }) => ({
        townshipId: actor.townshipId,
        suggestionId: s.id,
        unitId,
        lead,
        assignedOn: day,
        inputDue: lead ? null : inputDue,
      })),
    });
    const months = { normal: settings["suggestions.replyMonths"], broad: settings["suggestions.broadReplyMonths"] };
    const co = units.filter((u) => !u.lead).map((u) => u.unitId);
    await notifyUnits(tx, actor.townshipId, s.id, [input.leadUnitId], `新交办建议：${s.title}`);
    await notifyUnits(
      tx,
      actor.townshipId,
      s.id,
      co,
      `新交办建议（协办）：${s.title}，请于 ${formatDay(inputDue)} 前向主办单位提交协办意见`,
    );
    await notifyProposers(tx, actor.townshipId, s.id, `您的建议“${s.title}”已交办`);
    return {
      to: advance(s.state, "assign"),
      data: {
        leadUnitId: input.leadUnitId,
        broad: input.broad,
        assignedOn: day,
        deadline: replyDeadline(day, input.broad, months),
        delayedTo: null,
      },
      entry: { day },
    };
  },
});
