"use client";

import { useRouter } from "next/navigation";
import { VOTE_MODE_LABELS } from "@/lib/sessions/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { LabelOptions } from "@/components/ui/label-options";
import { SubmitButton } from "@/components/ui/submit-button";
import { useApiForm } from "@/components/ui/use-api-form";
import { VoteTallyFields } from "@/components/sessions/vote-tally-fields";

const summary = "cursor-pointer text-sm text-blue-800 underline";

/** 作废 of a vote or a round: a reason is required; the record stays, marked. */
export function RevokeForm({ url, what }: { url: string; what: string }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/sessions/election-schema").then((m) => m.RevokeInput),
    url,
    success: "已作废",
    onSuccess: () => router.refresh(),
  });
  return (
    <details className="no-print">
      <summary className={summary}>作废</summary>
      <form onSubmit={onSubmit} noValidate aria-label={`作废${what}`} className="mt-2 flex flex-col gap-2">
        <FormField label="作废理由" error={form.formState.errors.reason?.message}>
          <textarea rows={2} className={inputClass} {...form.register("reason")} />
        </FormField>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <SubmitButton pending={form.formState.isSubmitting}>确认作废</SubmitButton>
      </form>
    </details>
  );
}

/** 更正 of a vote: the figures again and why; the original stays in the record, marked as corrected. */
export function VoteCorrectionForm({
  url,
  vote,
}: {
  url: string;
  vote: {
    title: string;
    mode: keyof typeof VOTE_MODE_LABELS;
    votesFor: number;
    votesAgainst: number;
    votesAbstain: number;
  };
}) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/sessions/schema").then((m) => m.VoteCorrectionInput),
    url,
    defaultValues: {
      mode: vote.mode,
      byName: false,
      votesFor: vote.votesFor,
      votesAgainst: vote.votesAgainst,
      votesAbstain: vote.votesAbstain,
    },
    success: "已更正",
    onSuccess: () => router.refresh(),
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <details className="no-print">
      <summary className={summary}>更正</summary>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-label={`更正表决结果：${vote.title}`}
        className="mt-2 flex flex-col gap-2"
      >
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          <FormField label="表决方式" error={e.mode?.message}>
            <select className={inputClass} {...register("mode")}>
              <LabelOptions labels={VOTE_MODE_LABELS} />
            </select>
          </FormField>
          <VoteTallyFields form={form} />
        </div>
        <FormField label="更正理由" error={e.reason?.message}>
          <textarea rows={2} className={inputClass} {...register("reason")} />
        </FormField>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <SubmitButton pending={formState.isSubmitting}>提交更正</SubmitButton>
      </form>
    </details>
  );
}
