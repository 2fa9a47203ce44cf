// Corrections of a session's record (issue 13): its dates and venue, and its agenda items (edit,
// reorder, delete before they are voted on). A correction is a new event — the kernel's correction
// (lib/audit/corrections.ts: an audit row with what it was, what it became, who, when and why, in the
// same transaction) — never a silent overwrite: the original stays visible in the 更正记录.
import type { Actor } from "@/lib/auth/actor";
import { lockRow } from "@/lib/db/locks";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { correctionHistory, recordCorrection, type CorrectionView } from "@/lib/audit/corrections";
import { conflict, notFound, validation } from "@/lib/http/errors";
import type { CongressSession } from "@/lib/generated/prisma/client";
import { formatDay, parseDay } from "@/lib/time/day";
import { loadSession } from "@/lib/sessions/access";
import { assertSessionStep } from "@/lib/sessions/steps";
import { assertWithinTerm } from "@/lib/sessions/service";
import { lockTermNumbering, renumberSessions } from "@/lib/sessions/numbering";
import {
  AGENDA_KIND_LABELS,
  CORRECTION_FIELD_LABELS,
  CORRECTION_KIND_LABELS,
  type SessionCorrectionKind,
} from "@/lib/sessions/labels";
import type { SessionCorrectionInput } from "@/lib/sessions/correction-schema";

type Values = Record<string, string>;
interface Change {
  kind: SessionCorrectionKind;
  agendaItemId?: string;
  before: Values;
  after: Values;
}
type Input<T extends SessionCorrectionInput["target"]> = Extract<SessionCorrectionInput, { target: T }>;

const NOTHING = "更正后的内容与现有记录相同，没有需要更正的内容";

/** Only what differs, as before and after. */
function diff(before: Values, wanted: Partial<Values>): { before: Values; after: Values } {
  const b: Values = {};
  const a: Values = {};
  for (const [k, v] of Object.entries(wanted))
    if (v !== undefined && v !== before[k]) {
      b[k] = before[k];
      a[k] = v;
    }
  if (!Object.keys(a).length) throw conflict(NOTHING);
  return { before: b, after: a };
}

