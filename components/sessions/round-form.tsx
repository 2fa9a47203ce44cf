"use client";

import { FormField } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { asCount, CountInput } from "@/components/ui/count-input";
import { AddRowButton, SubmitButton } from "@/components/ui/submit-button";
import { RoundTallyTable } from "@/components/sessions/round-tally-table";
import { useRoundForm, type RoundFormState } from "@/components/sessions/use-round-form";
import { ROUND_KIND_LABELS } from "@/lib/sessions/labels";

/**
 * One round keyed in from the paper tally sheet (计票单): ballots issued, returned and invalid; for,
 * against and abstain per candidate standing; names written in (另选他人) with their votes. In a
 * further round (另行选举) the office ticks who stands again among those not yet elected (sent as
 * `candidateIds`); the tally sheet follows the ticks.
 */
export function RoundForm(props: {
  sessionId: string;
  electionId: string;
  roundNo: number;
  /** 第一次投票, 重新投票, 再次投票 or 另行选举. */
  kind: keyof typeof ROUND_KIND_LABELS;
  /** 另行选举: the office chooses who stands among those not yet elected. */
  open: boolean;
  /** Seats to fill in this round. */
  seats: number;
  /** Round 1: all candidates; a further round: those not yet elected, any of whom may stand. */
  candidates: { id: string; name: string }[];
  /** Who stands by default (a further round: the election's nextRoundCandidateIds). */
  standing: string[];
}) {
  const { roundNo, candidates } = props;
  const round = useRoundForm(props);
  const e = round.form.formState.errors;
  const resultsError = e.results?.message ?? e.results?.root?.message;
  return (
    <form onSubmit={round.onSubmit} noValidate aria-label={`第${roundNo}轮计票`} className="flex flex-col gap-3">
      <BallotCounts round={round} />
      {round.further && <FurtherRoundCandidates {...props} round={round} />}
      {!props.open && props.kind !== "FIRST" && (
        <p className="text-sm text-stone-700">
          {props.kind === "REVOTE"
            ? "上一轮收回的选票多于发出的选票，投票无效：以原候选人、原应选名额重新投票。"
            : "票数相等不能确定当选人：就票数相等的候选人再次投票，以得票多的当选（地方组织法第二十九条第一款）。"}
        </p>
      )}
      <RoundTallyTable round={round} candidates={candidates} />
      {resultsError && <p className="text-sm text-red-800">{resultsError}</p>}
      <AddRowButton onClick={round.addWriteIn}>添加另选人</AddRowButton>
      {round.message && <Alert tone={round.message.tone}>{round.message.text}</Alert>}
      <SubmitButton pending={round.form.formState.isSubmitting}>登记第{roundNo}轮计票结果</SubmitButton>
    </form>
  );
}

/** Ballots issued, returned and invalid. */
export function BallotCounts({ round }: { round: RoundFormState }) {
  const { register, formState } = round.form;
  const e = formState.errors;
  return (
    <div className="grid grid-cols-3 gap-2 sm:max-w-lg">
      <FormField label="发出选票" error={e.ballotsIssued?.message}>
        <CountInput {...register("ballotsIssued", asCount)} />
      </FormField>
      <FormField label="收回选票" error={e.ballotsReturned?.message}>
        <CountInput {...register("ballotsReturned", asCount)} />
      </FormField>
      <FormField label="无效票" error={e.invalidBallots?.message}>
        <CountInput {...register("invalidBallots", asCount)} />
      </FormField>
    </div>
  );
}

/** 另行选举: tick who stands again (no fewer than the seats to fill), and print ballots for them. */
function FurtherRoundCandidates({
  sessionId,
  electionId,
  roundNo,
  seats,
  candidates,
  round,
}: {
  sessionId: string;
  electionId: string;
  roundNo: number;
  seats: number;
  candidates: { id: string; name: string }[];
  round: RoundFormState;
}) {
  const error = round.form.formState.errors.candidateIds?.message;
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium">
        参加第{roundNo}轮另行选举的候选人（待选 {seats} 名；可按第一次投票得票多少确定，也可另行提名）
      </legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {candidates.map((c) => (
          <label key={c.id} className="flex min-h-10 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-5 w-5"
              checked={round.chosen.includes(c.id)}
              onChange={(ev) => round.toggle(c.id, ev.target.checked)}
            />
            {c.name}
          </label>
        ))}
      </div>
      {error && <p className="text-sm text-red-800">{error}</p>}
      {round.chosen.length > 0 && (
        <a
          href={`/sessions/${sessionId}/print/ballot/${electionId}?candidates=${round.chosen.join(",")}`}
          className="mt-2 inline-block text-sm text-blue-800 underline"
        >
          按所选候选人打印选票和计票单
        </a>
      )}
    </fieldset>
  );
}
