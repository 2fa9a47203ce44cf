// 联系代表: a unit handling a suggestion talks it over with the deputy who raised it. The unit sees the
// lead deputy's phone on the suggestion (need to know), and records each contact — the day, the way
// (电话、走访、座谈、其他), the deputy's opinion and who made contact — as a SuggestionContact row and an
// event on the suggestion's timeline. The office may key a unit's paper record in for it (代录,
// lib/records/on-behalf.ts). A township may require one before the lead unit replies
// (`suggestions.contactBeforeReply`, steps/reply.ts).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { lockRow } from "@/lib/db/locks";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict, validation } from "@/lib/http/errors";
import type { PageQuery } from "@/lib/http/validation";
import { formatDay } from "@/lib/time/day";
import { occurredDay, onBehalfAudit, onBehalfCaption, onBehalfColumns } from "@/lib/records/on-behalf";
import type { Suggestion, SuggestionContact } from "@/lib/generated/prisma/client";
import { loadSuggestion } from "@/lib/suggestions/access";
import { canRecordContact, canSeeContacts, type Relation } from "@/lib/suggestions/policy";
import { CONTACT_WAY_LABELS } from "@/lib/suggestions/labels";
import type { ContactInput } from "@/lib/suggestions/contact-schema";

/**
 * Whether the actor sees the lead deputy's phone on this suggestion: the township's staff, and a unit
 * only while the suggestion is assigned to it (as lead or co-unit). Deny by default.
 */
export function mayCallProposer(actor: Actor, s: { townshipId: string }, rel: Relation): boolean {
  if (!can(actor, "suggestion.call_proposer", { townshipId: s.townshipId })) return false;
  return actor.role !== "UNIT" || rel.unit !== null;
}

/** From the hand-over on (back-entry of last year's records included); not while the chair's 签发 is awaited. */
const HANDED_OVER = new Set<Suggestion["state"]>(["ASSIGNED", "REHANDLING", "REPLIED", "RATED", "CLOSED"]);

type Row = SuggestionContact & { unit: { name: string } };

const present = (c: Row, keyers: Map<string, string>) => ({
  id: c.id,
  occurredOn: formatDay(c.occurredOn),
  way: c.way,
  wayLabel: CONTACT_WAY_LABELS[c.way],
  opinion: c.opinion,
  contactedBy: c.contactedBy,
  unit: c.unit.name,
  /** 代录: keyed by the office for the unit — "代录 · 由 某某 录入". */
  onBehalf: c.enteredById ? onBehalfCaption(keyers.get(c.enteredById) ?? "人大办") : null,
  createdAt: c.createdAt,
});
export type PresentedContact = ReturnType<typeof present>;

async function keyerNames(db: ScopedDb | ScopedTx, rows: { enteredById: string | null }[]) {
  const ids = [...new Set(rows.flatMap((r) => (r.enteredById ? [r.enteredById] : [])))];
  const users = ids.length
    ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })
    : [];
  return new Map(users.map((u) => [u.id, u.displayName]));
}

