"use client";

import { useRouter } from "next/navigation";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

export function UnitCreateForm() {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/units/schema").then((m) => m.UnitCreateInput),
    url: "/api/v1/units",
    defaultValues: { kind: "GOVERNMENT_OFFICE" },
    onSuccess: () => {
      form.reset({ kind: "GOVERNMENT_OFFICE", name: "", contactName: "", contactPhone: "" });
      router.refresh();
    },
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="新增承办单位"
      className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2"
    >
      <FormField label="单位名称" error={e.name?.message}>
        <input className={inputClass} {...register("name")} />
      </FormField>
      <FormField label="单位类别" error={e.kind?.message}>
        <select className={inputClass} {...register("kind")}>
          {Object.entries(UNIT_KIND_LABELS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="联系人" error={e.contactName?.message}>
        <input className={inputClass} {...register("contactName")} />
      </FormField>
      <FormField label="联系电话" error={e.contactPhone?.message}>
        <input className={inputClass} inputMode="tel" {...register("contactPhone")} />
      </FormField>
      <div className="flex flex-col gap-2 sm:col-span-2">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <button
          type="submit"
          disabled={formState.isSubmitting}
          className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          保存
        </button>
      </div>
    </form>
  );
}
