"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

type Presence = boolean | null;

/**
 * The deputies on duty, chosen from the deputies sitting on the day (姓氏笔画 order); once the day has come,
 * who was present (代录 from the sign-in sheet).
 */
export function DutiesForm({
  id,
  version,
  candidates,
  duties,
  markPresent,
}: {
  id: string;
  version: number;
  candidates: { id: string; name: string }[];
  duties: { deputyId: string; present: Presence }[];
  markPresent: boolean;
}) {
  const router = useRouter();
  const [chosen, setChosen] = useState(() => new Map(duties.map((d) => [d.deputyId, d.present])));
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/reception/schema").then((m) => m.ReceptionDutiesInput),
    url: `/api/v1/reception-days/${id}/duties`,
    method: "PUT",
    defaultValues: { version, entries: [] },
    payload: () => ({ version, entries: [...chosen].map(([deputyId, present]) => ({ deputyId, present })) }),
    success: "值班安排已保存",
    onSuccess: () => router.refresh(),
  });
  const toggle = (deputyId: string, on: boolean) =>
    setChosen((m) => {
      const next = new Map(m);
      if (on) next.set(deputyId, m.get(deputyId) ?? null);
      else next.delete(deputyId);
      return next;
    });
  const mark = (deputyId: string, present: Presence) => setChosen((m) => new Map(m).set(deputyId, present));
  return (
    <form onSubmit={onSubmit} noValidate aria-label="安排值班代表" className="flex flex-col gap-3">
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">值班代表（已选 {chosen.size} 名）</legend>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {candidates.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2 rounded border border-stone-200 px-2 py-1">
              <label className="flex min-h-10 items-center gap-2 text-sm">
                <input type="checkbox" checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                {c.name}
              </label>
              {markPresent && chosen.has(c.id) && (
                <select
                  aria-label={`${c.name}到场情况`}
                  className="min-h-10 rounded border border-stone-400 bg-white px-2 text-sm"
                  value={String(chosen.get(c.id))}
                  onChange={(e) => mark(c.id, e.target.value === "null" ? null : e.target.value === "true")}
                >
                  <option value="null">未登记</option>
                  <option value="true">到场</option>
                  <option value="false">缺席</option>
                </select>
              )}
            </li>
          ))}
        </ul>
      </fieldset>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <SubmitButton pending={form.formState.isSubmitting}>保存值班安排</SubmitButton>
    </form>
  );
}
