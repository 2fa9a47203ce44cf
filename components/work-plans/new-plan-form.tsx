"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { checkAndSend } from "@/components/work-plans/send";

/** 新建工作要点: the year, a title (default 某镇人大主席团某年工作要点) and the opening paragraph; items on its page. */
export function NewPlanForm({ year }: { year: number }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const body = {
      year: String(data.get("year") ?? ""),
      title: String(data.get("title") ?? ""),
      preamble: String(data.get("preamble") ?? ""),
    };
    const res = await checkAndSend<{ id: string }>("WorkPlanCreateInput", "/api/v1/work-plans", "POST", body);
    if (res.ok) return router.push(`/work-plans/${res.data.id}`);
    setErrors(res.error.fields ?? {});
    setMessage(res.error.message);
  }
  return (
    <form onSubmit={submit} noValidate aria-label="新建工作要点" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField label="年度" error={errors.year}>
          <input name="year" type="number" defaultValue={year} className={inputClass} />
        </FormField>
        <div className="sm:col-span-2">
          <FormField label="标题" error={errors.title} hint="可不填，默认为“某镇人大主席团某年工作要点”">
            <input name="title" className={inputClass} />
          </FormField>
        </div>
      </div>
      <FormField label="指导思想（开头段落）" error={errors.preamble} hint="可不填">
        <textarea name="preamble" rows={3} className={inputClass} />
      </FormField>
      {message && <Alert tone="error">{message}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white">
        新建草稿
      </button>
    </form>
  );
}
