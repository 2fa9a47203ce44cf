"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField, inputClass } from "@/components/ui/form-field";
import { useApiForm } from "@/components/ui/use-api-form";

/** 发布公示: the office publishes the year shown (代表法 第五十八条第二款). */
export function PublishButton({ year }: { year: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function publish() {
    const res = await apiSend("/api/v1/duty-records/publication", "POST", { year });
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }
  return (
    <div className="no-print flex flex-col gap-2">
      <Button className="self-start" onClick={publish}>
        发布{year}年度履职公示
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}

/** 撤回公示, with the reason (kept in the audit trail). */
export function WithdrawForm({ year }: { year: number }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/deputy-record/schema").then((m) => m.WithdrawInput),
    url: "/api/v1/duty-records/publication/withdraw",
    defaultValues: { year, reason: "" },
    onSuccess: () => router.refresh(),
    success: "已撤回",
  });
  const e = form.formState.errors;
  return (
    <details className="no-print mt-3">
      <summary className="cursor-pointer text-sm font-medium text-blue-800">撤回公示</summary>
      <form onSubmit={onSubmit} noValidate aria-label="撤回公示" className="mt-2 flex max-w-md flex-col gap-2">
        <input type="hidden" {...form.register("year", { valueAsNumber: true })} />
        <FormField label="撤回原因" error={e.reason?.message}>
          <input className={inputClass} {...form.register("reason")} />
        </FormField>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
          className="min-h-10 self-start rounded border border-red-700 bg-white px-4 py-2 text-sm font-medium text-red-800"
        >
          确认撤回
        </button>
      </form>
    </details>
  );
}
