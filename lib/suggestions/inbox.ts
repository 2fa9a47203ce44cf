import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { skipTake, type ListResult } from "@/lib/http/validation";
import { summariesInOrder } from "@/lib/suggestions/service";
import type { InboxQuery } from "@/lib/suggestions/schema";

type Row = Awaited<ReturnType<typeof summariesInOrder>>[number];

/**
 * A unit's inbox: the suggestions assigned to it (lead or co-unit, assignment still active), those
 * being handled first, soonest due first (the delay notice's date when there is one), then the
 * finished ones, latest due first. Ordered and paged in SQL — the order is on the due day, which
 * Prisma cannot sort by — and the page's rows read through the township-scoped client.
 */
export async function listUnitInbox(actor: Actor, q: InboxQuery): Promise<ListResult<Row>> {
  assertCan(actor, "suggestion.inbox");
  if (!actor.unitId) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const where = Prisma.sql`s."townshipId" = ${actor.townshipId}::uuid
    AND EXISTS (SELECT 1 FROM "SuggestionAssignment" a WHERE a."suggestionId" = s."id" AND a."townshipId" = ${actor.townshipId}::uuid AND a."unitId" = ${actor.unitId}::uuid AND a."active")
    ${q.state ? Prisma.sql`AND s."state" = ${q.state}::"SuggestionState"` : Prisma.empty}`;
  const open = Prisma.sql`s."state" IN ('ASSIGNED', 'REHANDLING')`;
  const due = Prisma.sql`COALESCE(s."delayedTo", s."deadline")`;
  const { skip, take } = skipTake(q);
  const [page, [{ total }]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT s."id" FROM "Suggestion" s WHERE ${where}
      ORDER BY (${open}) DESC, CASE WHEN ${open} THEN ${due} END ASC, ${due} DESC NULLS LAST, s."number" ASC NULLS LAST, s."id" ASC
      LIMIT ${take} OFFSET ${skip}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Suggestion" s WHERE ${where}`,
  ]);
  return {
    items: await summariesInOrder(
      actor,
      page.map((r) => r.id),
    ),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
