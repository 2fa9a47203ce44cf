"use client";

import type { FieldErrors, FieldValues, Path, UseFormReturn } from "react-hook-form";
import { FormField } from "@/components/ui/form-field";
import { asCount, CountInput } from "@/components/ui/count-input";

interface Tally {
  votesFor?: number;
  votesAgainst?: number;
  votesAbstain?: number;
}

/**
 * 计数: the three totals of a vote (赞成、反对、弃权), for the vote form and its 更正 alike. Renders the three
 * fields only; the caller lays them out in its grid.
 */
export function VoteTallyFields<T extends FieldValues & Tally>({ form }: { form: UseFormReturn<T> }) {
  const e = form.formState.errors as FieldErrors<Tally>;
  const field = (name: keyof Tally) => form.register(name as Path<T>, asCount);
  return (
    <>
      <FormField label="赞成票" error={e.votesFor?.message}>
        <CountInput {...field("votesFor")} />
      </FormField>
      <FormField label="反对票" error={e.votesAgainst?.message}>
        <CountInput {...field("votesAgainst")} />
      </FormField>
      <FormField label="弃权票" error={e.votesAbstain?.message}>
        <CountInput {...field("votesAbstain")} />
      </FormField>
    </>
  );
}
