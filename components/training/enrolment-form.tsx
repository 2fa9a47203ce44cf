"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { AUDIENCE_LEVEL_LABELS } from "@/lib/training/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { checkAndSend } from "@/components/training/send";
import { AudiencePicker } from "@/components/training/audience-picker";

type Option = { id: string; name: string };

/** 报名: add by level or group, or one deputy by name; take one off (only while nothing is recorded for them). */
export function EnrolmentForm({
  id,
  groups,
  deputies,
  enrolled,
}: {
  id: string;
  groups: Option[];
  deputies: Option[];
  enrolled: Option[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const pick = (name: string) => (String(data.get(name) ?? "") ? [String(data.get(name))] : []);
    const body = {
      audienceLevels: data.getAll("audienceLevels").map(String),
      audienceGroupIds: data.getAll("audienceGroupIds").map(String),
      deputyIds: pick("deputyId"),
      removeDeputyIds: pick("removeDeputyId"),
    };
    const res = await checkAndSend<{ added: number; removed: number }>(
      "EnrolmentInput",
      `/api/v1/training-sessions/${id}/enrolments`,
      body,
    );
    if (!res.ok) return setMessage({ tone: "error", text: res.error.message });
    setMessage({ tone: "success", text: `增加 ${res.data.added} 人，移出 ${res.data.removed} 人` });
    router.refresh();
  }
  return (
    <form onSubmit={submit} aria-label="调整报名" className="flex flex-col gap-3">
      <AudiencePicker legend="按对象增加" levels={AUDIENCE_LEVEL_LABELS} groups={groups} />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="增加代表">
          <select name="deputyId" className={inputClass} defaultValue="">
            <option value="">（不增加）</option>
            {deputies.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="移出代表">
          <select name="removeDeputyId" className={inputClass} defaultValue="">
            <option value="">（不移出）</option>
            {enrolled.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded border border-stone-400 bg-white px-4 py-2 text-sm">
        保存报名
      </button>
    </form>
  );
}
