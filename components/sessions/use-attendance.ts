"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import type { getAttendance } from "@/lib/sessions/attendance";
import { apiSend } from "@/components/ui/api";

export type Attendance = Awaited<ReturnType<typeof getAttendance>>;
export type AttendanceEntry = { deputyId: string; status: AttendanceStatus };

/**
 * The sign-in list as last saved. `save` shows the change at once and sends it; saves go one at a
 * time, so the figures shown are always those of the last save. A refused save reloads the list.
 */
export function useAttendance(sessionId: string, initial: Attendance) {
  const router = useRouter();
  const [data, setData] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  function save(entries: AttendanceEntry[], counts?: { nonVotingAttendees: number; publicAttendees: number }) {
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

  return { data, error, saving, save };
}
