import type { Actor } from "@/lib/auth/actor";
import { canRate, canTransition } from "@/lib/suggestions/policy";
import type { TransitionInput } from "@/lib/suggestions/schema";
import { formatDay, parseDay } from "@/lib/time/day";
import { latestDelayDate } from "@/lib/suggestions/rules";
import { Section } from "@/components/suggestions/section";
import { ActionButton, WithdrawForm } from "@/components/suggestions/simple-actions";
import { AssignForm, DecideMotionForm, MergeForm } from "@/components/suggestions/office-forms";
import { CoInputForm, DelayForm, NoteForm, ReplyForm, ReturnForm } from "@/components/suggestions/unit-forms";
import type { AttachmentLimits } from "@/components/suggestions/attachment-picker";
import { RatingForm } from "@/components/suggestions/rating-form";
import type { FullSuggestion, Option } from "@/components/suggestions/types";

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
 * The steps this actor may take now: who (policy.ts `canTransition`) and when (the state's
 * `actions` from rules.ts, and the service's own state checks for notes, delays and publishing).
 */
export function SuggestionActions({
  actor,
  s,
  units,
  mergeTargets,
  delayMonths,
  limits,
}: {
  actor: Actor;
  s: FullSuggestion;
  units: Option[];
  mergeTargets: Option[];
  delayMonths: number;
  limits: AttachmentLimits;
}) {
  const ref = { townshipId: actor.townshipId, published: s.published };
  const inState = new Set<string>(s.actions);
  const may = (a: TransitionInput["action"], when = inState.has(a)) => when && canTransition(actor, ref, s.relation, a);
  const open = s.state === "ASSIGNED" || s.state === "REHANDLING";
  const p = { suggestionId: s.id, version: s.version };
  const undecidedMotion = s.kind === "MOTION" && !s.motionDecision;
  const delayed = !!s.delayedTo || s.events.some((e) => e.type === "delay");
  // The actor's unit as a co-unit: its input for this round, if still owed.
  const coInput = s.assignments.find((a) => a.active && !a.lead && a.unit.id === actor.unitId)?.input;
  const steps: React.ReactNode[] = [];

  if (canRate(actor, ref, s.relation) && s.state === "REPLIED")
    steps.push(
      <Step key="rate" title="评价答复">
        <RatingForm {...p} />
      </Step>,
    );
  if (may("submit"))
    steps.push(
      <Step key="submit" title="提交草稿">
        <ActionButton {...p} action="submit" label="提交" />
      </Step>,
    );
  if (may("register"))
    steps.push(
      <Step key="register" title="登记">
        <ActionButton {...p} action="register" label="登记" />
      </Step>,
    );
  if (may("decide_motion", undecidedMotion && ["SUBMITTED", "REGISTERED"].includes(s.state)))
    steps.push(
      <Step key="decide" title="议案处理决定">
        <DecideMotionForm {...p} />
      </Step>,
    );
  if (may("assign")) {
    steps.push(
      <Step key="assign" title="交办">
        {undecidedMotion ? (
          <p className="text-sm text-stone-600">议案须先由主席团决定是否列入会议议程</p>
        ) : (
          <AssignForm {...p} units={units} />
        )}
      </Step>,
    );
  }
  if (may("co_input", open && !!coInput && !coInput.at))
    steps.push(
      <Step key="co_input" title="向主办单位提交协办意见">
        <CoInputForm {...p} due={coInput?.due ?? null} />
      </Step>,
    );
  if (may("reply"))
    steps.push(
      <Step key="reply" title={s.state === "REHANDLING" ? "重新答复" : "答复"}>
        <ReplyForm {...p} limits={limits} />
      </Step>,
    );
  if (may("progress", open))
    steps.push(
      <Step key="progress" title="记录办理进展" folded>
        <NoteForm {...p} action="progress" />
      </Step>,
    );
  if (may("contact", open))
    steps.push(
      <Step key="contact" title="记录联系代表情况" folded>
        <NoteForm {...p} action="contact" />
      </Step>,
    );
  if (may("delay", open && !delayed) && s.assignedOn) {
    steps.push(
      <Step key="delay" title="延办反馈书" folded>
        <DelayForm {...p} latest={formatDay(latestDelayDate(parseDay(s.assignedOn), delayMonths))} limits={limits} />
      </Step>,
    );
  }
  if (may("return"))
    steps.push(
      <Step key="return" title="退回交办" folded>
        <ReturnForm {...p} />
      </Step>,
    );
  if (may("close"))
    steps.push(
      <Step key="close" title="办结">
        <ActionButton
          {...p}
          action="close"
          label="办结"
          variant={s.state === "RATED" ? "primary" : "secondary"}
          confirm={s.state === "REPLIED" ? "代表尚未评价答复。办结后不能再答复或评价，确定办结？" : undefined}
        />
      </Step>,
    );
  if (may("publish", ["REPLIED", "RATED", "CLOSED"].includes(s.state) && !s.published))
    steps.push(
      <Step key="publish" title="公开办理结果">
        <ActionButton {...p} action="publish" label="公开" variant="secondary" />
      </Step>,
    );
  if (may("merge") && mergeTargets.length)
    steps.push(
      <Step key="merge" title="合并到其他建议" folded>
        <MergeForm {...p} targets={mergeTargets} />
      </Step>,
    );
  if (may("withdraw"))
    steps.push(
      <Step key="withdraw" title="撤回建议" folded>
        <WithdrawForm {...p} />
      </Step>,
    );

  if (!steps.length) return null;
  return (
    <Section id="actions" title="办理操作">
      <div className="no-print flex flex-col gap-3">{steps}</div>
    </Section>
  );
}
