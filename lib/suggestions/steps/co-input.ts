import { recordCoUnitInput } from "@/lib/suggestions/co-units";
import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";
import { isBeingHandled } from "@/lib/suggestions/steps/shared";

const GIVEN = "本轮办理已提交过协办意见";

/** 协办意见: a co-unit's input to the lead unit, once per handling round; taken late, but marked so. */
export const coInput = defineStep({
  name: "co_input",
  label: "向主办单位提交协办意见",
  audit: "suggestion.co_input_submitted",
  who: (actor, r) => mayTransition(actor, r) && actor.role === "UNIT" && r.relation.unit === "CO",
  when: (r) => {
    if (!isBeingHandled(r.state)) return "只有办理中的建议可以提交协办意见";
    return r.coInputOwed ? true : GIVEN;
  },
  fields: { [GIVEN]: { note: "协办意见：本轮办理已提交过" } },
  run: async (tx, { actor, s, today }, input) => {
    const late = await recordCoUnitInput(tx, actor, s, today);
    return { event: { late }, audit: { note: input.note, late } };
  },
});
