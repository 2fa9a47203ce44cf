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

/** The rows of a unit's inbox, every source's (or only what it leads and still handles). */
function unitRows(sources: InboxSource[], p: UnitItemsParams): Prisma.Sql {
  const rows = union(sources, (s) => s.unitItems(p));
  return p.leadOpen ? Prisma.sql`SELECT * FROM (${rows}) u WHERE u.role = 'LEAD' AND u.open` : rows;
}

/**
 * The statement a unit's inbox page runs (the page with its window total), or null with no source: the
 * benchmark runs the very same SQL through pg as its baseline.
 */
export function unitInboxStatement(p: UnitItemsParams & Paging): Prisma.Sql | null {
  const sources = inboxSources(p.kinds);
  return sources.length ? pageStatement(unitRows(sources, p), UNIT_ORDER, p.skip, p.take) : null;
}

/**
 * One page of a unit's inbox: what is being handled first, soonest due first, then the finished
 * ones, latest due first; ties by number, then id.
 */
export async function unitInboxPage(p: UnitItemsParams & Paging): Promise<{ items: InboxRow[]; total: number }> {
  const sources = inboxSources(p.kinds);
  if (!sources.length) return { items: [], total: 0 };
  return page(unitRows(sources, p), UNIT_ORDER, p.skip, p.take);
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
