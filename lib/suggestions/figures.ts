// Oversight figures (办理情况统计) for a year, optionally one session (or the recess) and one lead
// unit: counted in PostgreSQL with one GROUPING SETS query, so a township-year of thousands of
// suggestions costs one round trip and no timeline is loaded into JavaScript. Every number comes
// from the records; the rules for each are written next to the SQL that counts them.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SuggestionState } from "@/lib/generated/prisma/enums";
import { formatDay, todayInChina } from "@/lib/time/day";
import { getSettings } from "@/lib/settings";
import { percent } from "@/lib/suggestions/rules";
import { sessionOfficialName } from "@/lib/text/names";
import { countsOf, EMPTY_COUNTS, n, type CountRow } from "@/lib/suggestions/counts";

export { countsOf, EMPTY_COUNTS, type CountRow, type Counts } from "@/lib/suggestions/counts";

/** `sessionId` is a session's id, or "recess" for those raised between sessions (闭会期间). */
export interface FiguresFilter {
  year: number;
  sessionId?: string;
  unitId?: string;
  /** Only those raised up to this day (the half-year brief); those without a raising day by their creation. */
  through?: Date;
}

export const RECESS = "recess";

interface GroupRow extends CountRow {
  g_unit: number;
  g_session: number;
  g_category: number;
  g_state: number;
  unit_id: string | null;
  session_id: string | null;
  category_id: string | null;
  state: SuggestionState | null;
}

/**
 * The suggestions the figures count: the year's, less drafts, withdrawn and merged ones, and less
 * motions the presidium placed on the session's agenda (the session deals with those, not a unit).
 */
export function counted(townshipId: string, f: FiguresFilter): Prisma.Sql {
  const session = !f.sessionId
    ? Prisma.empty
    : f.sessionId === RECESS
      ? Prisma.sql`AND s."sessionId" IS NULL`
      : Prisma.sql`AND s."sessionId" = ${f.sessionId}::uuid`;
  const unit = f.unitId ? Prisma.sql`AND s."leadUnitId" = ${f.unitId}::uuid` : Prisma.empty;
  const through = f.through
    ? Prisma.sql`AND COALESCE(s."raisedOn", (s."createdAt" AT TIME ZONE 'Asia/Shanghai')::date) <= ${f.through}::date`
    : Prisma.empty;
  return Prisma.sql`
    SELECT s."id", s."sessionId", s."leadUnitId", s."categoryId", s."state", s."deadline", s."delayedTo", s."assignedOn", s."broad"
    FROM "Suggestion" s
    WHERE s."townshipId" = ${townshipId}::uuid AND s."year" = ${f.year}
      AND s."state" NOT IN ('DRAFT', 'WITHDRAWN', 'MERGED') AND s."motionDecision" IS DISTINCT FROM 'PLACE_ON_AGENDA' ${session} ${unit} ${through}`;
}

/** The same selection as `counted` (less its year, session and unit) for the list's `counted=true` filter. */
export const countedWhere: Prisma.SuggestionWhereInput = {
  state: { notIn: ["DRAFT", "WITHDRAWN", "MERGED"] },
  OR: [{ motionDecision: null }, { motionDecision: { not: "PLACE_ON_AGENDA" } }],
};

/**
 * The suggestions whose latest reply is of class `cls` — `last_class` below, the one rule — for the
 * list's `replyClass` filter (a year narrows the scan to that year's suggestions).
 */
