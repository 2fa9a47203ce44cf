"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SUPERVISION_ATTENDANCE_LABELS } from "@/lib/supervision/labels";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { LabelOptions } from "@/components/ui/label-options";
import { inputClass } from "@/components/ui/form-field";

export interface Participant {
  deputyId: string;
  name: string;
  presidiumMember: boolean;
  attendance: string | null;
}

/** 出席情况: one select per participant, saved together. */
export function AttendanceForm({ id, participants }: { id: string; participants: Participant[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const entries = participants
      .map((p) => ({ deputyId: p.deputyId, attendance: String(data.get(p.deputyId) ?? "") }))
      .filter((x) => x.attendance);
    const res = await apiSend(`/api/v1/supervision/${id}/attendance`, "POST", { entries });
    if (!res.ok) return setMessage({ tone: "error", text: res.error.message });
    setMessage({ tone: "success", text: "出席情况已保存" });
    router.refresh();
  }
  return (
    <form onSubmit={submit} aria-label="登记出席情况" className="flex flex-col gap-3">
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {participants.map((p) => (
          <li key={p.deputyId} className="flex items-center gap-2 text-sm">
            <label htmlFor={`att-${p.deputyId}`} className="w-28 shrink-0">
              {p.name}
              {p.presidiumMember && <span className="text-stone-600">（主席团）</span>}
            </label>
            <select id={`att-${p.deputyId}`} name={p.deputyId} defaultValue={p.attendance ?? ""} className={inputClass}>
              <option value="">未登记</option>
              <LabelOptions labels={SUPERVISION_ATTENDANCE_LABELS} />
            </select>
          </li>
        ))}
      </ul>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded border border-stone-400 bg-white px-4 py-2 text-sm">
        保存出席情况
      </button>
    </form>
  );
}
