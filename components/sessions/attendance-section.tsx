"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import type { getAttendance } from "@/lib/sessions/attendance";
import { ATTENDANCE_LABELS } from "@/lib/i18n/zh-CN";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { QuorumFigures } from "@/components/sessions/quorum-figures";
import { AttendeeCounts } from "@/components/sessions/attendee-counts";
import { tallyBy } from "@/lib/sessions/attendance-tally";

export type Attendance = Awaited<ReturnType<typeof getAttendance>>;
type Entry = { deputyId: string; status: AttendanceStatus };

const group = (name: string | null) => name && <span className="block text-xs text-stone-600">{name}</span>;

/**
 * 签到: one row per sitting deputy, saved as soon as a status is chosen (one request at a time, so
 * the figures shown are always those of the last save).
 */
export function AttendanceSection({
  sessionId,
  initial,
  canEdit,
}: {
  sessionId: string;
  initial: Attendance;
  canEdit: boolean;
}) {
  const router = useRouter();
  const [data, setData] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  function save(entries: Entry[], counts?: { nonVotingAttendees: number; publicAttendees: number }) {
    setError(null);
    const changed = new Map(entries.map((e) => [e.deputyId, e.status]));
    setData((d) => ({
      ...d,
      deputies: d.deputies.map((x) => (changed.has(x.id) ? { ...x, status: changed.get(x.id)! } : x)),
    }));
    setSaving((n) => n + 1);
    const run = async () => {
      const res = await apiSend<Attendance>(`/api/v1/sessions/${sessionId}/attendance`, "PUT", { entries, ...counts });
      setSaving((n) => n - 1);
      if (res.ok) {
        setData(res.data);
        router.refresh();
        return true;
      }
      setError(res.error.message);
      const fresh = await fetch(`/api/v1/sessions/${sessionId}/attendance`)
        .then((r) => (r.ok ? (r.json() as Promise<Attendance>) : null))
        .catch(() => null);
      if (fresh) setData(fresh);
      return false;
    };
    const done = queue.current.then(run);
    queue.current = done.then(() => undefined);
    return done;
  }

  const unmarked = data.deputies.filter((d) => !d.status);
  const counts = tallyBy(data.deputies, (d) => d.status);
  const tally = (s: AttendanceStatus) => counts.get(s) ?? 0;
  return (
    <div className="flex flex-col gap-3">
      <QuorumFigures presence={data.presence} />
      <p className="text-sm text-stone-700">
        请假 {tally("LEAVE")} 名 · 缺席 {tally("ABSENT")} 名 · 中途离会 {tally("LEFT_EARLY")} 名 · 未登记{" "}
        {unmarked.length} 名
        <span className="sr-only" aria-live="polite">
          {saving > 0 ? "正在保存" : ""}
        </span>
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      {canEdit && unmarked.length > 0 && (
        <Button
          variant="secondary"
          className="self-start"
          onClick={() => save(unmarked.map((d) => ({ deputyId: d.id, status: "PRESENT" })))}
        >
          未登记的 {unmarked.length} 名全部标为出席
        </Button>
      )}
      {data.deputies.length === 0 ? (
        <p className="text-sm text-stone-600">会议当日没有在任代表</p>
      ) : (
        <ul
          className="grid gap-x-4 divide-y divide-stone-200 rounded border border-stone-200 md:grid-cols-2 md:divide-y-0 xl:grid-cols-3"
          aria-label="代表签到"
        >
          {data.deputies.map((d) => (
            <li key={d.id} className="flex items-center justify-between gap-2 border-stone-200 px-3 py-1.5 md:border-b">
              {canEdit ? (
                <label htmlFor={`attendance-${d.id}`} className="min-w-0 flex-1 break-words">
                  {d.name}
                  {group(d.group)}
                </label>
              ) : (
                <span className="min-w-0 flex-1 break-words">
                  {d.name}
                  {group(d.group)}
                </span>
              )}
              {canEdit ? (
                <select
                  id={`attendance-${d.id}`}
                  value={d.status ?? ""}
                  onChange={(e) => save([{ deputyId: d.id, status: e.target.value as AttendanceStatus }])}
                  className={`min-h-11 w-32 shrink-0 rounded border px-2 text-base ${d.status ? "border-stone-400 bg-white" : "border-amber-500 bg-amber-50"}`}
                >
                  {!d.status && <option value="">未登记</option>}
                  {Object.entries(ATTENDANCE_LABELS).map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </select>
              ) : (
                <span className="shrink-0 text-sm">{d.status ? ATTENDANCE_LABELS[d.status] : "未登记"}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <AttendeeCounts
        nonVoting={data.nonVotingAttendees}
        publicCount={data.publicAttendees}
        canEdit={canEdit}
        onSave={(counts) => save([], counts)}
      />
    </div>
  );
}
