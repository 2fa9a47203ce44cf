import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { skipTake, type ListResult } from "@/lib/http/validation";
import { registerInboxSource, type DueItemsParams, type UnitItemsParams } from "@/lib/inbox/sources";
import { unitInboxPage } from "@/lib/inbox/read";
import { summariesInOrder } from "@/lib/suggestions/service";
import type { InboxQuery } from "@/lib/suggestions/schema";
import { HANDED_OVER_SQL } from "@/lib/suggestions/handover";

// The suggestions' part of the units' inbox and of the reminder lists (lib/inbox): the SQL that
// yields the common columns, registered when this module is imported.

const OPEN = Prisma.sql`s."state" IN ('ASSIGNED', 'REHANDLING')`;
/** The day it is due: the delay notice's date when there is one (rules.ts dueDate). */
const DUE = Prisma.sql`COALESCE(s."delayedTo", s."deadline")`;

function columns(unitId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT 'suggestion'::text AS "kind", s."id", s."number", s."title", ${unitId} AS "unitId",
    ${DUE} AS "dueDate", s."state"::text AS "state", (${OPEN}) AS "open", '/suggestions/' || s."id"::text AS "link"`;
}

/** Assigned to the unit (lead or co-unit), the assignment still active and handed over (lib/suggestions/handover.ts). */
function unitItems(p: UnitItemsParams): Prisma.Sql {
  return Prisma.sql`SELECT "kind", "id", "number", "title", "unitId",
      CASE WHEN "leadUnitId" = "unitId" THEN 'LEAD' ELSE 'CO' END AS "role", "dueDate", "state", "open", "link"
    FROM (${columns(Prisma.sql`${p.unitId}::uuid`)}, s."leadUnitId" FROM "Suggestion" s
    WHERE s."townshipId" = ${p.townshipId}::uuid
      AND EXISTS (SELECT 1 FROM "SuggestionAssignment" a WHERE a."suggestionId" = s."id" AND a."townshipId" = ${p.townshipId}::uuid AND a."unitId" = ${p.unitId}::uuid AND a."active")
      AND ${HANDED_OVER_SQL}
      ${p.state ? Prisma.sql`AND s."state" = ${p.state}::"SuggestionState"` : Prisma.empty}
      ${p.open === undefined ? Prisma.empty : p.open ? Prisma.sql`AND ${OPEN}` : Prisma.sql`AND NOT (${OPEN})`}) x`;
}

/**
 * The unit's counts without reading every suggestion it was ever given: the total from its assignments (the
 * (townshipId, unitId, active) index) less those still awaiting the chair's 签发, and the open ones — both
 * through the (townshipId, awaitingSignOff, state) index, which finds the few awaiting or open suggestions.
 */
function unitCounts(p: Pick<UnitItemsParams, "townshipId" | "unitId">): Prisma.Sql {
  const assigned = Prisma.sql`EXISTS (SELECT 1 FROM "SuggestionAssignment" a WHERE a."suggestionId" = s."id" AND a."townshipId" = ${p.townshipId}::uuid AND a."unitId" = ${p.unitId}::uuid AND a."active")`;
  return Prisma.sql`SELECT
    ((SELECT count(DISTINCT a."suggestionId") FROM "SuggestionAssignment" a
       WHERE a."townshipId" = ${p.townshipId}::uuid AND a."unitId" = ${p.unitId}::uuid AND a."active")
     - (SELECT count(*) FROM "Suggestion" s WHERE s."townshipId" = ${p.townshipId}::uuid AND s."awaitingSignOff" AND ${assigned}))::int AS "total",
    (SELECT count(*) FROM "Suggestion" s
       WHERE s."townshipId" = ${p.townshipId}::uuid AND ${HANDED_OVER_SQL} AND ${OPEN} AND ${assigned})::int AS "open"`;
}

/**
 * Being handled (已交办 / 重新办理) with a lead unit and due — against the delay notice's date when
 * there is one — before `today` (overdue), from `today` through `horizon` (due soon), or either.
 *
 * Written as plain ranges on the columns (no function of a column), so the planner can use the
 * (townshipId, leadUnitId, state) and (townshipId, deadline) indexes. The extra bound on
 * `deadline` is implied, not a filter of its own: a delay notice's date is always later than the
 * deadline (transitions.ts refuses anything else, and assignment and re-handling clear it), so
 * "due ≤ X" implies "deadline ≤ X".
 */
function dueItems(p: DueItemsParams): Prisma.Sql {
  const { today: t, horizon: h } = p;
  const range =
    p.status === "overdue"
      ? Prisma.sql`s."deadline" < ${t}::date AND (s."delayedTo" < ${t}::date OR (s."delayedTo" IS NULL AND s."deadline" < ${t}::date))`
      : p.status === "due_soon"
        ? Prisma.sql`s."deadline" <= ${h}::date AND (s."delayedTo" BETWEEN ${t}::date AND ${h}::date OR (s."delayedTo" IS NULL AND s."deadline" BETWEEN ${t}::date AND ${h}::date))`
        : Prisma.sql`s."deadline" <= ${h}::date AND (s."delayedTo" <= ${h}::date OR (s."delayedTo" IS NULL AND s."deadline" <= ${h}::date))`;
  const unit = p.unitId
    ? Prisma.sql`AND s."leadUnitId" = ${p.unitId}::uuid`
    : Prisma.sql`AND s."leadUnitId" IS NOT NULL`;
  return Prisma.sql`SELECT "kind", "id", "number", "title", "unitId", 'LEAD' AS "role", "dueDate", "state", "open", "link"
    FROM (${columns(Prisma.sql`s."leadUnitId"`)} FROM "Suggestion" s
    WHERE s."townshipId" = ${p.townshipId}::uuid ${unit} AND ${OPEN} AND ${range}) x`;
}

registerInboxSource({ kind: "suggestion", unitItems, dueItems, unitCounts });

type Row = Awaited<ReturnType<typeof summariesInOrder>>[number];

/**
 * A unit's inbox of suggestions: those assigned to it (lead or co-unit, assignment still active),
 * being handled first, soonest due first, then the finished ones, latest due first — ordered and
 * paged in SQL by lib/inbox, the page's rows then read through the township-scoped client.
 */
export async function listUnitInbox(actor: Actor, q: InboxQuery): Promise<ListResult<Row>> {
  assertCan(actor, "suggestion.inbox");
  if (!actor.unitId) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { items, total } = await unitInboxPage({
    kinds: ["suggestion"],
    townshipId: actor.townshipId,
    unitId: actor.unitId,
    state: q.state,
    leadOpen: q.todo === "answer",
    ...skipTake(q),
  });
  return {
    items: await summariesInOrder(
      actor,
      items.map((r) => r.id),
    ),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