/** The suggestion's contact records, by the day they happened (GET /api/v1/suggestions/{id}/contacts). */
export async function listContacts(actor: Actor, id: string, query: PageQuery) {
  const sdb = scopedDb(actor.townshipId);
  const { s, rel } = await loadSuggestion(sdb, actor, id);
  if (!canSeeContacts(actor, s, rel)) throw new AppError("FORBIDDEN");
  const where = { suggestionId: id };
  const [rows, total] = await Promise.all([
    sdb.suggestionContact.findMany({
      where,
      include: { unit: { select: { name: true } } },
      orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    sdb.suggestionContact.count({ where }),
  ]);
  const keyers = await keyerNames(sdb, rows);
  return { items: rows.map((r) => present(r, keyers)), total, page: query.page, pageSize: query.pageSize };
}

/** The unit the contact is filed under: the actor's own, or — for the office's 代录 — one of the suggestion's units. */
async function contactUnit(tx: ScopedTx, actor: Actor, s: Suggestion, input: ContactInput, onBehalf: boolean) {
  const unitId = onBehalf ? (input.unitId ?? s.leadUnitId) : actor.unitId;
  if (!onBehalf && input.unitId && input.unitId !== actor.unitId)
    throw validation({ unitId: "联系单位：只能记录本单位的联系情况" });
  const assignment = unitId
    ? await tx.suggestionAssignment.findFirst({
        where: { suggestionId: s.id, unitId, active: true },
        include: { unit: { select: { id: true, name: true } } },
      })
    : null;
  if (!assignment) throw validation({ unitId: "联系单位：不是本建议的承办单位" });
  return assignment;
}

/** Records a contact with the deputy (POST /api/v1/suggestions/{id}/contacts), on the timeline and audited. */
export async function recordContact(actor: Actor, id: string, input: ContactInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    // One after the other with the steps of the same suggestion (a reply waiting for a contact sees it).
    await lockRow(tx, "Suggestion", id, actor.townshipId);
    const { s, rel } = await loadSuggestion(tx, actor, id);
    if (!canRecordContact(actor, s, rel)) throw new AppError("FORBIDDEN");
    if (!HANDED_OVER.has(s.state) || s.awaitingSignOff) throw conflict("只有已交办的建议可以记录联系代表情况");
    const onBehalf = rel.unit === null && can(actor, "suggestion.enter_on_behalf", { townshipId: s.townshipId });
    const assignment = await contactUnit(tx, actor, s, input, onBehalf);
    const day = occurredDay(input.occurredOn, {
      field: "occurredOn",
      label: "联系日期",
      after: { label: "交办日期", day: assignment.assignedOn },
    });
    const who = onBehalf
      ? { enteredById: actor.userId, enteredBy: actor.displayName, onBehalfOf: assignment.unit.name }
      : null;
    const { way, opinion, contactedBy } = input;
    const row = await tx.suggestionContact.create({
      data: {
        townshipId: actor.townshipId,
        suggestionId: id,
        unitId: assignment.unitId,
        way,
        opinion,
        contactedBy,
        createdById: actor.userId,
        ...onBehalfColumns(day, who),
      },
      include: { unit: { select: { name: true } } },
    });
    await tx.suggestionEvent.create({
      data: {
        townshipId: actor.townshipId,
        suggestionId: id,
        type: "contact",
        actorUserId: actor.userId,
        unitId: assignment.unitId,
        note: `${CONTACT_WAY_LABELS[way]}联系（联系人：${contactedBy}）。代表意见：${opinion}`,
        ...onBehalfColumns(day, who),
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "suggestion.contact_recorded",
      recordType: "Suggestion",
      recordId: id,
      after: { contactId: row.id, unitId: assignment.unitId, way, opinion, contactedBy, ...onBehalfAudit(day, who) },
    });
    return present(row, new Map(who ? [[actor.userId, actor.displayName]] : []));
  });
}

/**
 * The suggestion page's 联系代表 panel: the records, and for the lead or co-unit (or the office, 代录 for one of
 * the suggestion's units) the form — null for those who do not see contact records.
 */
export async function contactsPanel(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const { s, rel } = await loadSuggestion(sdb, actor, id);
  if (!canSeeContacts(actor, s, rel)) return null;
  const { items } = await listContacts(actor, id, { page: 1, pageSize: 100 });
  const mayRecord = canRecordContact(actor, s, rel) && HANDED_OVER.has(s.state) && !s.awaitingSignOff;
  const onBehalf = mayRecord && rel.unit === null;
  const units = onBehalf
    ? await sdb.suggestionAssignment.findMany({
        where: { suggestionId: id, active: true },
        select: { unit: { select: { id: true, name: true } } },
        orderBy: { lead: "desc" },
      })
    : [];
  return {
    items,
    /** The form: whether the actor may record one now, and for the office the units it may key one in for. */
    form: mayRecord
      ? { onBehalf, units: units.map((u) => u.unit), assignedOn: s.assignedOn ? formatDay(s.assignedOn) : null }
      : null,
  };
}