async function correctDetails(tx: ScopedTx, s: CongressSession, input: Input<"session">): Promise<Change> {
  if (s.version !== input.version) throw conflict("会议信息已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
  const now = { startDate: formatDay(s.startDate), endDate: formatDay(s.endDate), venue: s.venue };
  const change = diff(now, { startDate: input.startDate, endDate: input.endDate, venue: input.venue });
  const startDate = parseDay(change.after.startDate ?? now.startDate);
  const endDate = parseDay(change.after.endDate ?? now.endDate);
  if (endDate < startDate) throw validation({ endDate: "闭幕日期：不能早于开幕日期" });
  const moved = change.after.startDate !== undefined || change.after.endDate !== undefined;
  if (moved) {
    assertWithinTerm(await tx.term.findUniqueOrThrow({ where: { id: s.termId } }), { startDate, endDate });
    await lockTermNumbering(tx, s.termId);
  }
  await tx.congressSession.update({
    where: { id: s.id, version: input.version },
    data: { startDate, endDate, venue: change.after.venue ?? s.venue, version: { increment: 1 } },
  });
  if (moved) await renumberSessions(tx, s.townshipId, s.termId);
  return { kind: "SESSION", ...change };
}

/** An agenda item a vote or an election was recorded on is part of the result: it is not edited or deleted. */
async function assertNotVotedOn(tx: ScopedTx, itemId: string, what: string) {
  const [votes, elections] = await Promise.all([
    tx.sessionVote.count({ where: { agendaItemId: itemId } }),
    tx.election.count({ where: { agendaItemId: itemId } }),
  ]);
  if (votes + elections > 0) throw conflict(`该议程已有表决或选举记录，不能${what}`);
}

async function loadItem(tx: ScopedTx, sessionId: string, itemId: string) {
  const item = await tx.agendaItem.findFirst({ where: { id: itemId, sessionId } });
  if (!item) throw notFound("议程不存在");
  return item;
}

async function correctItem(tx: ScopedTx, s: CongressSession, input: Input<"agenda_item">): Promise<Change> {
  const item = await loadItem(tx, s.id, input.itemId);
  await assertNotVotedOn(tx, item.id, "更正");
  const change = diff({ title: item.title, kind: item.kind }, { title: input.title, kind: input.kind });
  await tx.agendaItem.update({
    where: { id: item.id },
    data: { title: input.title, kind: input.kind },
  });
  return { kind: "AGENDA_EDIT", agendaItemId: item.id, ...change };
}

async function reorderItems(tx: ScopedTx, s: CongressSession, input: Input<"agenda_order">): Promise<Change> {
  const items = await tx.agendaItem.findMany({ where: { sessionId: s.id }, orderBy: { position: "asc" } });
  const byId = new Map(items.map((i) => [i.id, i]));
  if (new Set(input.itemIds).size !== items.length || input.itemIds.some((id) => !byId.has(id)))
    throw validation({ itemIds: "议程顺序：须列出本次会议的全部议程，每项一次" });
  const titles = (ids: readonly string[]) => ids.map((id) => byId.get(id)!.title).join("、");
  const change = diff({ order: titles(items.map((i) => i.id)) }, { order: titles(input.itemIds) });
  if (input.itemIds.every((id, i) => items[i].id === id)) throw conflict(NOTHING);
  for (const [i, id] of input.itemIds.entries())
    await tx.agendaItem.update({ where: { id }, data: { position: i + 1 } });
  return { kind: "AGENDA_ORDER", ...change };
}

async function deleteItem(tx: ScopedTx, s: CongressSession, input: Input<"agenda_delete">): Promise<Change> {
  const item = await loadItem(tx, s.id, input.itemId);
  await assertNotVotedOn(tx, item.id, "删除");
  await tx.agendaItem.delete({ where: { id: item.id } });
  await tx.agendaItem.updateMany({
    where: { sessionId: s.id, position: { gt: item.position } },
    data: { position: { decrement: 1 } },
  });
  return {
    kind: "AGENDA_DELETE",
    agendaItemId: item.id,
    before: { title: item.title, kind: item.kind },
    after: {},
  };
}

const APPLY: {
  [T in SessionCorrectionInput["target"]]: (tx: ScopedTx, s: CongressSession, input: Input<T>) => Promise<Change>;
} = { session: correctDetails, agenda_item: correctItem, agenda_order: reorderItems, agenda_delete: deleteItem };

/** Corrects the session's dates, venue or agenda, with the reason; the correction is kept as an event. */
export async function correctSession(actor: Actor, sessionId: string, input: SessionCorrectionInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockRow(tx, "CongressSession", sessionId, actor.townshipId);
    const session = await loadSession(tx, actor, sessionId);
    assertSessionStep(actor, "correct", session);
    const apply = APPLY[input.target] as (
      tx: ScopedTx,
      s: CongressSession,
      i: SessionCorrectionInput,
    ) => Promise<Change>;
    const change = await apply(tx, session, input);
    // The audit row (lib/audit/corrections.ts): before → after of what changed, with the reason.
    const deleted = change.kind === "AGENDA_DELETE";
    await recordCorrection(tx, actor, {
      action: "session.corrected",
      recordType: "CongressSession",
      recordId: sessionId,
      before: change.before,
      after: deleted ? { title: null, kind: null } : change.after,
      reason: input.reason,
    });
    return { kind: change.kind, before: change.before, after: deleted ? {} : change.after, reason: input.reason };
  });
}

const FIELDS = Object.fromEntries(
  Object.entries(CORRECTION_FIELD_LABELS).map(([k, label]) => [
    k,
    { label, ...(k === "kind" ? { values: AGENDA_KIND_LABELS as Record<string, string> } : {}) },
  ]),
);

/** What a correction did, from the fields its audit row changed (an agenda item deleted: its title became null). */
function kindOf(after: Record<string, unknown>): SessionCorrectionKind {
  if ("order" in after) return "AGENDA_ORDER";
  if ("title" in after && after.title === null) return "AGENDA_DELETE";
  if ("title" in after || "kind" in after) return "AGENDA_EDIT";
  return "SESSION";
}

/** One correction as the 更正记录 shows it (the kernel's CorrectionView): what, before → after, who, when, why. */
export function presentCorrection(c: CorrectionView) {
  const kind = kindOf(c.after);
  const label = CORRECTION_KIND_LABELS[kind];
  const deleted = kind === "AGENDA_DELETE";
  const kindText = AGENDA_KIND_LABELS[c.before.kind as never] ?? c.before.kind;
  const changes = deleted
    ? [{ field: "deleted", label: "删除议程", before: `${c.before.title}（${kindText}）`, after: "（已删除）" }]
    : c.changes;
  return {
    ...c,
    kind,
    action: label,
    label,
    changes,
    lines: changes.map((x) => (deleted ? `删除议程：${x.before}` : `${x.label}：${x.before} → ${x.after}`)),
    after: deleted ? {} : c.after,
  };
}
export type PresentedCorrection = ReturnType<typeof presentCorrection>;

/** The session's 更正记录, oldest first (the kernel's history of the session). */
export async function listCorrections(actor: Actor, sessionId: string) {
  await loadSession(scopedDb(actor.townshipId), actor, sessionId);
  const rows = await correctionHistory(actor, { recordType: "CongressSession", recordId: sessionId }, FIELDS);
  return rows.map(presentCorrection);
}
