import { validation } from "@/lib/http/errors";
import { recordCoUnitInput } from "@/lib/suggestions/co-units";
import { defineStep, mayEnterOnBehalf, mayTransition } from "@/lib/suggestions/steps/types";
import { entryDay, isBeingHandled } from "@/lib/suggestions/steps/shared";

const GIVEN = "本轮办理已提交过协办意见";

/**
 * 协办意见: a co-unit's input to the lead unit, once per handling round; taken late, but marked so.
 * The office may key a co-unit's paper input in for it (代录), with the unit's date.
 */
export const coInput = defineStep({
  name: "co_input",
  label: (r) => (r.relation.unit === "CO" ? "向主办单位提交协办意见" : "代录协办意见"),
  audit: "suggestion.co_input_submitted",
  who: (actor, r) =>
    mayTransition(actor, r) && ((actor.role === "UNIT" && r.relation.unit === "CO") || mayEnterOnBehalf(actor, r)),
  when: (r) => {
    if (!isBeingHandled(r.state)) return "只有办理中的建议可以提交协办意见";
    if (r.relation.unit !== "CO") return r.coInputsOwed > 0 ? true : "各协办单位本轮都已提交协办意见";
    return r.coInputOwed ? true : GIVEN;
  },
  fields: { [GIVEN]: { note: "协办意见：本轮办理已提交过" } },
  onBehalf: mayEnterOnBehalf,
  run: async (tx, ctx, input) => {
    const { actor, s, onBehalf } = ctx;
    const unitId = onBehalf ? input.unitId : actor.unitId;
    if (!unitId) throw validation({ unitId: "协办单位：请选择协办单位" });
    const { late, day, unitName } = await recordCoUnitInput(tx, actor, s, unitId, (assignedOn) =>
      entryDay(ctx, input.occurredOn, {
        field: "occurredOn",
        label: "协办意见日期",
        after: { label: "交办日期", day: assignedOn },
      }),
    );
    return {
      event: { late, unitId },
      entry: { day, ...(onBehalf ? { onBehalfOf: unitName } : {}) },
      audit: { note: input.note, late },
    };
  },
});
