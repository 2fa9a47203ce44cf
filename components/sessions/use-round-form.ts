"use client";

import { useRouter } from "next/navigation";
import { useFieldArray, useWatch } from "react-hook-form";
import type { z } from "zod";
import type { ElectionRoundInput } from "@/lib/sessions/election-schema";
import { useApiForm } from "@/components/ui/use-api-form";

/** The tally sheet's values; a 更正 sends the same sheet with its reason (ElectionRoundCorrectionInput). */
type In = z.input<typeof ElectionRoundInput> & { reason?: string };
type RoundSchema = z.ZodType<In, In>;
/** A write-in row starts with an empty name and no votes; the schema asks for them on submit. */
type ResultRow = NonNullable<In["results"]>[number];

/** A recorded round to correct (更正): its id and the figures as stored, which the sheet starts from. */
export interface RoundToCorrect {
  id: string;
  ballotsIssued: number;
  ballotsReturned: number;
  invalidBallots: number;
  results: {
    candidateId: string | null;
    writeInName: string | null;
    votesFor: number;
    votesAgainst: number;
    votesAbstain: number;
  }[];
}

/** The sheet as stored: a row per candidate standing (in ballot order), then the names written in. */
function storedSheet(round: RoundToCorrect, standing: string[]) {
  const of = (id: string) => round.results.find((x) => x.candidateId === id);
  return {
    ballotsIssued: round.ballotsIssued,
    ballotsReturned: round.ballotsReturned,
    invalidBallots: round.invalidBallots,
    results: [
      ...standing.map((candidateId) => {
        const x = of(candidateId);
        return x
          ? { candidateId, votesFor: x.votesFor, votesAgainst: x.votesAgainst, votesAbstain: x.votesAbstain }
          : { candidateId };
      }),
      ...round.results
        .filter((x) => !x.candidateId)
        .map((x) => ({ writeInName: x.writeInName ?? "", votesFor: x.votesFor })),
    ] as ResultRow[],
  };
}

/**
 * The round form's state: the tally sheet's rows (candidates standing first, in ballot order, then
 * names written in) and, in a further round, who the office ticked to stand again (`candidateIds`).
 */
export function useRoundForm({
  sessionId,
  electionId,
  roundNo,
  open,
  candidates,
  standing,
  correcting,
}: {
  sessionId: string;
  electionId: string;
  roundNo: number;
  open: boolean;
  candidates: { id: string; name: string }[];
  standing: string[];
  /** 更正 of this recorded round instead of keying in a new one. */
  correcting?: RoundToCorrect;
}) {
  const router = useRouter();
  // 另行选举 only: the office ticks who stands (sent as candidateIds); other rounds keep the rules' candidates.
  const further = open;
  const initial = candidates.filter((c) => standing.includes(c.id)).map((c) => c.id);
  const rounds = `/api/v1/sessions/${sessionId}/elections/${electionId}/rounds`;
  const { form, onSubmit, message } = useApiForm({
    // One sheet, two schemas: a new round, or the 更正 of a recorded one (the same figures and a reason).
    schema: () =>
      import("@/lib/sessions/election-schema").then(
        (m) => (correcting ? m.ElectionRoundCorrectionInput : m.ElectionRoundInput) as unknown as RoundSchema,
      ),
    url: correcting ? `${rounds}/${correcting.id}/correction` : rounds,
    defaultValues: correcting
      ? storedSheet(correcting, initial)
      : {
          roundNo, // the tally sheet names its round: sent twice, the server refuses the second (409)
          invalidBallots: 0,
          results: initial.map((candidateId) => ({ candidateId })),
          ...(further ? { candidateIds: initial } : {}),
        },
    success: correcting ? `第${roundNo}轮计票结果已更正` : `第${roundNo}轮计票结果已登记`,
    onSuccess: () => router.refresh(),
  });
  const { fields, append, remove, insert } = useFieldArray({ control: form.control, name: "results" });
  const chosen = useWatch({ control: form.control, name: "candidateIds" }) ?? initial;
  /** Candidate rows stay first and in ballot order, so a ticked candidate's row goes where its rank among the ticked is. */
  const toggle = (id: string, on: boolean) => {
    const current = form.getValues("candidateIds") ?? [];
    const next = candidates.map((c) => c.id).filter((x) => (x === id ? on : current.includes(x)));
    form.setValue("candidateIds", next, { shouldValidate: form.formState.isSubmitted });
    if (on) insert(next.indexOf(id), { candidateId: id } as ResultRow);
    else remove(fields.findIndex((f) => f.candidateId === id));
  };
  return {
    form,
    onSubmit,
    message,
    further,
    fields,
    chosen,
    toggle,
    addWriteIn: () => append({ writeInName: "" } as ResultRow),
    removeRow: remove,
  };
}
export type RoundFormState = ReturnType<typeof useRoundForm>;
