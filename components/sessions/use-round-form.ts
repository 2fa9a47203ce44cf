"use client";

import { useRouter } from "next/navigation";
import { useFieldArray, useWatch } from "react-hook-form";
import type { z } from "zod";
import type { ElectionRoundInput } from "@/lib/sessions/election-schema";
import { useApiForm } from "@/components/ui/use-api-form";

type In = z.input<typeof ElectionRoundInput>;
/** A write-in row starts with an empty name and no votes; the schema asks for them on submit. */
type ResultRow = NonNullable<In["results"]>[number];

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
}: {
  sessionId: string;
  electionId: string;
  roundNo: number;
  open: boolean;
  candidates: { id: string; name: string }[];
  standing: string[];
}) {
  const router = useRouter();
  // 另行选举 only: the office ticks who stands (sent as candidateIds); other rounds keep the rules' candidates.
  const further = open;
  const initial = candidates.filter((c) => standing.includes(c.id)).map((c) => c.id);
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/sessions/election-schema").then((m) => m.ElectionRoundInput),
    url: `/api/v1/sessions/${sessionId}/elections/${electionId}/rounds`,
    defaultValues: {
      roundNo, // the tally sheet names its round: sent twice, the server refuses the second (409)
      invalidBallots: 0,
      results: initial.map((candidateId) => ({ candidateId })),
      ...(further ? { candidateIds: initial } : {}),
    },
    success: `第${roundNo}轮计票结果已登记`,
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
