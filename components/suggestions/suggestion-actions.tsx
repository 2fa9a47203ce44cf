import type { StepName } from "@/lib/suggestions/steps/types";
import type { StepView } from "@/lib/suggestions/steps/table";
import type { SuggestionView } from "@/lib/suggestions/views";
import { Section } from "@/components/ui/section";
import { ActionButton, WithdrawForm } from "@/components/suggestions/simple-actions";
import { AssignForm, DecideMotionForm, MergeForm } from "@/components/suggestions/office-forms";
import { DelayForm, NoteForm, ReplyForm, ReturnForm } from "@/components/suggestions/unit-forms";
import { CoInputForm } from "@/components/suggestions/co-input-form";
import { RatingForm } from "@/components/suggestions/rating-form";
import type { FullSuggestion } from "@/components/suggestions/types";

type Choices = SuggestionView["choices"];
type Props = { suggestionId: string; version: number };

/** The steps shown folded: rarer ones, below the main next step. */
const FOLDED = new Set<StepName>(["progress", "delay", "return", "merge", "withdraw"]);

/** The form of each step; a step missing its choices (no suggestion to merge into) is not shown. */
const FORMS: Record<StepName, (p: Props, step: StepView, c: Choices) => React.ReactNode> = {
  rate: (p, s) => <RatingForm {...p} onBehalf={s.onBehalf} />,
  submit: (p) => <ActionButton {...p} action="submit" label="提交" />,
  register: (p) => <ActionButton {...p} action="register" label="登记" />,
  decide_motion: (p) => <DecideMotionForm {...p} />,
  assign: (p, _s, c) => <AssignForm {...p} units={c.units} />,
  co_input: (p, s, c) => <CoInputForm {...p} due={c.coInputDue} owing={s.onBehalf ? c.coInputOwing : null} />,
  reply: (p, s, c) => <ReplyForm {...p} limits={c.limits} onBehalf={s.onBehalf} contactNote={c.contactNote} />,
  progress: (p) => <NoteForm {...p} action="progress" />,
  delay: (p, _s, c) => (c.delayLatest ? <DelayForm {...p} latest={c.delayLatest} limits={c.limits} /> : null),
  return: (p) => <ReturnForm {...p} />,
  close: (p, s) => (
    <ActionButton
      {...p}
      action="close"
      label="办结"
      variant={s.secondary ? "secondary" : "primary"}
      confirm={s.confirm}
    />
  ),
  publish: (p) => <ActionButton {...p} action="publish" label="公开" variant="secondary" />,
  merge: (p, _s, c) => (c.mergeTargets.length ? <MergeForm {...p} targets={c.mergeTargets} /> : null),
  withdraw: (p) => <WithdrawForm {...p} />,
};

function Step({ title, folded, children }: { title: string; folded?: boolean; children: React.ReactNode }) {
  if (folded) {
    return (
      <details className="rounded border border-stone-200 p-3">
        <summary className="cursor-pointer text-sm font-medium text-blue-800">{title}</summary>
        <div className="mt-3">{children}</div>
      </details>
    );
  }
  return (
    <div className="rounded border border-stone-200 p-3">
      <h3 className="mb-2 font-medium">{title}</h3>
      {children}
    </div>
  );
}

/**
 * The steps open to the actor now, as the record's `steps` says (lib/suggestions/steps/table.ts);
 * a step waiting for a prerequisite shows the reason in its place.
 */
export function SuggestionActions({ s, choices }: { s: FullSuggestion; choices: Choices }) {
  const p = { suggestionId: s.id, version: s.version };
  const steps = s.steps.flatMap((step) => {
    const body = step.open ? FORMS[step.name](p, step, choices) : step.pending ? <Reason text={step.reason} /> : null;
    if (!body) return [];
    return [
      <Step key={step.name} title={step.label} folded={FOLDED.has(step.name) || !!step.onBehalf}>
        {body}
      </Step>,
    ];
  });
  if (!steps.length) return null;
  return (
    <Section id="actions" title="办理操作">
      <div className="no-print flex flex-col gap-3">{steps}</div>
    </Section>
  );
}

const Reason = ({ text }: { text?: string }) => <p className="text-sm text-stone-600">{text}</p>;
