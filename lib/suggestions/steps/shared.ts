// What several steps share: the state machine's verdict as a reason, and the states of handling.
import type { SuggestionState } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/policy";
import { validation } from "@/lib/http/errors";
import { occurredDay, type OccurredOptions } from "@/lib/records/on-behalf";
import type { RunContext } from "@/lib/suggestions/steps/types";
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

/**
 * The day a step's entry happened (lib/records/on-behalf.ts): the office may give the real day of a
 * paper form or of a record keyed later; a unit or a deputy entering their own enters today.
 */
export function entryDay(ctx: RunContext, given: string | null | undefined, opts: Omit<OccurredOptions, "today">) {
  if (given && !can(ctx.actor, "suggestion.enter_on_behalf", { townshipId: ctx.s.townshipId }))
    throw validation({ [opts.field]: `${opts.label}：只有人大办补录或代录时填写` });
  return occurredDay(given, { ...opts, today: ctx.today });
}
