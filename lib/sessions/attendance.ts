import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, validation } from "@/lib/http/errors";
import { lockRow } from "@/lib/db/locks";
import { rollDeputyIds, sessionRoll } from "@/lib/sessions/roll";
import type { AttendanceInput } from "@/lib/sessions/schema";
import { editAction } from "@/lib/sessions/policy";
import { loadSession, presence } from "@/lib/sessions/access";
import { rollGroups } from "@/lib/sessions/roll-filter";

/** The roll (frozen at 开幕, see roll.ts) with each deputy's attendance (unmarked: null). */
export async function getAttendance(actor: Actor, sessionId: string) {
  const sdb = scopedDb(actor.townshipId);
  const session = await loadSession(sdb, actor, sessionId);
  const [deputies, byGroup, marks, p] = await Promise.all([
    sessionRoll(sdb, session, "name"),
    sessionRoll(sdb, session, "group"),
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
    /** The groups for the sign-in filter, in natural order. */
    ...rollGroups(byGroup),
    deputies: deputies.map((d) => ({
      id: d.deputyId,
      name: d.name,
      group: d.group,
      status: byDeputy.get(d.deputyId)?.status ?? null,
      note: byDeputy.get(d.deputyId)?.note ?? null,
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
    // Closing freezes attendance: the roll and its marks are the session's record from then on.
    if (session.status === "CLOSED") throw conflict("会议已闭会，出席情况已固定，不能再登记");
    const ids = [...new Set(input.entries.map((e) => e.deputyId))];
    if (ids.length !== input.entries.length) throw validation({ entries: "出席情况：同一代表登记了两次" });
    const roll = new Set(await rollDeputyIds(tx, session));
    if (ids.some((id) => !roll.has(id))) throw validation({ entries: "出席情况：只能登记会议当日在任的代表" });
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
