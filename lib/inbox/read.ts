import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  inboxSources,
  type DueItemsParams,
  type InboxRow,
  type InboxSource,
  type UnitItemsParams,
} from "@/lib/inbox/sources";

interface Paging {
  /** Only these sources (default: every registered one). */
  kinds?: readonly string[];
  skip: number;
  take: number;
}

function union(sources: InboxSource[], part: (s: InboxSource) => Prisma.Sql): Prisma.Sql {
  return Prisma.join(
    sources.map((s) => Prisma.sql`(${part(s)})`),
    " UNION ALL ",
  );
}

/**
 * The page and the total in one statement (a window count over the whole list, taken before the
 * LIMIT); only a page past the end, which has no row to carry it, counts separately.
 */
const pageStatement = (rows: Prisma.Sql, order: Prisma.Sql, skip: number, take: number) =>
  Prisma.sql`SELECT *, count(*) OVER ()::int AS "__total" FROM (${rows}) i ORDER BY ${order} LIMIT ${take} OFFSET ${skip}`;

async function page(rows: Prisma.Sql, order: Prisma.Sql, skip: number, take: number) {
  const found = await db.$queryRaw<(InboxRow & { __total: number })[]>(pageStatement(rows, order, skip, take));
  if (!found.length && skip > 0) {
    const [{ total }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${rows}) i`;
    return { items: [], total };
  }
  const total = found[0]?.__total ?? 0;
  for (const row of found) delete (row as Partial<typeof row>).__total;
  return { items: found as InboxRow[], total };
}

const UNIT_ORDER = Prisma.sql`i.open DESC, CASE WHEN i.open THEN i."dueDate" END ASC, i."dueDate" DESC NULLS LAST, i.number ASC NULLS LAST, i.id ASC`;
/** UNIT_ORDER within the open rows, and within the finished ones. */
const OPEN_ORDER = Prisma.sql`i."dueDate" ASC NULLS LAST, i.number ASC NULLS LAST, i.id ASC`;
const DONE_ORDER = Prisma.sql`i."dueDate" DESC NULLS LAST, i.number ASC NULLS LAST, i.id ASC`;

/** One source's rows of a unit's inbox (only what it leads and still handles with leadOpen; only open or finished ones). */
function sourceRows(s: InboxSource, p: UnitItemsParams): Prisma.Sql {
  const rows = s.unitItems(p);
  const where = [
    ...(p.leadOpen ? [Prisma.sql`u.role = 'LEAD' AND u.open`] : []),
    ...(p.open === undefined ? [] : [p.open ? Prisma.sql`u.open` : Prisma.sql`NOT u.open`]),
  ];
  return where.length ? Prisma.sql`SELECT * FROM (${rows}) u WHERE ${Prisma.join(where, " AND ")}` : rows;
}

/** How many rows a source gives the unit, and how many of them are open: by its own counts when it has them. */
function sourceCounts(s: InboxSource, p: UnitItemsParams): Prisma.Sql {
  if (s.unitCounts && !p.state && !p.leadOpen) return s.unitCounts({ townshipId: p.townshipId, unitId: p.unitId });
  return Prisma.sql`SELECT count(*)::int AS "total", (count(*) FILTER (WHERE c.open))::int AS "open" FROM (${sourceRows(s, { ...p, open: undefined })}) c`;
}

/** The unit's counts over every source, one row: total and open. */
function countsStatement(sources: InboxSource[], p: UnitItemsParams): Prisma.Sql {
  return Prisma.sql`SELECT COALESCE(sum(n."total"), 0)::int AS "total", COALESCE(sum(n."open"), 0)::int AS "open"
    FROM (${union(sources, (s) => sourceCounts(s, p))}) n`;
}

/**
 * One page of the unit's rows, knowing how many are open: the open rows fill the positions before `open`, the
 * finished ones the rest. Each source yields only its first `skip + take` rows of the part the page reaches (a
 * top-N over that source alone; the few open rows through the sources' state indexes), and the finished part
 * is read only when the page reaches past the open rows.
 */
function pageOf(sources: InboxSource[], p: UnitItemsParams, open: number, skip: number, take: number): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  const part = (isOpen: boolean, order: Prisma.Sql, offset: number, limit: number) => {
    const n = offset + limit;
    const rows = union(
      sources,
      (s) => Prisma.sql`SELECT * FROM (${sourceRows(s, { ...p, open: isOpen })}) i ORDER BY ${order} LIMIT ${n}`,
    );
    parts.push(Prisma.sql`(SELECT * FROM (${rows}) i ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})`);
  };
  if (skip < open) part(true, OPEN_ORDER, skip, Math.min(take, open - skip));
  if (skip + take > open) part(false, DONE_ORDER, Math.max(0, skip - open), skip + take - Math.max(skip, open));
  return Prisma.sql`SELECT * FROM (${Prisma.join(parts, " UNION ALL ")}) i ORDER BY ${UNIT_ORDER}`;
}

/**
 * The statements a unit's inbox page runs, or null with no source: the counts, then the page given the counts'
 * row (the benchmark runs the very same SQL through pg as its baseline).
 */
export function unitInboxStatements(
  p: UnitItemsParams & Paging,
): { counts: Prisma.Sql; page: (counts: { total: number; open: number }) => Prisma.Sql | null } | null {
  const sources = inboxSources(p.kinds);
  if (!sources.length) return null;
  return {
    counts: countsStatement(sources, p),
    page: ({ total, open }) => (p.skip >= total ? null : pageOf(sources, p, open, p.skip, p.take)),
  };
}

/**
 * One page of a unit's inbox: what is being handled first, soonest due first, then the finished
 * ones, latest due first; ties by number, then id. Two statements: the counts (from the sources' indexes),
 * then only the rows the page reaches — not a sort of every item the unit ever had.
 */
export async function unitInboxPage(p: UnitItemsParams & Paging): Promise<{ items: InboxRow[]; total: number }> {
  const statements = unitInboxStatements(p);
  if (!statements) return { items: [], total: 0 };
  const [counts] = await db.$queryRaw<{ total: number; open: number }[]>(statements.counts);
  const page = statements.page(counts);
  return { items: page ? await db.$queryRaw<InboxRow[]>(page) : [], total: counts.total };
}

/** One page of the reminder list (催办): soonest due first, so the most overdue at the top. */
export async function duePage(p: DueItemsParams & Paging): Promise<{ items: InboxRow[]; total: number }> {
  const sources = inboxSources(p.kinds);
  if (!sources.length) return { items: [], total: 0 };
  return page(
    union(sources, (s) => s.dueItems(p)),
    Prisma.sql`i."dueDate" ASC, i.number ASC NULLS LAST, i.id ASC`,
    p.skip,
    p.take,
  );
}

/** How many are overdue and how many due soon (one query over the sources). */
export async function dueCounts(
  p: Omit<DueItemsParams, "status"> & { kinds?: readonly string[] },
): Promise<{ overdue: number; dueSoon: number }> {
  const sources = inboxSources(p.kinds);
  if (!sources.length) return { overdue: 0, dueSoon: 0 };
  const [row] = await db.$queryRaw<{ overdue: number; dueSoon: number }[]>`
    SELECT count(*) FILTER (WHERE i."dueDate" < ${p.today}::date)::int AS "overdue",
           count(*) FILTER (WHERE i."dueDate" >= ${p.today}::date)::int AS "dueSoon"
    FROM (${union(sources, (s) => s.dueItems(p))}) i`;
  return row;
}
