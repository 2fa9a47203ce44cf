import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, validation } from "@/lib/http/errors";
import { lockRow } from "@/lib/db/locks";
import { deputyNameOrderBy, nameOrder, sittingWhere } from "@/lib/roster/public";
import type { AttendanceInput } from "@/lib/sessions/schema";
import { editAction } from "@/lib/sessions/policy";
import { loadSession, presence } from "@/lib/sessions/access";

/** The roll: every deputy sitting on the opening day, with their attendance (unmarked: null). */
export async function getAttendance(actor: Actor, sessionId: string) {
  const sdb = scopedDb(actor.townshipId);
  const session = await loadSession(sdb, actor, sessionId);
  const [deputies, marks, p] = await Promise.all([
    sdb.deputy.findMany({
      where: sittingWhere(session.termId, session.startDate),
      select: { id: true, name: true, group: { select: { name: true } } },
      orderBy: deputyNameOrderBy(await nameOrder()),
    }),
    sdb.sessionAttendance.findMany({ where: { sessionId } }),
    presence(sdb, session),
  ]);
  const byDeputy = new Map(marks.map((m) => [m.deputyId, m]));
  return {
    sessionId,
    status: session.status,
    presence: p,
    nonVotingAttendees: session.nonVotingAttendees,
    publicAttendees: session.publicAttendees,
    deputies: deputies.map((d) => ({
      id: d.id,
      name: d.name,
      group: d.group?.name ?? null,
      status: byDeputy.get(d.id)?.status ?? null,
      note: byDeputy.get(d.id)?.note ?? null,
    })),
  };
}

const UNCHANGED = "出席情况与已登记的相同（可能已由他人同时登记），没有可保存的更改";

/** The request would change nothing: the same marks and counts are already stored (a repeated request). */
function unchanged(
  input: AttendanceInput,
  stored: { deputyId: string; status: string; note: string | null }[],
  session: { nonVotingAttendees: number; publicAttendees: number },
): boolean {
  const byDeputy = new Map(stored.map((m) => [m.deputyId, m]));
  const marks = input.entries.every((e) => {
    const m = byDeputy.get(e.deputyId);
    return m && m.status === e.status && m.note === (e.note ?? null);
  });
  const counts =
    (input.nonVotingAttendees === undefined || input.nonVotingAttendees === session.nonVotingAttendees) &&
    (input.publicAttendees === undefined || input.publicAttendees === session.publicAttendees);
  return marks && counts;
}

/** Records present / on leave / absent / left early for sitting deputies, and the 列席 and 旁听 counts. */
export async function recordAttendance(actor: Actor, sessionId: string, input: AttendanceInput) {
  await scopedDb(actor.townshipId).$transaction(async (tx) => {
    // Marks for one session are taken one request at a time (two at once collided on the unique key).
    await lockRow(tx, "CongressSession", sessionId, actor.townshipId);
    const session = await loadSession(tx, actor, sessionId);
    const ids = [...new Set(input.entries.map((e) => e.deputyId))];
    if (ids.length !== input.entries.length) throw validation({ entries: "出席情况：同一代表登记了两次" });
    const sitting = await tx.deputy.count({
      where: { ...sittingWhere(session.termId, session.startDate), id: { in: ids } },
    });
    if (sitting !== ids.length) throw validation({ entries: "出席情况：只能登记会议当日在任的代表" });
    const before = await tx.sessionAttendance.findMany({ where: { sessionId, deputyId: { in: ids } } });
    if (unchanged(input, before, session)) throw conflict(UNCHANGED);
    // The marks replace those of the same deputies: two statements, not one upsert per deputy.
    await tx.sessionAttendance.deleteMany({ where: { sessionId, deputyId: { in: ids } } });
    await tx.sessionAttendance.createMany({
      data: input.entries.map((e) => ({
        townshipId: actor.townshipId,
        sessionId,
        deputyId: e.deputyId,
        status: e.status,
        note: e.note ?? null,
      })),
    });
    if (input.nonVotingAttendees !== undefined || input.publicAttendees !== undefined)
      await tx.congressSession.update({
        where: { id: sessionId },
        data: { nonVotingAttendees: input.nonVotingAttendees, publicAttendees: input.publicAttendees },
      });
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.attendance_recorded"),
      recordType: "CongressSession",
      recordId: sessionId,
      before: { entries: before.map((b) => ({ deputyId: b.deputyId, status: b.status })) },
      after: input,
    });
  });
  return getAttendance(actor, sessionId);
}
