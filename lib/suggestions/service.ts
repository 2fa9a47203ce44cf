import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { occurredDay } from "@/lib/records/on-behalf";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict, validation } from "@/lib/http/errors";
import { pageWithTotal, skipTake, type ListResult } from "@/lib/http/validation";
import { getSettings } from "@/lib/settings";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDay, todayInChina } from "@/lib/time/day";
import { currentTermOrThrow, sittingWhere } from "@/lib/roster/public";
import { countdown, dueStatus } from "@/lib/time/due";
import { seesInternalSteps, stateAsSeen, unitAssignedWhere } from "@/lib/suggestions/handover";
import { dueDate, overdueWhere } from "@/lib/handling/deadlines";
import { assertActiveCategory } from "@/lib/suggestions/categories";
import { SUGGESTION_STEPS } from "@/lib/suggestions/steps/table";
import { listRecordOf } from "@/lib/suggestions/steps/record";
import type { SuggestionCreateInput, SuggestionListQuery, SuggestionUpdateInput } from "@/lib/suggestions/schema";
import { storeAttachments } from "@/lib/suggestions/attachments";
import type { UploadedFile } from "@/lib/files/upload";
import { loadSuggestion } from "@/lib/suggestions/access";
import { containsText } from "@/lib/db/search";
import { countedWhere, latestReplyClassIds, onTimeIds } from "@/lib/suggestions/figures";
import { valuableSuggestionIds } from "@/lib/suggestions/deputy-suggestions";
import { db } from "@/lib/db";

/** Row filter per role: deputies their own (and published ones), units what has been handed over to them. */
function visibleWhere(actor: Actor, mine: boolean): Prisma.SuggestionWhereInput {
  if (actor.role === "DEPUTY") {
    const own: Prisma.SuggestionWhereInput = {
      // The township in the sub-filter too, so the (townshipId, deputyId) index serves it.
      proposers: {
        some: { townshipId: actor.townshipId, deputyId: actor.deputyId ?? "00000000-0000-0000-0000-000000000000" },
      },
    };
    return mine ? own : { OR: [own, { published: true }] };
  }
  if (actor.role === "UNIT") return unitAssignedWhere(actor.townshipId, actor.unitId);
  // Staff: everything but other people's drafts (see suggestionViewFor).
  return { OR: [{ state: { not: "DRAFT" } }, { createdById: actor.userId }] };
}

/** The list's filter: what the actor may see, narrowed by the query — shared by the list and its counts. */
function listWhere(
  actor: Actor,
  q: Partial<SuggestionListQuery>,
  today: Date,
  ids: IdFilters,
): Prisma.SuggestionWhereInput {
  const handling: Prisma.SuggestionWhereInput = { state: { in: ["ASSIGNED", "REHANDLING"] } };
  return {
    AND: [
      visibleWhere(actor, q.mine === "true"),
      q.year ? { year: q.year } : {},
      q.sessionId ? { sessionId: q.sessionId } : {},
      q.categoryId ? { categoryId: q.categoryId } : {},
      // The township in the sub-filter too, so the (townshipId, unitId, active) index serves it.
      q.unitId ? { assignments: { some: { townshipId: actor.townshipId, unitId: q.unitId, active: true } } } : {},
      q.state ? { state: q.state } : {},
      // Overdue against the delay notice's date when there is one, else the deadline (lib/handling).
      q.overdue ? { ...handling, ...overdueWhere(today) } : {},
      // 签发: assignments the chair has not signed off yet (the sign-off form lists the same).
      q.unsigned ? { ...handling, signedOffAt: null } : {},
      // A co-unit's input still owed in this round (co-units.ts pendingCoUnitInputs, per suggestion).
      q.coInput
        ? {
            ...handling,
            assignments: {
              some: { townshipId: actor.townshipId, lead: false, active: true, inputAt: null, inputDue: { not: null } },
            },
          }
        : {},
      // The figures' selection, lead unit and reply class: a dashboard figure opens exactly its records.
      q.counted ? countedWhere : {},
      q.leadUnitId ? { leadUnitId: q.leadUnitId } : {},
      ids.replyClass ? { id: { in: ids.replyClass } } : {},
      ids.valuable ? { id: { in: ids.valuable } } : {},
      ids.onTime ? { id: { in: ids.onTime } } : {},
      q.q ? { OR: [{ title: containsText(q.q) }, { content: containsText(q.q) }, { number: containsText(q.q) }] } : {},
    ],
  };
}

/** How many suggestions the list would show for this query (the landing pages' counts link to that list). */
export async function countSuggestions(actor: Actor, q: Partial<SuggestionListQuery>): Promise<number> {
  const ids = await idFilters(actor, q);
  return scopedDb(actor.townshipId).suggestion.count({ where: listWhere(actor, q, todayInChina(), ids) });
}

/** The ids the filters counted in SQL keep (null: no such filter). */
interface IdFilters {
  replyClass: string[] | null;
  valuable: string[] | null;
  onTime: string[] | null;
}

