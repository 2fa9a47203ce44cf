import { validation } from "@/lib/http/errors";
import { assignedUnits } from "@/lib/handling/assignment";
import { handOver, signOffRequired } from "@/lib/suggestions/handover";
import { defineStep, mayTransition, type StepRecord } from "@/lib/suggestions/steps/types";
import { advance, stateAllows } from "@/lib/suggestions/steps/shared";

/** A motion waits for the presidium's decision before it can be assigned. */
const undecidedMotion = (r: StepRecord) =>
  r.kind === "MOTION" && !r.motionDecision ? "议案须先由主席团决定是否列入会议议程" : null;

/**
 * 交办: one lead unit and optional co-units; the reply is due in three months (six when broad or
 * difficult, 代表法 Art. 51), a co-unit's input to the lead unit in one — counted from the hand-over
 * (now, or the chair's 签发 when required: lib/suggestions/handover.ts). A motion is assigned only
 * once the presidium has decided to handle it as a suggestion.
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
  run: async (tx, { actor, s, today, settings }, input) => {
    const units = assignedUnits(input.leadUnitId, input.coUnitIds);
    const active = await tx.handlingUnit.count({ where: { id: { in: units.map((u) => u.unitId) }, active: true } });
    if (active !== units.length) throw validation({ leadUnitId: "主办单位：须是在用的承办单位" });
    await tx.suggestionAssignment.updateMany({ where: { suggestionId: s.id, active: true }, data: { active: false } });
    await tx.suggestionAssignment.createMany({
      data: units.map(({ unitId, lead }) => ({
        townshipId: actor.townshipId,
        suggestionId: s.id,
        unitId,
        lead,
        assignedOn: today,
      })),
    });
    const named = { leadUnitId: input.leadUnitId, broad: input.broad, signedOffAt: null, signedOffById: null };
    // The chair signs first (when the township requires it): nothing reaches the units before.
    const handed = signOffRequired(settings)
      ? { awaitingSignOff: true, assignedOn: null, deadline: null, delayedTo: null }
      : await handOver(tx, actor.townshipId, { ...s, broad: input.broad }, today, settings);
    return { to: advance(s.state, "assign"), data: { ...named, ...handed } };
  },
});
