// The petition handling chain's one table of steps: the envelope runs them (lib/petitions/transitions.ts),
// the API answers each record's steps with their reasons, and the handling panel shows the open ones.
import type { Actor } from "@/lib/auth/actor";
import { PETITION_STEP_NAMES, type PetitionStepName } from "@/lib/petitions/chain-labels";
import { notify } from "@/lib/petitions/steps/notify";
import { propose } from "@/lib/petitions/steps/propose";
import { approve } from "@/lib/petitions/steps/approve";
import { transfer } from "@/lib/petitions/steps/transfer";
import { objectStep } from "@/lib/petitions/steps/object";
import { remind } from "@/lib/petitions/steps/remind";
import { reply } from "@/lib/petitions/steps/reply";
import { extend } from "@/lib/petitions/steps/extend";
import { report } from "@/lib/petitions/steps/report";
import { close } from "@/lib/petitions/steps/close";
import { visit } from "@/lib/petitions/steps/visit";
import { reviewAnswer, reviewRequest } from "@/lib/petitions/steps/review";
import { recuse } from "@/lib/petitions/steps/recuse";
import type { PetitionStep, PetitionStepRecord } from "@/lib/petitions/steps/types";

export const PETITION_STEPS: { [N in PetitionStepName]: PetitionStep<N> } = {
  notify,
  propose,
  approve,
  transfer,
  object: objectStep,
  remind,
  reply,
  extend,
  report,
  close,
  visit,
  review_request: reviewRequest,
  review_answer: reviewAnswer,
  recuse,
};

/** One step as the API and the panel carry it: open now, or why not. */
export interface PetitionStepView {
  name: PetitionStepName;
  label: string;
  open: boolean;
  reason?: string;
  /** Taken on the chair's or a unit's behalf (代录): the form asks for their date. */
  onBehalf?: boolean;
}

/** The steps this actor may take at all on this record, each open now or with its reason. */
export function stepsFor(actor: Actor, r: PetitionStepRecord, today: Date): PetitionStepView[] {
  return PETITION_STEP_NAMES.flatMap((name): PetitionStepView[] => {
    const step = PETITION_STEPS[name] as PetitionStep;
    if (!step.who(actor, r)) return [];
    const verdict = step.available(actor, r, today);
    const label = step.label(actor, r);
    if (verdict !== true) return [{ name, label, open: false, reason: verdict }];
    return [{ name, label, open: true, ...(step.onBehalf?.(actor, r) ? { onBehalf: true } : {}) }];
  });
}
