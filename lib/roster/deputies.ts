import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict, notFound, validation } from "@/lib/http/errors";
import { pageWithTotal, parseOrThrow, skipTake, type ListResult } from "@/lib/http/validation";
import { Prisma, type Deputy } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { canChangeDeputyPhoto, canViewDeputyPhoto, deputyEditScope, deputyViewFor } from "@/lib/roster/policy";
import { presentDeputy, type PresentedDeputy } from "@/lib/roster/present";
import { unitDeputySql } from "@/lib/suggestions/public";
import { handledByUnit } from "@/lib/roster/unit-view";
import { entryStartDate, statusChangeProblem } from "@/lib/roster/rules";
import { idNumberBirthDate, idNumberGender } from "@/lib/text/id-number";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import {
  DeputySelfUpdateInput,
  DeputyUpdateInput,
  type DeputyCreateInput,
  type DeputyListQuery,
  type DeputyStatusInput,
} from "@/lib/roster/schema";
import { currentTerm, currentTermOrThrow } from "@/lib/roster/terms";
import { containsText, likeContaining } from "@/lib/db/search";
import { deputyNameOrderSql, nameOrder } from "@/lib/roster/name-order";
import { reviewSql, reviewWhere } from "@/lib/roster/review";
import { resolveConstituency } from "@/lib/roster/constituencies";

const withGroup = { group: { select: { id: true, name: true } } } as const;

/**
 * The filter for a roster query through the ORM (the export): the given term or the current one
 * (a join, not a separate lookup). `deputySqlWhere` below is the same filter for the list's SQL.
 */
export function deputyWhere(q: DeputyListQuery): Prisma.DeputyWhereInput {
  return {
    ...(q.termId ? { termId: q.termId } : { term: { isCurrent: true } }),
    ...(q.q ? { name: containsText(q.q) } : {}),
    ...(q.groupId ? { groupId: q.groupId } : {}),
    ...(q.level ? { levels: { has: q.level } } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(q.constituency ? { constituency: q.constituency } : {}),
    ...(q.party ? { party: q.party } : {}),
    ...(q.review ? reviewWhere() : {}),
  };
}

/**
 * Roles that see only part of a record may not filter or sort by what they cannot see (a filter
 * on party would reveal it): deputies keep name, group, level and status; units the name only.
 */
export function restrictQuery(actor: Actor, q: DeputyListQuery): DeputyListQuery {
  if (actor.role === "DEPUTY")
    return { ...q, party: undefined, constituency: undefined, review: undefined, sort: "name" };
  if (actor.role === "UNIT")
    return {
      ...q,
      party: undefined,
      constituency: undefined,
      review: undefined,
      groupId: undefined,
      level: undefined,
      status: "SITTING",
      sort: "name",
    };
  return q;
}

/**
 * The roster list: one SQL statement for the page (the group joined in), and a count only when the
 * page does not show the end. Written in SQL rather than through the ORM because it is the most
 * used list of all (every picker of deputies reads it) and the ORM's query building cost about a
 * sixth of the request's server CPU; the filter is `deputyWhere`'s, and
 * tests/integration/roster/roster-query.test.ts checks the two against each other on random queries.
 */
export async function listDeputies(actor: Actor, query: DeputyListQuery): Promise<ListResult<PresentedDeputy>> {
  const q = restrictQuery(actor, query);
  const unit = actor.role === "UNIT";
  // A unit lists only the deputies whose suggestions it handles (need to know; `handledByUnit` below).
  const where = unit
    ? Prisma.sql`${deputySqlWhere(actor.townshipId, q)} AND ${actor.unitId ? unitDeputySql(actor.townshipId, actor.unitId) : Prisma.sql`FALSE`}`
    : deputySqlWhere(actor.townshipId, q);
  const { skip, take } = skipTake(q);
  const dir = q.order === "desc" ? "desc" : "asc";
  const orderBy =
    q.sort === "name"
      ? deputyNameOrderSql(await nameOrder(), "d", dir)
      : Prisma.sql`${SORT_COLUMNS[q.sort]} ${dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`}`;
  const { rows, total } = await pageWithTotal(
    q,
    () => db.$queryRaw<DeputyListRow[]>`
      SELECT d.*, CASE WHEN g."id" IS NULL THEN NULL ELSE json_build_object('id', g."id", 'name', g."name") END AS "group"
      FROM "Deputy" d LEFT JOIN "RepresentativeGroup" g ON g."id" = d."groupId"
      WHERE ${where}
      ORDER BY ${orderBy}, d."id" ASC
      LIMIT ${take} OFFSET ${skip}`,
    async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Deputy" d WHERE ${where}`)[0].n,
  );
  const items = rows.map((d) => presentDeputy(d, deputyViewFor(actor, { ...d, handledByUnit: unit })!));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

