// The suggestion workflow's one table of steps: the service runs them (transitions.ts), the API
// carries each record's steps with the reasons (service.ts), and the page shows the open ones.
import type { Actor } from "@/lib/auth/actor";
import { submit } from "@/lib/suggestions/steps/submit";
import { withdraw } from "@/lib/suggestions/steps/withdraw";
import { register } from "@/lib/suggestions/steps/register";
import { merge } from "@/lib/suggestions/steps/merge";
import { decideMotion } from "@/lib/suggestions/steps/decide-motion";
import { assign } from "@/lib/suggestions/steps/assign";
import { returnStep } from "@/lib/suggestions/steps/return";
import { progress } from "@/lib/suggestions/steps/progress";
import { coInput } from "@/lib/suggestions/steps/co-input";
import { delay } from "@/lib/suggestions/steps/delay";
import { reply } from "@/lib/suggestions/steps/reply";
import { close } from "@/lib/suggestions/steps/close";
import { publish } from "@/lib/suggestions/steps/publish";
import { rate } from "@/lib/suggestions/steps/rate";
import type { StepName, StepRecord, SuggestionStep } from "@/lib/suggestions/steps/types";

/** Every step, in the order the page lists them. */
export const SUGGESTION_STEPS: { [N in StepName]: SuggestionStep<N> } = {
  rate,
  submit,
  register,
  decide_motion: decideMotion,
  assign,
  co_input: coInput,
  reply,
  progress,
  delay,
  return: returnStep,
  close,
  publish,
  merge,
  withdraw,
};

export const STEP_NAMES = Object.keys(SUGGESTION_STEPS) as StepName[];

/** One step as a record's JSON carries it: open now, or why not. */
export interface StepView {
  name: StepName;
  label: string;
  open: boolean;
  /** Why it is not open (absent when open). */
  reason?: string;
  /** Not open only for a prerequisite the page shows in the step's place. */
  pending?: boolean;
  /** Ask before taking it. */
  confirm?: string;
  /** Not the main next step. */
  secondary?: boolean;
  /** Taken on a unit's or a deputy's behalf (代录): the form asks for their date. */
  onBehalf?: boolean;
}

/** Every step for this actor on this record now, open or with its reason. */
export function stepsFor(actor: Actor, r: StepRecord, now: Date): StepView[] {
  return STEP_NAMES.map((name) => {
    const step = SUGGESTION_STEPS[name] as SuggestionStep;
    const label = typeof step.label === "function" ? step.label(r) : step.label;
    const verdict = step.available(actor, r, now);
    if (verdict !== true) {
      const pending = !!step.prerequisite && step.who(actor, r) && step.prerequisite(r) === verdict;
      return { name, label, open: false, reason: verdict, ...(pending ? { pending } : {}) };
    }
    return { name, label, open: true, ...step.ui?.(r), ...(step.onBehalf?.(actor, r) ? { onBehalf: true } : {}) };
  });
}
