"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ATTENDANCE_LABELS } from "@/lib/training/labels";
import { Alert } from "@/components/ui/alert";
import { checkAndSend } from "@/components/training/send";

export interface EnrolledRow {
  deputyId: string;
  name: string;
  attendance: string | null;
}

/** 出勤: one row per enrolled deputy with three radio buttons (usable at 360 px), saved together. */
export function AttendanceGrid({ id, rows }: { id: string; rows: EnrolledRow[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const entries = rows
      .map((r) => ({ deputyId: r.deputyId, attendance: String(data.get(`att-${r.deputyId}`) ?? "") }))
      .filter((x) => x.attendance);
    const res = await checkAndSend("AttendanceInput", `/api/v1/training-sessions/${id}/attendance`, { entries });
    if (!res.ok) return setMessage({ tone: "error", text: res.error.message });
    setMessage({ tone: "success", text: "出勤已保存" });
    router.refresh();
  }
  return (
    <form onSubmit={submit} aria-label="登记出勤" className="flex flex-col gap-2">
      <ul className="flex flex-col divide-y divide-stone-200">
        {rows.map((r) => (
          <li key={r.deputyId}>
            <fieldset className="flex flex-wrap items-center gap-x-3 py-1">
              <legend className="float-left w-20 shrink-0 py-2 text-sm font-medium">{r.name}</legend>
              {Object.entries(ATTENDANCE_LABELS).map(([value, label]) => (
                <label key={value} className="flex min-h-10 items-center gap-1 text-sm">
                  <input
                    type="radio"
                    name={`att-${r.deputyId}`}
                    value={value}
                    defaultChecked={r.attendance === value}
                    className="h-5 w-5"
                  />
                  {label}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded border border-stone-400 bg-white px-4 py-2 text-sm">
        保存出勤
      </button>
    </form>
  );
}