type DeputyListRow = Deputy & { group: { id: string; name: string } | null };

/** The other sorts; by name is the township's name order (`deputyNameOrderSql`). */
const SORT_COLUMNS: Record<Exclude<DeputyListQuery["sort"], "name">, Prisma.Sql> = {
  birthDate: Prisma.sql`d."birthDate"`,
  constituency: Prisma.sql`d."constituencyKey"`,
  startDate: Prisma.sql`d."startDate"`,
};

/** `deputyWhere` in SQL, with the township scope: the term given or the current one, and each filter set. */
function deputySqlWhere(townshipId: string, q: DeputyListQuery): Prisma.Sql {
  const parts = [
    Prisma.sql`d."townshipId" = ${townshipId}::uuid`,
    q.termId
      ? Prisma.sql`d."termId" = ${q.termId}::uuid`
      : Prisma.sql`d."termId" IN (SELECT t."id" FROM "Term" t WHERE t."townshipId" = ${townshipId}::uuid AND t."isCurrent")`,
  ];
  if (q.q) parts.push(Prisma.sql`d."name" ILIKE ${likeContaining(q.q)}`);
  if (q.groupId) parts.push(Prisma.sql`d."groupId" = ${q.groupId}::uuid`);
  if (q.level) parts.push(Prisma.sql`${q.level} = ANY(d."levels")`);
  if (q.status) parts.push(Prisma.sql`d."status" = ${q.status}::"DeputyStatus"`);
  if (q.constituency) parts.push(Prisma.sql`d."constituency" = ${q.constituency}`);
  if (q.party) parts.push(Prisma.sql`d."party" = ${q.party}`);
  if (q.review) parts.push(reviewSql());
  return Prisma.join(parts, " AND ");
}

/** A deputy's profile as the actor may see it; with the status history where the view is not public. */
export async function getDeputyOrThrow(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const d = await sdb.deputy.findUnique({
    where: { id },
    include: { ...withGroup, term: { select: { number: true } } },
  });
  if (!d) throw notFound("代表不存在");
  const view = deputyViewFor(actor, { ...d, handledByUnit: await handledByUnit(actor, id) });
  if (!view) throw notFound("代表不存在");
  const detailed = view === "FULL" || view === "CONTACT";
  const [history, members] = detailed
    ? await Promise.all([
        sdb.deputyStatusChange.findMany({
          where: { deputyId: id },
          orderBy: [{ effectiveDate: "asc" }, { createdAt: "asc" }],
        }),
        sdb.presidiumLink.findMany({
          where: { deputyId: id },
          include: { member: { select: { id: true, displayName: true } } },
        }),
      ])
    : [[], []];
  return {
    ...presentDeputy(d, view),
    termNumber: d.term.number,
    history: history.map((h) => ({
      id: h.id,
      status: h.status,
      effectiveDate: formatDay(h.effectiveDate),
      reason: h.reason,
      /** A correction's entry (更正) names the entry it reverses; that one is then marked as corrected. */
      correctsId: h.correctsId,
      corrected: history.some((c) => c.correctsId === h.id),
    })),
    presidiumMembers: members.map((m) => m.member),
    canEdit: deputyEditScope(actor, d),
    /** Changes with every upload, so the page's <img> never shows a cached old photo; null without a photo or the right to see it. */
    photoVersion: d.photoKey && canViewDeputyPhoto(actor, d) ? d.photoKey.slice(d.photoKey.lastIndexOf("/") + 1) : null,
    canChangePhoto: canChangeDeputyPhoto(actor, d),
  };
}