export async function latestReplyClassIds(townshipId: string, cls: "A" | "B" | "C", year?: number) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT l.id FROM (
      SELECT DISTINCT ON (e."suggestionId") e."suggestionId" AS id, e."replyClass"::text AS cls
      FROM "SuggestionEvent" e JOIN "Suggestion" s ON s."id" = e."suggestionId"
      WHERE e."townshipId" = ${townshipId}::uuid AND e."type" = 'reply'
        ${year ? Prisma.sql`AND s."year" = ${year}` : Prisma.empty}
      ORDER BY e."suggestionId", e."createdAt" DESC, e."id" DESC
    ) l WHERE l.cls = ${cls}`;
  return rows.map((r) => r.id);
}

type Months = { normal: number; broad: number };

/**
 * Per suggestion: the outcome read from its timeline (replies, ratings, the delay notice), then (groupCounts)
 * counted for the whole selection and per lead unit, session, category and state in one pass.
 *
 * On time: the day of the first reply — the day it really happened (`occurredOn`, a paper reply
 * keyed later, lib/records/on-behalf.ts), else the day (China time) it was keyed — is on or before
 * the due date in force when it was given. Replies record that date on their event (`date`); for replies recorded before that,
 * it is the delay notice's date if the notice came first, else the deadline — which is still the
 * stored one unless a 不满意 rating reset it, and otherwise is recomputed from the assignment
 * (three months, six for broad ones: the settings).
 *
 * The selection (`counted`) with each suggestion's outcome as the figures count it — `d`: replied, on_time,
 * last_class, last_rating, sent_back, delayed, in_hand, overdue — for the counts below and the list's `onTime` filter.
 */
function outcomes(townshipId: string, f: FiguresFilter, today: string, months: Months): Prisma.Sql {
  return Prisma.sql`
    WITH s AS (${counted(townshipId, f)}),
    -- Computed once: when the statistics are stale (a young township, a table analysed while nearly empty) the
    -- planner may think s has one row and join e in a nested loop, which re-ran the aggregation for every row.
    e AS MATERIALIZED (
      SELECT e."suggestionId" AS id,
        min(e."createdAt") FILTER (WHERE e."type" = 'reply') AS first_reply_at,
        (array_agg(COALESCE(e."occurredOn", (e."createdAt" AT TIME ZONE 'Asia/Shanghai')::date) ORDER BY e."createdAt", e."id") FILTER (WHERE e."type" = 'reply'))[1] AS first_reply_on,
        (array_agg(e."date" ORDER BY e."createdAt", e."id") FILTER (WHERE e."type" = 'reply'))[1] AS first_reply_due,
        (array_agg(e."replyClass"::text ORDER BY e."createdAt" DESC, e."id" DESC) FILTER (WHERE e."type" = 'reply'))[1] AS last_class,
        (array_agg(e."rating"::text ORDER BY e."createdAt" DESC, e."id" DESC) FILTER (WHERE e."type" = 'rating'))[1] AS last_rating,
        count(*) FILTER (WHERE e."type" = 'rating' AND e."rating" = 'UNSATISFIED') AS sent_back,
        min(e."createdAt") FILTER (WHERE e."type" = 'delay') AS delay_at,
        (array_agg(e."date" ORDER BY e."createdAt", e."id") FILTER (WHERE e."type" = 'delay'))[1] AS delay_date
      FROM "SuggestionEvent" e
      WHERE e."townshipId" = ${townshipId}::uuid AND e."type" IN ('reply', 'rating', 'delay') AND e."suggestionId" IN (SELECT "id" FROM s)
      GROUP BY e."suggestionId"
    ),
    d AS (
      SELECT s."id", s."leadUnitId", s."sessionId", s."categoryId", s."state",
        e.first_reply_at IS NOT NULL AS replied,
        e.first_reply_at IS NOT NULL AND e.first_reply_on <= COALESCE(
          e.first_reply_due,
          CASE WHEN e.delay_at < e.first_reply_at THEN e.delay_date END,
          CASE WHEN e.sent_back = 0 THEN s."deadline" END,
          (s."assignedOn" + make_interval(months => CASE WHEN s."broad" THEN ${months.broad}::int ELSE ${months.normal}::int END))::date
        ) AS on_time,
        e.last_class, e.last_rating, COALESCE(e.sent_back, 0) AS sent_back, e.delay_at IS NOT NULL AS delayed,
        s."state" IN ('ASSIGNED', 'REHANDLING') AS in_hand,
        s."state" IN ('ASSIGNED', 'REHANDLING') AND COALESCE(s."delayedTo", s."deadline") < ${today}::date AS overdue
      FROM s LEFT JOIN e ON e.id = s."id"
    )
