import { isUniqueViolation } from "@/lib/db/errors";
import { lockRow } from "@/lib/db/locks";
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict, validation } from "@/lib/http/errors";
import { skipTake, type ListResult } from "@/lib/http/validation";
import { getSettings } from "@/lib/settings";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDay, parseDay } from "@/lib/time/day";
import { currentTermOrThrow, sittingWhere } from "@/lib/roster/public";
import { editAction } from "@/lib/sessions/policy";
import { extraordinaryCallProblem, outsideTerm } from "@/lib/sessions/rules";
import { lockTermNumbering, renumberSessions } from "@/lib/sessions/numbering";
import { SESSION_INCLUDE, deputyTermId, loadSession, presence } from "@/lib/sessions/access";
import { sessionOfficialName } from "@/lib/text/names";
import { SESSION_STEPS, sessionStepsFor } from "@/lib/sessions/steps";
import { createChecklist, presentChecklist } from "@/lib/sessions/checklist";
import type {
  SessionCreateInput,
  SessionListQuery,
  SessionTransitionInput,
  SessionUpdateInput,
} from "@/lib/sessions/schema";

export async function listSessions(
  actor: Actor,
  q: SessionListQuery,
): Promise<ListResult<ReturnType<typeof sessionSummary>>> {
  const sdb = scopedDb(actor.townshipId);
  const ownTerm = await deputyTermId(sdb, actor);
  const where: Prisma.CongressSessionWhereInput = {
    ...(q.termId ? { termId: q.termId } : {}),
    ...(actor.role === "DEPUTY" ? { termId: ownTerm ?? "00000000-0000-0000-0000-000000000000" } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.year ? { startDate: { gte: parseDay(`${q.year}-01-01`), lt: parseDay(`${q.year + 1}-01-01`) } } : {}),
  };
  const [rows, total] = await Promise.all([
    sdb.congressSession.findMany({
      where,
      include: SESSION_INCLUDE,
      orderBy: [{ startDate: "desc" }],
      ...skipTake(q),
    }),
    sdb.congressSession.count({ where }),
  ]);
  return { items: rows.map(sessionSummary), total, page: q.page, pageSize: q.pageSize };
}

export function sessionSummary(s: Prisma.CongressSessionGetPayload<{ include: typeof SESSION_INCLUDE }>) {
  return {
    id: s.id,
    termId: s.termId,
    termNumber: s.term.number,
    number: s.number,
    title: sessionOfficialName(s.township.name, s.term.number, s.number),
    kind: s.kind,
    startDate: formatDay(s.startDate),
    endDate: formatDay(s.endDate),
    venue: s.venue,
    status: s.status,
    callBy: s.callBy,
    requestedBy: s.requestedBy,
    requestNote: s.requestNote,
    nonVotingAttendees: s.nonVotingAttendees,
    publicAttendees: s.publicAttendees,
    minutes: s.minutes,
    openedAt: s.openedAt,
    closedAt: s.closedAt,
    version: s.version,
  };
}

export async function getSessionOrThrow(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const s = await loadSession(sdb, actor, id);
  const [agenda, checklist, documents, p, recorded] = await Promise.all([
    sdb.agendaItem.findMany({ where: { sessionId: id }, orderBy: { position: "asc" } }),
    actor.role === "DEPUTY"
      ? Promise.resolve([])
      : sdb.sessionChecklistItem.findMany({ where: { sessionId: id }, orderBy: [{ position: "asc" }] }),
    sdb.sessionDocument.findMany({
      where: { sessionId: id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        title: true,
        filename: true,
        mimeType: true,
        size: true,
        agendaItemId: true,
        createdAt: true,
      },
    }),
    presence(sdb, s),
    recordedCount(sdb, id),
  ]);
  const openChecklist = checklist.filter((c) => !c.doneAt).map((c) => c.title);
  return {
    ...sessionSummary(s),
    /** Closed sessions are archived: the office's later edits are marked in the audit trail. */
    archived: s.status === "CLOSED",
    steps: sessionStepsFor(actor, { ...s, recorded, openChecklist }),
    presence: p,
    agenda,
    checklist: await presentChecklist(sdb, checklist),
    documents,
  };
}

/** Votes and election rounds recorded for the session (撤销开幕 only while there are none). */
async function recordedCount(sdb: ScopedDb | ScopedTx, sessionId: string): Promise<number> {
  const [votes, rounds] = await Promise.all([
    sdb.sessionVote.count({ where: { sessionId } }),
    sdb.electionRound.count({ where: { election: { sessionId } } }),
  ]);
  return votes + rounds;
}

/** A session is held within its term (400 naming the field otherwise). */
export function assertWithinTerm(term: { startDate: Date; endDate: Date }, days: { startDate: Date; endDate: Date }) {
  const span = `${formatDay(term.startDate)} 至 ${formatDay(term.endDate)}`;
  if (outsideTerm(term, days.startDate)) throw validation({ startDate: `开幕日期：不在本届任期内（${span}）` });
  if (outsideTerm(term, days.endDate)) throw validation({ endDate: `闭幕日期：不在本届任期内（${span}）` });
}

/** Numbered automatically within the term (第X次会议); a checklist is made from the template. */
export async function createSession(actor: Actor, input: SessionCreateInput) {
  try {
    return await insertSession(actor, input);
  } catch (err) {
    // Two sessions created at the same moment take the same number: the unique key refuses one.
    if (isUniqueViolation(err)) throw conflict("同时有另一次会议正在创建，请重试");
    throw err;
  }
}

