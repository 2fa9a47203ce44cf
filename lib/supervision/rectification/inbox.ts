// The rectification tasks' part of the units' one inbox and of the office's reminder list (lib/inbox),
// registered when this module is imported. A task exists only once its opinion was sent (send.ts), so
// every row here has been handed over. Open: the unit still owes a report (整改中, 已退回).
import { Prisma } from "@/lib/generated/prisma/client";
import { registerInboxSource, type DueItemsParams, type UnitItemsParams } from "@/lib/inbox/sources";

export const RECTIFICATION_KIND = "rectification";

const OPEN = Prisma.sql`t."state" IN ('ASSIGNED', 'RETURNED')`;

function columns(): Prisma.Sql {
  return Prisma.sql`SELECT 'rectification'::text AS "kind", t."id", t."number", ('整改：' || a."title")::text AS "title",
    t."unitId", 'LEAD'::text AS "role", t."dueDate" AS "dueDate", t."state"::text AS "state", (${OPEN}) AS "open",
    '/rectifications/' || t."id"::text AS "link"
    FROM "RectificationTask" t JOIN "SupervisionActivity" a ON a."id" = t."activityId"`;
}

/** Every task sent to the unit, accepted ones included (the inbox shows them after the open ones). */
function unitItems(p: UnitItemsParams): Prisma.Sql {
  return Prisma.sql`${columns()}
    WHERE t."townshipId" = ${p.townshipId}::uuid AND t."unitId" = ${p.unitId}::uuid
    ${p.state ? Prisma.sql`AND t."state" = ${p.state}::"RectificationState"` : Prisma.empty}
    ${p.open === undefined ? Prisma.empty : p.open ? Prisma.sql`AND ${OPEN}` : Prisma.sql`AND NOT (${OPEN})`}`;
}

/** The unit's counts from the (townshipId, unitId, state) index alone. */
function unitCounts(p: Pick<UnitItemsParams, "townshipId" | "unitId">): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "total", (count(*) FILTER (WHERE ${OPEN}))::int AS "open"
    FROM "RectificationTask" t WHERE t."townshipId" = ${p.townshipId}::uuid AND t."unitId" = ${p.unitId}::uuid`;
}

/** Report still owed and due by the horizon (or overdue): plain ranges, so the (townshipId, dueDate) index serves. */
function dueItems(p: DueItemsParams): Prisma.Sql {
  const range =
    p.status === "overdue"
      ? Prisma.sql`t."dueDate" < ${p.today}::date`
      : p.status === "due_soon"
        ? Prisma.sql`t."dueDate" BETWEEN ${p.today}::date AND ${p.horizon}::date`
        : Prisma.sql`t."dueDate" <= ${p.horizon}::date`;
  const unit = p.unitId ? Prisma.sql`AND t."unitId" = ${p.unitId}::uuid` : Prisma.empty;
  return Prisma.sql`${columns()}
    WHERE t."townshipId" = ${p.townshipId}::uuid ${unit} AND ${OPEN} AND ${range}`;
}

registerInboxSource({ kind: RECTIFICATION_KIND, unitItems, dueItems, unitCounts });
