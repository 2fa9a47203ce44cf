"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { checkAndSend } from "@/components/training/send";

export interface AssessRow {
  deputyId: string;
  name: string;
  score: number | null;
  reflection: string | null;
}

/** 考核: a score (0–100) or a written 心得 per deputy, with the day the papers were marked (代录). */
export function AssessmentForm({ id, rows, today }: { id: string; rows: AssessRow[]; today: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const entries = rows
      .map((r) => ({
        deputyId: r.deputyId,
        score: String(data.get(`score-${r.deputyId}`) ?? ""),
        reflection: String(data.get(`reflection-${r.deputyId}`) ?? ""),
      }))
      .filter((x) => x.score || x.reflection);
    const body = { assessedOn: String(data.get("assessedOn") ?? ""), entries };
    const res = await checkAndSend("AssessmentInput", `/api/v1/training-sessions/${id}/assessments`, body);
    if (!res.ok) {
      setErrors(res.error.fields ?? {});
      return setMessage({ tone: "error", text: res.error.message });
    }
    setErrors({});
    setMessage({ tone: "success", text: "考核已保存" });
    router.refresh();
  }
  return (
    <form onSubmit={submit} noValidate aria-label="登记考核" className="flex flex-col gap-3">
      <FormField label="考核日期" error={errors.assessedOn}>
        <input name="assessedOn" type="date" defaultValue={today} max={today} className={`${inputClass} sm:w-48`} />
      </FormField>
      <ul className="flex flex-col gap-2">
        {rows.map((r) => (
          <li key={r.deputyId} className="grid gap-2 sm:grid-cols-[6rem_8rem_1fr]">
            <span className="text-sm font-medium">{r.name}</span>
            <FormField label={`${r.name}的成绩`}>
              <input
                name={`score-${r.deputyId}`}
                type="number"
                min="0"
                max="100"
                defaultValue={r.score ?? ""}
                className={inputClass}
              />
            </FormField>
            <FormField label={`${r.name}的心得`}>
              <input name={`reflection-${r.deputyId}`} defaultValue={r.reflection ?? ""} className={inputClass} />
            </FormField>
          </li>
        ))}
      </ul>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded border border-stone-400 bg-white px-4 py-2 text-sm">
        保存考核
      </button>
    </form>
  );
}
