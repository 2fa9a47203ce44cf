"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Option } from "@/components/ui/option-select";

/** 转为信访件: registered as a visit (来访) received on the reception day, the visitor as petitioner; once only. */
export function PetitionConvertForm({
  dayId,
  visitId,
  name,
  categories,
}: {
  dayId: string;
  visitId: string;
  name: string;
  categories: Option[];
}) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/reception/schema").then((m) => m.VisitConversionInput),
    url: `/api/v1/reception-days/${dayId}/visits/${visitId}/conversion`,
    defaultValues: { to: "petition", subject: "", category: "APPEAL_CLAIM", content: "", accusedName: "" },
    success: "已转为信访件",
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors as Record<string, { message?: string } | undefined>;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={`将${name}反映的问题转为信访件`}
      className="grid gap-2 sm:grid-cols-2"
    >
      <input type="hidden" {...form.register("to")} />
      <FormField label="信访标题" error={e.subject?.message}>
        <input className={inputClass} {...form.register("subject")} />
      </FormField>
      <FormField label="信访类别" error={e.category?.message}>
        <select className={inputClass} {...form.register("category")}>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </FormField>
      <div className="flex flex-col gap-2 sm:col-span-2">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <SubmitButton pending={form.formState.isSubmitting}>转为信访件</SubmitButton>
      </div>
    </form>
  );
}