/** Same name and birth date, or same ID number, in one term is the same person. */
async function assertNotDuplicate(
  tx: ScopedTx,
  termId: string,
  v: { name: string; birthDate: Date; idNumber: string | null },
  exceptId?: string,
) {
  const not = exceptId ? { id: { not: exceptId } } : {};
  if (await tx.deputy.findFirst({ where: { termId, name: v.name, birthDate: v.birthDate, ...not } }))
    throw conflict("本届已有同名、同出生日期的代表", { name: "姓名：本届已有同名、同出生日期的代表" });
  if (v.idNumber && (await tx.deputy.findFirst({ where: { termId, idNumber: v.idNumber, ...not } })))
    throw conflict("本届已有相同身份证号的代表", { idNumber: "身份证号：本届已有相同身份证号的代表" });
}

async function assertGroupExists(tx: ScopedTx, groupId: string | null | undefined) {
  if (groupId && !(await tx.representativeGroup.findUnique({ where: { id: groupId } })))
    throw validation({ groupId: "代表小组：不存在" });
}

/** Creates one deputy in the current term, with the first entry of their status history. */
export async function insertDeputy(
  tx: ScopedTx,
  actor: Actor,
  termId: string,
  termStart: Date,
  input: DeputyCreateInput,
) {
  const birthDate = parseDay(input.birthDate);
  const startDate = entryStartDate(input.startDate ? parseDay(input.startDate) : null, termStart, todayInChina());
  await assertNotDuplicate(tx, termId, { name: input.name, birthDate, idNumber: input.idNumber });
  await assertGroupExists(tx, input.groupId);
  const district = await resolveConstituency(tx, termId, input.constituency);
  const d = await tx.deputy.create({
    data: { ...input, ...district, townshipId: actor.townshipId, termId, birthDate, startDate },
    include: withGroup,
  });
  await tx.deputyStatusChange.create({
    data: {
      townshipId: actor.townshipId,
      deputyId: d.id,
      status: "SITTING",
      effectiveDate: startDate,
      reason: input.joinMethod === "BY_ELECTION" ? "补选" : "当选",
      createdById: actor.userId,
    },
  });
  return d;
}

export async function createDeputy(actor: Actor, input: DeputyCreateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const term = await currentTermOrThrow(tx);
    if (input.startDate && parseDay(input.startDate) < term.startDate)
      throw validation({ startDate: "任职日期：不能早于本届开始日期" });
    const d = await insertDeputy(tx, actor, term.id, term.startDate, input);
    await recordAudit(tx, subjectOf(actor), {
      action: "deputy.created",
      recordType: "Deputy",
      recordId: d.id,
      after: d,
    });
    return presentDeputy(d, "FULL");
  });
}