/**
 * `replyClass` (the latest reply's class), `valuable` (六个一: a deputy's own with `mine`) and `onTime` (the on-time
 * rate's suggestions of a year), each from the rule's one SQL query.
 */
async function idFilters(actor: Actor, q: Partial<SuggestionListQuery>): Promise<IdFilters> {
  const deputyId = q.mine === "true" && actor.deputyId ? actor.deputyId : undefined;
  if (q.onTime && !q.year) throw validation({ year: "年度：按时答复筛选须同时选择年度" });
  const [replyClass, valuable, onTime] = await Promise.all([
    q.replyClass ? latestReplyClassIds(actor.townshipId, q.replyClass, q.year) : null,
    q.valuable ? valuableSuggestionIds(db, actor.townshipId, { year: q.year, deputyId }) : null,
    q.onTime && q.year ? onTimeIds(actor.townshipId, { year: q.year, unitId: q.leadUnitId }, q.onTime) : null,
  ]);
  return { replyClass, valuable, onTime };
}

export async function listSuggestions(
  actor: Actor,
  q: SuggestionListQuery,
): Promise<ListResult<ReturnType<typeof summary>>> {
  const sdb = scopedDb(actor.townshipId);
  const today = todayInChina();
  const where = listWhere(actor, q, today, await idFilters(actor, q));
  const [{ rows, total }, settings] = await Promise.all([
    // The page and, beside it, its count (a shorter page shows where the list ends and discards the count).
    pageWithTotal(
      q,
      () =>
        sdb.suggestion.findMany({
          where,
          select: listSelect(actor.deputyId),
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          ...skipTake(q),
        }),
      () => sdb.suggestion.count({ where }),
      // A year of a township's suggestions is many pages: count beside the page.
      { parallel: true },
    ),
    getSettings(),
  ]);
  return {
    items: rows.map((s) => summary(s, today, actor, settings["suggestions.dueSoonDays"])),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * The list rows of the given suggestions, in the given order — for lists ordered in SQL (the unit
 * inbox). Read through the township-scoped client and filtered by what the actor may see.
 */
export async function summariesInOrder(actor: Actor, ids: string[]) {
  if (!ids.length) return [];
  const today = todayInChina();
  const soonDays = (await getSettings())["suggestions.dueSoonDays"];
  const rows = await scopedDb(actor.townshipId).suggestion.findMany({
    where: { AND: [{ id: { in: ids } }, visibleWhere(actor, false)] },
    select: listSelect(actor.deputyId),
  });
  const byId = new Map(rows.map((s) => [s.id, s]));
  return ids.flatMap((id) => {
    const s = byId.get(id);
    return s ? [summary(s, today, actor, soonDays)] : [];
  });
}

/**
 * What a list row shows and no more (not the text, notes or bookkeeping columns: the text alone is most of a row's
 * bytes): the row's own columns, the category, the lead unit, the lead proposer, and the actor when they co-signed
 * (so a co-signer still counts as a proposer once it is published).
 */
const listSelect = (deputyId: string | null) =>
  ({
    id: true,
    townshipId: true,
    kind: true,
    number: true,
    title: true,
    state: true,
    year: true,
    deadline: true,
    delayedTo: true,
    awaitingSignOff: true,
    published: true,
    motionDecision: true,
    signedOffAt: true,
    createdAt: true,
    category: { select: { name: true } },
    leadUnit: { select: { id: true, name: true } },
    proposers: {
      where: { OR: deputyId ? [{ lead: true }, { deputyId }] : [{ lead: true }] },
      select: { lead: true, deputy: { select: { id: true, name: true } } },
    },
  }) satisfies Prisma.SuggestionSelect;

type ListRow = Prisma.SuggestionGetPayload<{ select: ReturnType<typeof listSelect> }>;

/** Whether the rate step is open to the actor on a list row (its proposers include the actor when they signed it). */
function rateOpen(actor: Actor, s: ListRow, today: Date) {
  // The office may key a rating form in (代录), but is not "asked to rate".
  if (!actor.deputyId) return false;
  const proposer = !!actor.deputyId && s.proposers.some((p) => p.deputy.id === actor.deputyId);
  const rel = { proposer, leadProposer: false, unit: null };
  return SUGGESTION_STEPS.rate.available(actor, listRecordOf(s, rel), today) === true;
}

function summary(s: ListRow, today: Date, actor: Actor, soonDays = 14) {
  const due = dueDate(s);
  const open = s.state === "ASSIGNED" || s.state === "REHANDLING";
  const internal = seesInternalSteps(actor);
  const own = actor.role !== "DEPUTY" || s.proposers.some((p) => p.deputy.id === actor.deputyId) || !s.published;
  return {
    id: s.id,
    kind: s.kind,
    number: s.number,
    title: s.title,
    category: s.category.name,
    state: stateAsSeen(actor, s),
    year: s.year,
    leadUnit: s.awaitingSignOff && !internal ? null : s.leadUnit,
    deadline: due ? formatDay(due) : null,
    due: open && due ? dueStatus(due, today, soonDays) : null,
    /** 逾期 3 天 · 今天到期 · 还剩 5 天: the same words as the reminder lists (lib/time/due.ts). */
    dueText: open && due ? countdown(due, today, soonDays).text : null,
    leadProposer: own ? (s.proposers.find((p) => p.lead)?.deputy.name ?? null) : null,
    createdAt: s.createdAt,
    signedOff: !!s.signedOffAt,
    /** Assigned and waiting for the chair's 签发 (shown to the office, chair and presidium only). */
    awaitingSignOff: internal && s.awaitingSignOff,
    /** The actor, a proposer, is asked to rate the reply (the rate step is open). */
    toRate: rateOpen(actor, s, today),
  };
}

/**
 * 提出日期: the day given (not after today: lib/records/on-behalf.ts), or today. A suggestion may be
 * raised for a session before it opens (motions are gathered beforehand), so the session does not
 * bound the day; it must be the township's.
 */
async function raisedOnOf(tx: ScopedTx, input: SuggestionCreateInput, today: Date) {
  if (input.sessionId && !(await tx.congressSession.findUnique({ where: { id: input.sessionId } })))
    throw validation({ sessionId: "会议：不存在" });
  return occurredDay(input.raisedOn, { field: "raisedOn", label: "提出日期", today });
}

/**
 * A deputy submits their own (lead proposer); the office submits on a deputy's behalf. Co-signers
 * must be sitting deputies; a motion needs at least five deputies jointly (地方组织法 第二十二条第二款: 代表五人以上联名).
 */
export async function createSuggestion(actor: Actor, input: SuggestionCreateInput, files: UploadedFile[] = []) {
  return scopedDb(actor.townshipId).$transaction((tx) => createSuggestionIn(tx, actor, input, files));
}

/** The same inside the caller's transaction (a suggestion raised during a supervision activity and its link). */
export async function createSuggestionIn(
  tx: ScopedTx,
  actor: Actor,
  input: SuggestionCreateInput,
  files: UploadedFile[] = [],
) {
  const leadId = actor.role === "DEPUTY" ? actor.deputyId : input.deputyId;
  if (!leadId) throw validation({ deputyId: "领衔代表：请选择代表" });
  const term = await currentTermOrThrow(tx);
  const today = todayInChina();
  const ids = [...new Set([leadId, ...input.cosignerIds])];
  const sitting = await tx.deputy.count({ where: { ...sittingWhere(term.id, today), id: { in: ids } } });
  if (sitting !== ids.length)
    throw validation(
      leadId && input.cosignerIds.length
        ? { cosignerIds: "附议代表：须是在任代表" }
        : { deputyId: "领衔代表：须是在任代表" },
    );
  const min = (await getSettings())["suggestions.motionMinDeputies"];
  if (input.kind === "MOTION" && ids.length < min)
    throw validation({ cosignerIds: `附议代表：议案须由 ${min} 名以上代表联名提出（现有 ${ids.length} 名）` });
  await assertActiveCategory(tx, input.categoryId);
  const raisedOn = await raisedOnOf(tx, input, today);
  const state = input.draft ? "DRAFT" : "SUBMITTED";
  const s = await tx.suggestion.create({
    data: {
      townshipId: actor.townshipId,
      kind: input.kind,
      title: input.title,
      content: input.content,
      categoryId: input.categoryId,
      sessionId: input.sessionId ?? null,
      raisedOn,
      state,
      year: raisedOn.getUTCFullYear(),
      createdById: actor.userId,
    },
  });
  await tx.suggestionProposer.createMany({
    data: ids.map((deputyId) => ({
      townshipId: actor.townshipId,
      suggestionId: s.id,
      deputyId,
      lead: deputyId === leadId,
    })),
  });
  await tx.suggestionEvent.create({
    data: {
      townshipId: actor.townshipId,
      suggestionId: s.id,
      type: input.draft ? "drafted" : "submitted",
      toState: state,
      actorUserId: actor.userId,
    },
  });
  await recordAudit(tx, subjectOf(actor), {
    action: "suggestion.created",
    recordType: "Suggestion",
    recordId: s.id,
    after: { ...s, proposers: ids },
  });
  const attachments = await storeAttachments(tx, actor, s.id, null, files);
  return { id: s.id, state: s.state, version: s.version, attachments };
}

/** Title, content and category may change until the office registers it (proposer or office). */
export async function updateSuggestion(actor: Actor, id: string, input: SuggestionUpdateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { s, rel } = await loadSuggestion(tx, actor, id);
    if (!(actor.role === "OFFICE" || rel.leadProposer)) throw new AppError("FORBIDDEN");
    if (!["DRAFT", "SUBMITTED"].includes(s.state)) throw conflict("登记后不能再修改建议内容");
    if (s.version !== input.version) throw conflict("建议已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
    const { version, ...changes } = input;
    if (changes.categoryId && changes.categoryId !== s.categoryId) await assertActiveCategory(tx, changes.categoryId);
    const after = await tx.suggestion.update({
      where: { id, version },
      data: { ...changes, version: { increment: 1 } },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "suggestion.updated",
      recordType: "Suggestion",
      recordId: id,
      before: s,
      after,
    });
    return { id, version: after.version };
  });
}
