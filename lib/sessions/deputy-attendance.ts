// Deputies' attendance at the congress's sessions, per deputy: what the deputy's record (履职档案) shows.
// A session counts for a deputy when they were on its roll (frozen at 开幕, roll.ts) or were marked; 请假 is
// leave the office recorded (代表法 Art. 13: "应当按照规定请假"), 缺席 is absence without it.
import type { AttendanceStatus, SessionKind, SessionStatus } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { formatDay } from "@/lib/time/day";

export interface DeputySessionEntry {
  sessionId: string;
  number: number;
  kind: SessionKind;
  sessionStatus: SessionStatus;
  startDate: string;
  endDate: string;
  /** null: on the roll, not marked (yet). */
  status: AttendanceStatus | null;
}

export interface DeputyAttendance {
  /** The year's sessions (by first day), in order. */
  sessions: DeputySessionEntry[];
  /** Every session of the deputy's term up to the year's end marked 缺席 (absent without approved leave). */
  unapprovedAbsences: { sessionId: string; number: number; startDate: string }[];
}

const yearRange = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });

/** Each deputy's sessions of `year` and their absences without leave to that year's end. */
export async function deputySessionAttendance(
  client: Tx,
  townshipId: string,
  deputyIds: string[],
  year: number,
): Promise<Map<string, DeputyAttendance>> {
  const range = yearRange(year);
  const [sessions, absences] = await Promise.all([
    client.congressSession.findMany({
      where: {
        townshipId,
        startDate: range,
        OR: [
          { roll: { some: { deputyId: { in: deputyIds } } } },
          { attendance: { some: { deputyId: { in: deputyIds } } } },
        ],
      },
      orderBy: [{ startDate: "asc" }, { number: "asc" }],
      select: {
        id: true,
        number: true,
        kind: true,
        status: true,
        startDate: true,
        endDate: true,
        roll: { where: { deputyId: { in: deputyIds } }, select: { deputyId: true } },
        attendance: { where: { deputyId: { in: deputyIds } }, select: { deputyId: true, status: true } },
      },
    }),
    client.sessionAttendance.findMany({
      where: { townshipId, deputyId: { in: deputyIds }, status: "ABSENT", session: { startDate: { lt: range.lt } } },
      select: { deputyId: true, session: { select: { id: true, number: true, startDate: true } } },
      orderBy: { session: { startDate: "asc" } },
    }),
  ]);
  const out = new Map<string, DeputyAttendance>(deputyIds.map((id) => [id, { sessions: [], unapprovedAbsences: [] }]));
  for (const s of sessions) {
    const marks = new Map(s.attendance.map((a) => [a.deputyId, a.status]));
    const onRoll = new Set([...s.roll.map((r) => r.deputyId), ...marks.keys()]);
    for (const id of onRoll)
      out.get(id)?.sessions.push({
        sessionId: s.id,
        number: s.number,
        kind: s.kind,
        sessionStatus: s.status,
        startDate: formatDay(s.startDate),
        endDate: formatDay(s.endDate),
        status: marks.get(id) ?? null,
      });
  }
  for (const a of absences)
    out.get(a.deputyId)?.unapprovedAbsences.push({
      sessionId: a.session.id,
      number: a.session.number,
      startDate: formatDay(a.session.startDate),
    });
  return out;
}
