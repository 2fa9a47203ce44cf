"use client";

import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { NOMINATION_LABELS } from "@/lib/sessions/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { asCount, CountInput } from "@/components/ui/count-input";
import { LabelOptions } from "@/components/ui/label-options";
import { SubmitButton } from "@/components/ui/submit-button";
import { useApiForm } from "@/components/ui/use-api-form";

const summary = "cursor-pointer text-sm text-blue-800 underline";

/** 另行选举 (地方组织法 第二十九条第二款): a candidate nominated anew, by the presidium or ten deputies jointly. */
export function NomineeForm({ sessionId, electionId }: { sessionId: string; electionId: string }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/sessions/election-schema").then((m) => m.NomineesInput),
    url: `/api/v1/sessions/${sessionId}/elections/${electionId}/nominees`,
    defaultValues: { candidates: [{ name: "", nominatedBy: "PRESIDIUM" }] },
    success: "候选人已提名",
    onSuccess: () => router.refresh(),
  });
  const { register, formState } = form;
  const e = formState.errors.candidates?.[0];
  const joint = useWatch({ control: form.control, name: "candidates.0.nominatedBy" }) === "DEPUTIES";
  return (
    <details className="no-print">
      <summary className={summary}>另行提名候选人</summary>
      <form onSubmit={onSubmit} noValidate aria-label="另行提名候选人" className="mt-2 flex flex-col gap-2">
        <div className="grid gap-2 sm:grid-cols-3">
          <FormField label="候选人姓名" error={e?.name?.message}>
            <input className={inputClass} {...register("candidates.0.name")} />
          </FormField>
          <FormField label="提名方式" error={e?.nominatedBy?.message}>
            <select className={inputClass} {...register("candidates.0.nominatedBy")}>
              <LabelOptions labels={NOMINATION_LABELS} />
            </select>
          </FormField>
          {joint && (
            <FormField label="联名代表人数" error={e?.nominatorCount?.message}>
              <CountInput {...register("candidates.0.nominatorCount", asCount)} />
            </FormField>
          )}
        </div>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <SubmitButton pending={formState.isSubmitting}>提名</SubmitButton>
      </form>
    </details>
  );
}

/** 第二十九条第二款: by the congress's decision the open seats are elected at the next session. */
export function DeferForm({ sessionId, electionId }: { sessionId: string; electionId: string }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/sessions/election-schema").then((m) => m.DeferInput),
    url: `/api/v1/sessions/${sessionId}/elections/${electionId}/deferral`,
    success: "已记录：在下一次会议上另行选举",
    onSuccess: () => router.refresh(),
  });
  return (
    <details className="no-print">
      <summary className={summary}>改在下一次会议另行选举</summary>
      <form onSubmit={onSubmit} noValidate aria-label="改在下一次会议另行选举" className="mt-2 flex flex-col gap-2">
        <FormField label="大会决定" error={form.formState.errors.note?.message} hint="经本级人民代表大会决定">
          <textarea rows={2} className={inputClass} {...form.register("note")} />
        </FormField>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <SubmitButton pending={form.formState.isSubmitting}>确认</SubmitButton>
      </form>
    </details>
  );
}
