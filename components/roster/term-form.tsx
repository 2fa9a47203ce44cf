"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

/** A new term becomes the current one: empty, or with the re-elected deputies ticked below. */
export function TermForm({ nextNumber, deputies }: { nextNumber: number; deputies: { id: string; name: string }[] }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/roster/schema").then((m) => m.TermCreateInput),
    url: "/api/v1/terms",
    defaultValues: { number: nextNumber, copyDeputyIds: [] },
    onSuccess: () => router.refresh(),
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="新建届次" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField label="届次（第几届）" error={e.number?.message}>
          <input type="number" className={inputClass} {...register("number", { valueAsNumber: true })} />
        </FormField>
        <FormField label="开始日期" error={e.startDate?.message}>
          <input type="date" className={inputClass} {...register("startDate")} />
        </FormField>
        <FormField label="结束日期" error={e.endDate?.message} hint="留空则为五年">
          <input type="date" className={inputClass} {...register("endDate")} />
        </FormField>
      </div>
      {deputies.length > 0 && (
        <fieldset>
          <legend className="text-sm font-medium">连任代表（勾选的代表复制到新一届名册）</legend>
          <div className="mt-1 grid max-h-64 grid-cols-2 gap-1 overflow-y-auto rounded border border-stone-200 p-2 sm:grid-cols-4">
            {deputies.map((d) => (
              <label key={d.id} className="flex min-h-9 items-center gap-1 text-sm">
                <input type="checkbox" value={d.id} {...register("copyDeputyIds")} /> {d.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {message && <Alert tone={message.tone}>{message.tone === "success" ? "已新建，并设为本届" : message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white">
        新建届次
      </button>
    </form>
  );
}
