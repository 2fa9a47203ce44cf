"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** 更正 the latest status change (entered by mistake): the deputy sits again, both entries stay in the history. */
export function StatusCorrectionForm(props: { deputyId: string; changeId: string; summary: string; version: number }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/roster/schema").then((m) => m.DeputyStatusCorrectionInput),
    url: `/api/v1/deputies/${props.deputyId}/status-corrections`,
    success: "已更正",
    defaultValues: { changeId: props.changeId, version: props.version, reason: "" },
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="更正误录的状态变动" className="flex flex-col gap-3">
      <p className="text-sm">
        要撤销的记录：{props.summary}
        。撤销后该代表恢复在任，原记录保留并标明“已更正”；联系的主席团成员和小组组长需重新设置。
      </p>
      {e.changeId?.message && <Alert tone="error">{e.changeId.message}</Alert>}
      <FormField label="更正原因" error={e.reason?.message}>
        <textarea className={inputClass} rows={2} {...form.register("reason")} />
      </FormField>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <SubmitButton pending={form.formState.isSubmitting}>撤销误录的变动</SubmitButton>
    </form>
  );
}
