"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** 更正 a unit's contact person and phone, with the reason the history keeps. */
export function UnitCorrectionForm(props: {
  id: string;
  contactName: string | null;
  contactPhone: string | null;
  version: number;
}) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/units/schema").then((m) => m.UnitCorrectionInput),
    url: `/api/v1/units/${props.id}/corrections`,
    success: "已更正",
    defaultValues: {
      contactName: props.contactName ?? "",
      contactPhone: props.contactPhone ?? "",
      reason: "",
      version: props.version,
    },
    onSuccess: (data) => {
      const unit = data as { contactName: string | null; contactPhone: string | null; version: number };
      form.reset({
        contactName: unit.contactName ?? "",
        contactPhone: unit.contactPhone ?? "",
        reason: "",
        version: unit.version,
      });
      router.refresh();
    },
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="更正联系人和电话" className="grid gap-3 sm:grid-cols-2">
      <FormField label="联系人" error={e.contactName?.message}>
        <input className={inputClass} {...register("contactName")} />
      </FormField>
      <FormField label="联系电话" error={e.contactPhone?.message}>
        <input className={inputClass} inputMode="tel" {...register("contactPhone")} />
      </FormField>
      <div className="sm:col-span-2">
        <FormField label="更正原因" error={e.reason?.message}>
          <textarea className={inputClass} rows={2} {...register("reason")} />
        </FormField>
      </div>
      <div className="flex flex-col gap-2 sm:col-span-2">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <SubmitButton pending={formState.isSubmitting}>保存更正</SubmitButton>
      </div>
    </form>
  );
}