async function insertSession(actor: Actor, input: SessionCreateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const term = await currentTermOrThrow(tx);
    const startDate = parseDay(input.startDate);
    assertWithinTerm(term, { startDate, endDate: parseDay(input.endDate) });
    await lockTermNumbering(tx, term.id);
    const callBy = input.kind === "EXTRAORDINARY" ? (input.callBy ?? "DEPUTIES") : null;
    if (callBy) {
      const sitting = await tx.deputy.count({ where: sittingWhere(term.id, startDate) });
      const s = await getSettings();
      const f = {
        numerator: s["sessions.extraordinaryNumerator"],
        denominator: s["sessions.extraordinaryDenominator"],
      };
      if (extraordinaryCallProblem({ by: callBy, requestedBy: input.requestedBy }, sitting, f))
        throw validation({
          requestedBy: `提议代表人数：由代表提议召集临时会议，须经五分之一以上代表提议（在任 ${sitting} 名，至少 ${Math.ceil((sitting * f.numerator) / f.denominator)} 名）；主席团认为必要的，也可以决定召集`,
        });
    }
    const last = await tx.congressSession.findFirst({
      where: { termId: term.id },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const session = await tx.congressSession.create({
      data: {
        townshipId: actor.townshipId,
        termId: term.id,
        number: (last?.number ?? 0) + 1,
        kind: input.kind,
        startDate,
        endDate: parseDay(input.endDate),
        venue: input.venue,
        callBy,
        requestedBy: callBy === "DEPUTIES" ? input.requestedBy : null,
        requestNote: input.kind === "EXTRAORDINARY" ? input.requestNote : null,
      },
      include: SESSION_INCLUDE,
    });
    // 会次 follows date order: a session keyed in later for an earlier date takes its place.
    await renumberSessions(tx, actor.townshipId, term.id);
    await createChecklist(tx, actor.townshipId, session.id, startDate);
    await recordAudit(tx, subjectOf(actor), {
      action: "session.created",
      recordType: "CongressSession",
      recordId: session.id,
      after: session,
    });
    return sessionSummary(
      await tx.congressSession.findUniqueOrThrow({ where: { id: session.id }, include: SESSION_INCLUDE }),
    );
  });
}

export async function updateSession(actor: Actor, id: string, input: SessionUpdateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await loadSession(tx, actor, id);
    if (before.version !== input.version)
      throw conflict("会议信息已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
    const { version, ...changes } = input;
    const startDate = changes.startDate ? parseDay(changes.startDate) : before.startDate;
    const endDate = changes.endDate ? parseDay(changes.endDate) : before.endDate;
    if (endDate < startDate) throw validation({ endDate: "闭幕日期：不能早于开幕日期" });
    if (changes.startDate && before.status !== "PREPARING")
      throw conflict("会议已开幕，不能更改开幕日期", {
        startDate: "开幕日期：会议已开幕，更改须作为更正登记并写明原因",
      });
    if (
      before.status !== "PREPARING" &&
      ((changes.endDate && endDate.getTime() !== before.endDate.getTime()) ||
        (changes.venue && changes.venue !== before.venue))
    )
      throw conflict("会议已开幕，会期和会场的更改须作为更正登记并写明原因");
    const datesMoved =
      startDate.getTime() !== before.startDate.getTime() || endDate.getTime() !== before.endDate.getTime();
    if (datesMoved) {
      assertWithinTerm(await tx.term.findUniqueOrThrow({ where: { id: before.termId } }), { startDate, endDate });
      await lockTermNumbering(tx, before.termId);
    }
    await tx.congressSession.update({
      where: { id, version },
      data: { venue: changes.venue, minutes: changes.minutes, startDate, endDate, version: { increment: 1 } },
    });
    if (datesMoved) await renumberSessions(tx, actor.townshipId, before.termId);
    const after = await tx.congressSession.findUniqueOrThrow({ where: { id }, include: SESSION_INCLUDE });
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(before, "session.updated"),
      recordType: "CongressSession",
      recordId: id,
      before,
      after,
    });
    return sessionSummary(after);
  });
}

const TRANSITION_AUDIT = {
  open: "session.opened",
  close: "session.closed",
  revoke_open: "session.opening_revoked",
} as const;

/**
 * 筹备中 → 召开中 (open: only with a quorum, 地方组织法 第十四条第四款) → 已闭会 (close: office or chair),
 * as the table of steps (steps.ts) says. A closed session is archived: further edits are the
 * office's and are marked in the audit trail.
 */
export async function transitionSession(
  actor: Actor,
  id: string,
  input: Pick<SessionTransitionInput, "action"> & { reason?: string | null },
) {
  const step = SESSION_STEPS[input.action];
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    // Five 开幕 clicks at once: one opens it, the others then find it open (409), one audit row.
    await lockRow(tx, "CongressSession", id, actor.townshipId);
    const before = await loadSession(tx, actor, id);
    if (!step.who(actor, before)) throw new AppError("FORBIDDEN");
    const why = step.available(actor, { ...before, recorded: await recordedCount(tx, id) }, new Date());
    if (why !== true) throw conflict(why);
    const after = await tx.congressSession.update({
      where: { id },
      data: { ...(await step.run!(tx, before, { reason: input.reason })), version: { increment: 1 } },
      include: SESSION_INCLUDE,
    });
    await recordAudit(tx, subjectOf(actor), {
      action: TRANSITION_AUDIT[input.action],
      recordType: "CongressSession",
      recordId: id,
      before: { status: before.status, sittingAtOpening: before.sittingAtOpening },
      after: { status: after.status, sittingAtOpening: after.sittingAtOpening, reason: input.reason ?? null },
    });
    return sessionSummary(after);
  });
}