`;
}

async function groupCounts(townshipId: string, f: FiguresFilter, today: string, months: Months) {
  return db.$queryRaw<GroupRow[]>`
    ${outcomes(townshipId, f, today, months)}
    SELECT
      GROUPING(d."leadUnitId")::int AS g_unit, GROUPING(d."sessionId")::int AS g_session, GROUPING(d."categoryId")::int AS g_category, GROUPING(d."state")::int AS g_state,
      d."leadUnitId"::text AS unit_id, d."sessionId"::text AS session_id, d."categoryId"::text AS category_id, d."state"::text AS state,
      count(*) AS total,
      count(*) FILTER (WHERE d.replied) AS replied,
      count(*) FILTER (WHERE d.on_time) AS on_time,
      count(*) FILTER (WHERE d.last_class = 'A') AS class_a,
      count(*) FILTER (WHERE d.last_class = 'B') AS class_b,
      count(*) FILTER (WHERE d.last_class = 'C') AS class_c,
      count(*) FILTER (WHERE d.last_rating IS NOT NULL) AS rated,
      count(*) FILTER (WHERE d.last_rating = 'SATISFIED') AS satisfied,
      count(*) FILTER (WHERE d.last_rating = 'BASICALLY_SATISFIED') AS basically,
      count(*) FILTER (WHERE d.last_rating = 'UNSATISFIED') AS unsatisfied,
      count(*) FILTER (WHERE d.sent_back > 0) AS rehandled,
      COALESCE(sum(d.sent_back), 0)::bigint AS rehandlings,
      count(*) FILTER (WHERE d.delayed) AS delayed,
      count(*) FILTER (WHERE d.overdue) AS overdue,
      count(*) FILTER (WHERE d.overdue AND NOT d.replied) AS overdue_unanswered,
      count(*) FILTER (WHERE d.in_hand) AS in_hand
    FROM d
    GROUP BY GROUPING SETS ((), (d."leadUnitId"), (d."sessionId"), (d."categoryId"), (d."state"))`;
}

/**
 * The suggestions behind the on-time rate of a year (optionally one lead unit): `base` those it is counted over
 * (replied, or overdue and unanswered), `true` those answered on time — the list's `onTime` filter, so the rate
 * opens exactly its records.
 */
export async function onTimeIds(townshipId: string, f: FiguresFilter, which: "base" | "true"): Promise<string[]> {
  const { today, months } = await outcomeSettings();
  const rows = await db.$queryRaw<{ id: string }[]>`
    ${outcomes(townshipId, f, today, months)}
    SELECT d."id" FROM d WHERE ${which === "true" ? Prisma.sql`d.on_time` : Prisma.sql`d.replied OR d.overdue`}`;
  return rows.map((r) => r.id);
}

/** Today (China) and the reply periods (settings), which the outcome rules read. */
async function outcomeSettings(): Promise<{ today: string; months: Months }> {
  const settings = await getSettings();
  return {
    today: formatDay(todayInChina()),
    months: { normal: settings["suggestions.replyMonths"], broad: settings["suggestions.broadReplyMonths"] },
  };
}

/**
 * How many units lead (主办) the selection and how many take part with the co-units (协办); and,
 * without a unit filter, how many motions went on the agenda instead.
 */
async function unitCount(townshipId: string, f: FiguresFilter) {
  const session = !f.sessionId
    ? Prisma.empty
    : f.sessionId === RECESS
      ? Prisma.sql`AND m."sessionId" IS NULL`
      : Prisma.sql`AND m."sessionId" = ${f.sessionId}::uuid`;
  const [row] = await db.$queryRaw<{ lead_units: bigint; all_units: bigint; on_agenda: bigint }[]>`
    WITH s AS (${counted(townshipId, f)})
    SELECT count(DISTINCT a."unitId") FILTER (WHERE a."lead") AS lead_units, count(DISTINCT a."unitId") AS all_units,
      (SELECT count(*) FROM "Suggestion" m WHERE m."townshipId" = ${townshipId}::uuid AND m."year" = ${f.year} AND m."motionDecision" = 'PLACE_ON_AGENDA'
         AND m."state" NOT IN ('DRAFT', 'WITHDRAWN', 'MERGED') AND ${f.unitId ? Prisma.sql`false` : Prisma.sql`true`} ${session}) AS on_agenda
    FROM "SuggestionAssignment" a
    WHERE a."townshipId" = ${townshipId}::uuid AND a."active" AND a."suggestionId" IN (SELECT "id" FROM s)`;
  return { leadUnits: n(row?.lead_units), allUnits: n(row?.all_units), onAgenda: n(row?.on_agenda) };
}

/** A session's official name (清水镇第十七届人民代表大会第一次会议), from a row selected with SESSION_NAME_SELECT. */
export const sessionLabel = (s: { number: number; term: { number: number }; township: { name: string } }) =>
  sessionOfficialName(s.township.name, s.term.number, s.number);
export const SESSION_NAME_SELECT = {
  number: true,
  term: { select: { number: true } },
  township: { select: { name: true } },
} as const;

/** Reads the rows of `list`, and sends no query for an empty list (the ORM would still send one). */
const named = <T>(list: string[], read: (ids: string[]) => Promise<T[]>) =>
  list.length ? read(list) : Promise.resolve([]);

/**
 * The figures of a year (optionally one session, or the recess, and one lead unit): the totals,
 * by state, by category, per lead unit and per session, each with the same counts and rates.
 */
export async function suggestionFigures(actor: Actor, filter: FiguresFilter) {
  return suggestionFiguresOf(actor.townshipId, filter);
}

/** The same figures of a township named by id (the annual summary, which has no actor of its own). */
export async function suggestionFiguresOf(townshipId: string, filter: FiguresFilter) {
  const sdb = scopedDb(townshipId);
  const { today, months } = await outcomeSettings();
  const [rows, units] = await Promise.all([
    groupCounts(townshipId, filter, today, months),
    unitCount(townshipId, filter),
  ]);

  const all = rows.find((r) => r.g_unit && r.g_session && r.g_category && r.g_state);
  const byUnit = rows.filter((r) => !r.g_unit);
  const bySession = rows.filter((r) => !r.g_session);
  const byCategory = rows.filter((r) => !r.g_category);
  const byStateRows = rows.filter((r) => !r.g_state);

  const ids = (list: GroupRow[], key: "unit_id" | "session_id" | "category_id") =>
    list.map((r) => r[key]).filter((v): v is string => !!v);
  const [unitNames, sessions, categoryNames] = await Promise.all([
    named(ids(byUnit, "unit_id"), (in_) =>
      sdb.handlingUnit.findMany({ where: { id: { in: in_ } }, select: { id: true, name: true } }),
    ),
    named(ids(bySession, "session_id"), (in_) =>
      sdb.congressSession.findMany({
        where: { id: { in: in_ } },
        select: { id: true, startDate: true, ...SESSION_NAME_SELECT },
      }),
    ),
    named(ids(byCategory, "category_id"), (in_) =>
      sdb.suggestionCategory.findMany({
        where: { id: { in: in_ } },
        select: { id: true, name: true, position: true },
      }),
    ),
  ]);
  const unitName = new Map(unitNames.map((u) => [u.id, u.name]));
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  const categoryById = new Map(categoryNames.map((c) => [c.id, c]));

  const counts = all ? countsOf(all) : EMPTY_COUNTS;
  return {
    year: filter.year,
    sessionId: filter.sessionId ?? null,
    unitId: filter.unitId ?? null,
    asOf: today,
    ...counts,
    byState: Object.fromEntries(byStateRows.map((r) => [r.state, n(r.total)])) as Partial<
      Record<SuggestionState, number>
    >,
    /** Distinct lead units, and all units with the co-units. */
    leadUnits: units.leadUnits,
    allUnits: units.allUnits,
    /** Motions placed on the session's agenda (not in the counts above). */
    onAgenda: units.onAgenda,
    /** Per lead unit, most suggestions first; not yet assigned ones are `unassigned`. */
    units: byUnit
      .filter((r) => r.unit_id)
      .map((r) => ({ id: r.unit_id!, name: unitName.get(r.unit_id!) ?? "（未知单位）", ...countsOf(r) }))
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, "zh-CN")),
    unassigned: n(byUnit.find((r) => !r.unit_id)?.total),
    /** Per session, oldest first, then those raised in recess (`id` null). */
    sessions: bySession
      .map((r) => {
        const s = r.session_id ? sessionById.get(r.session_id) : undefined;
        return {
          id: r.session_id,
          name: s ? sessionLabel(s) : "闭会期间",
          startDate: s ? formatDay(s.startDate) : null,
          ...countsOf(r),
        };
      })
      .sort((a, b) => (a.startDate ?? "9999").localeCompare(b.startDate ?? "9999")),
    /** Per category, in the category list's order. */
    byCategory: byCategory
      .map((r) => {
        const c = categoryById.get(r.category_id!);
        return {
          id: r.category_id!,
          name: c?.name ?? "其他",
          position: c?.position ?? 999,
          total: n(r.total),
          share: percent(n(r.total), counts.total),
        };
      })
      .sort((a, b) => a.position - b.position),
  };
}

export type SuggestionFigures = Awaited<ReturnType<typeof suggestionFiguresOf>>;
