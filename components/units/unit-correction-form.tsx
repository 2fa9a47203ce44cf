"use client";

import { FormField, inputClass } from "@/components/ui/form-field";
import { CorrectionForm, useCorrectionForm } from "@/components/ui/correction-form";

type Contact = { contactName: string | null; contactPhone: string | null; version: number };
const values = (u: Contact) => ({
  contactName: u.contactName ?? "",
  contactPhone: u.contactPhone ?? "",
  version: u.version,
});

/** 更正 a unit's contact person and phone, with the reason the history keeps. */
export function UnitCorrectionForm(props: Contact & { id: string }) {
  const { form, onSubmit, message, reason } = useCorrectionForm({
    schema: () => import("@/lib/units/schema").then((m) => m.UnitCorrectionInput),
    url: `/api/v1/units/${props.id}/corrections`,
    initial: values(props),
    saved: (data) => values(data as Contact),
  });
  const e = form.formState.errors;
  return (
    <CorrectionForm
      label="更正联系人和电话"
      onSubmit={onSubmit}
      message={message}
      pending={form.formState.isSubmitting}
      reason={reason}
    >
      <FormField label="联系人" error={e.contactName?.message}>
        <input className={inputClass} {...form.register("contactName")} />
      </FormField>
      <FormField label="联系电话" error={e.contactPhone?.message}>
        <input className={inputClass} inputMode="tel" {...form.register("contactPhone")} />
      </FormField>
    </CorrectionForm>
  );
}
