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
async function page(rows: Prisma.Sql, order: Prisma.Sql, skip: number, take: number) {
  const found = await db.$queryRaw<(InboxRow & { __total: number })[]>`
    SELECT *, count(*) OVER ()::int AS "__total" FROM (${rows}) i ORDER BY ${order} LIMIT ${take} OFFSET ${skip}`;
  if (!found.length && skip > 0) {
    const [{ total }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${rows}) i`;
    return { items: [], total };
  }
  const total = found[0]?.__total ?? 0;
  for (const row of found) delete (row as Partial<typeof row>).__total;
  return { items: found as InboxRow[], total };
}

/**
 * One page of a unit's inbox: what is being handled first, soonest due first, then the finished
 * ones, latest due first; ties by number, then id.
 */
export async function unitInboxPage(p: UnitItemsParams & Paging): Promise<{ items: InboxRow[]; total: number }> {
  const sources = inboxSources(p.kinds);
  if (!sources.length) return { items: [], total: 0 };
  const order = Prisma.sql`i.open DESC, CASE WHEN i.open THEN i."dueDate" END ASC, i."dueDate" DESC NULLS LAST, i.number ASC NULLS LAST, i.id ASC`;
  const rows = union(sources, (s) => s.unitItems(p));
  return page(
    p.leadOpen ? Prisma.sql`SELECT * FROM (${rows}) u WHERE u.role = 'LEAD' AND u.open` : rows,
    order,
    p.skip,
    p.take,
  );
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
