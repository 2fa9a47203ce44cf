"use client";

import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { AddRowButton, SubmitButton } from "@/components/ui/submit-button";
import { BallotCounts } from "@/components/sessions/round-form";
import { RoundTallyTable } from "@/components/sessions/round-tally-table";
import { useRoundForm, type RoundToCorrect } from "@/components/sessions/use-round-form";

/**
 * 更正 of a recorded round in one step: the tally sheet as stored, to be put right, and the reason (required).
 * It goes through the round's correction service: a new record of the same round; the original stays, marked.
 */
export function RoundCorrectionForm({
  sessionId,
  electionId,
  roundNo,
  round,
  standing,
  candidates,
}: {
  sessionId: string;
  electionId: string;
  roundNo: number;
  round: RoundToCorrect;
  /** The candidates on the round's ballot, in ballot order. */
  standing: string[];
  candidates: { id: string; name: string }[];
}) {
  const props = { sessionId, electionId, roundNo, open: false, candidates, standing, correcting: round };
  const sheet = useRoundForm(props);
  const e = sheet.form.formState.errors;
  const resultsError = e.results?.message ?? e.results?.root?.message;
  return (
    <details className="no-print">
      <summary className="cursor-pointer text-sm text-blue-800 underline">更正</summary>
      <form
        onSubmit={sheet.onSubmit}
        noValidate
        aria-label={`更正第${roundNo}轮计票结果`}
        className="mt-2 flex flex-col gap-3"
      >
        <BallotCounts round={sheet} />
        <RoundTallyTable round={sheet} candidates={candidates} />
        {resultsError && <p className="text-sm text-red-800">{resultsError}</p>}
        <AddRowButton onClick={sheet.addWriteIn}>添加另选人</AddRowButton>
        <FormField label="更正理由" error={e.reason?.message}>
          <textarea rows={2} className={inputClass} {...sheet.form.register("reason")} />
        </FormField>
        {sheet.message && <Alert tone={sheet.message.tone}>{sheet.message.text}</Alert>}
        <SubmitButton pending={sheet.form.formState.isSubmitting}>提交更正</SubmitButton>
      </form>
    </details>
  );
}
