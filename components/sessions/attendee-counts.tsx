"use client";

import { useState, type FormEvent } from "react";
import { FormField, inputClass } from "@/components/ui/form-field";

/** 列席 (non-voting attendees) and 旁听 (public) head counts. */
export function AttendeeCounts({
  nonVoting,
  publicCount,
  canEdit,
  onSave,
}: {
  nonVoting: number;
  publicCount: number;
  canEdit: boolean;
  onSave: (c: { nonVotingAttendees: number; publicAttendees: number }) => Promise<boolean>;
}) {
  const [values, setValues] = useState({ nonVotingAttendees: String(nonVoting), publicAttendees: String(publicCount) });
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (!canEdit)
    return (
      <p className="text-sm">
        列席 {nonVoting} 人 · 旁听 {publicCount} 人
      </p>
    );
  const valid = (t: string) => /^\d{1,5}$/.test(t.trim());
  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    if (!valid(values.nonVotingAttendees) || !valid(values.publicAttendees))
      return setProblem("人数应为不小于 0 的整数");
    setProblem(null);
    setSaved(
      await onSave({
        nonVotingAttendees: Number(values.nonVotingAttendees),
        publicAttendees: Number(values.publicAttendees),
      }),
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label="列席和旁听人数" className="flex flex-wrap items-end gap-3">
      <div className="w-28">
        <FormField label="列席人数" error={problem ?? undefined}>
          <input
            type="number"
            min={0}
            inputMode="numeric"
            className={inputClass}
            value={values.nonVotingAttendees}
            onChange={(e) => setValues({ ...values, nonVotingAttendees: e.target.value })}
          />
        </FormField>
      </div>
      <div className="w-28">
        <FormField label="旁听人数">
          <input
            type="number"
            min={0}
            inputMode="numeric"
            className={inputClass}
            value={values.publicAttendees}
            onChange={(e) => setValues({ ...values, publicAttendees: e.target.value })}
          />
        </FormField>
      </div>
      <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 py-2 text-sm">
        保存人数
      </button>
      {saved && (
        <span role="status" className="text-sm text-green-900">
          已保存
        </span>
      )}
    </form>
  );
}