/** The office edits the whole record; a deputy only the phone and address of their own. */
export async function updateDeputy(actor: Actor, id: string, body: unknown) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await tx.deputy.findUnique({ where: { id }, include: withGroup });
    if (!before) throw notFound("代表不存在");
    const scope = deputyEditScope(actor, before);
    if (!scope) throw new AppError(deputyViewFor(actor, before) ? "FORBIDDEN" : "NOT_FOUND");
    const input = scope === "ALL" ? parseOrThrow(DeputyUpdateInput, body) : parseOrThrow(DeputySelfUpdateInput, body);
    if (before.version !== input.version) throw conflict("该代表信息已被他人修改，请刷新后重试");
    const { version, ...changes } = input as DeputyUpdateInput;
    const data: Prisma.DeputyUncheckedUpdateInput = { ...changes, version: { increment: 1 } };
    if (changes.birthDate) data.birthDate = parseDay(changes.birthDate);
    if (changes.startDate) data.startDate = parseDay(changes.startDate);
    if (scope === "ALL") {
      // The ID number must agree with the birth date and gender as they will be after the edit.
      const idNumber = changes.idNumber === undefined ? before.idNumber : changes.idNumber;
      const birthDate = changes.birthDate ? parseDay(changes.birthDate) : before.birthDate;
      if (idNumber && idNumberBirthDate(idNumber)?.getTime() !== birthDate.getTime())
        throw validation({ idNumber: "身份证号：与出生日期不一致" });
      if (idNumber && idNumberGender(idNumber) !== (changes.gender ?? before.gender))
        throw validation({ idNumber: "身份证号：与性别不一致" });
      await assertNotDuplicate(
        tx,
        before.termId,
        {
          name: changes.name ?? before.name,
          birthDate: changes.birthDate ? parseDay(changes.birthDate) : before.birthDate,
          idNumber: changes.idNumber === undefined ? before.idNumber : changes.idNumber,
        },
        id,
      );
      await assertGroupExists(tx, changes.groupId);
      if (changes.constituency) Object.assign(data, await resolveConstituency(tx, before.termId, changes.constituency));
    }
    const after = await tx.deputy.update({ where: { id, version }, data, include: withGroup });
    await recordAudit(tx, subjectOf(actor), {
      action: "deputy.updated",
      recordType: "Deputy",
      recordId: id,
      before,
      after,
    });
    return presentDeputy(after, deputyViewFor(actor, after)!);
  });
}

const STATUS_PROBLEMS = {
  SAME_STATUS: "变动类型：与当前状态相同",
  NOT_SITTING: "变动类型：该代表已不在任",
  BEFORE_START: "生效日期：不能早于任职日期",
  IN_FUTURE: "生效日期：不能晚于今天",
} as const;

/** 辞职、调离、罢免、去世: the deputy stops sitting from the effective date on. */
export async function changeDeputyStatus(actor: Actor, id: string, input: DeputyStatusInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await tx.deputy.findUnique({ where: { id } });
    if (!before) throw notFound("代表不存在");
    const effectiveDate = parseDay(input.effectiveDate);
    const problem = statusChangeProblem(before, { status: input.status, effectiveDate }, todayInChina());
    if (problem) {
      const message = STATUS_PROBLEMS[problem];
      throw problem === "NOT_SITTING" || problem === "SAME_STATUS"
        ? conflict(message, { status: message })
        : validation({ effectiveDate: message });
    }
    // At the version read: a second identical change racing this one finds it gone (409), not sitting twice.
    const after = await tx.deputy.update({
      where: { id, version: before.version },
      data: { status: input.status, leftDate: effectiveDate, version: { increment: 1 } },
      include: withGroup,
    });
    await tx.deputyStatusChange.create({
      data: {
        townshipId: actor.townshipId,
        deputyId: id,
        status: input.status,
        effectiveDate,
        reason: input.reason,
        createdById: actor.userId,
      },
    });
    // A deputy who left is no longer anyone's linked deputy or a group's leader.
    await tx.presidiumLink.deleteMany({ where: { deputyId: id } });
    await tx.representativeGroup.updateMany({ where: { leaderId: id }, data: { leaderId: null } });
    await recordAudit(tx, subjectOf(actor), {
      action: "deputy.status_changed",
      recordType: "Deputy",
      recordId: id,
      before,
      after: { ...after, reason: input.reason },
    });
    return presentDeputy(after, "FULL");
  });
}

/**
 * Sitting deputies of a term on a date (default: the current term) — the base for quorum and
 * "majority of all deputies". Same rule as `isSittingOn` in rules.ts, counted in SQL.
 */
export async function sittingCountOn(townshipId: string, date: Date, termId?: string): Promise<number> {
  const sdb = scopedDb(townshipId);
  const term = termId ?? (await currentTerm(sdb))?.id;
  if (!term) return 0;
  return sdb.deputy.count({ where: sittingWhere(term, date) });
}

/** The filter behind `sittingCountOn`: in the term, started on or before the date, not yet left. */
export function sittingWhere(termId: string, date: Date): Prisma.DeputyWhereInput {
  return { termId, startDate: { lte: date }, OR: [{ leftDate: null }, { leftDate: { gt: date } }] };
}
