"use client";

import { useRouter } from "next/navigation";
import { DEPUTY_STATUS_LABELS } from "@/lib/roster/labels";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

export function StatusChangeForm({ deputyId }: { deputyId: string }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/roster/schema").then((m) => m.DeputyStatusInput),
    url: `/api/v1/deputies/${deputyId}/status`,
    onSuccess: () => router.refresh(),
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="代表状态变动" className="grid gap-3 sm:grid-cols-3">
      <FormField label="变动类型" error={e.status?.message}>
        <select className={inputClass} {...register("status")}>
          <option value="">请选择</option>
          {(["RESIGNED", "TRANSFERRED", "RECALLED", "DECEASED"] as const).map((s) => (
            <option key={s} value={s}>
              {DEPUTY_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="生效日期" error={e.effectiveDate?.message}>
        <input type="date" className={inputClass} {...register("effectiveDate")} />
      </FormField>
      <FormField label="原因" error={e.reason?.message}>
        <input className={inputClass} {...register("reason")} />
      </FormField>
      <div className="flex flex-col gap-2 sm:col-span-3">
        {message && <Alert tone={message.tone}>{message.tone === "success" ? "已登记" : message.text}</Alert>}
        <button
          type="submit"
          className="min-h-10 self-start rounded border border-red-700 bg-white px-4 py-2 text-sm text-red-800"
        >
          登记变动
        </button>
      </div>
    </form>
  );
}
