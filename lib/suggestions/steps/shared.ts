// What several steps share: the state machine's verdict as a reason, and the states of handling.
import type { SuggestionState } from "@/lib/generated/prisma/client";
import { SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";
import { nextState, type SuggestionAction } from "@/lib/suggestions/rules";

/** Why the state machine refuses `action` from `state`, or true. */
export function stateAllows(state: SuggestionState, action: SuggestionAction): true | string {
  return nextState(state, action) ? true : `建议当前为“${SUGGESTION_STATE_LABELS[state]}”，不能执行此操作`;
}

/** The state `action` leads to (the step checked it is allowed). */
export function advance(state: SuggestionState, action: SuggestionAction): SuggestionState {
  const to = nextState(state, action);
  if (!to) throw new Error(`${action} from ${state}: availability was not checked`);
  return to;
}

/** Being handled by the units: first time or again after a 不满意 rating. */
export const isBeingHandled = (state: SuggestionState) => state === "ASSIGNED" || state === "REHANDLING";
