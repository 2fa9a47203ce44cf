// The petitions' part of the units' one inbox and of the office's reminder list (lib/inbox), registered
// when this module is imported. A row exists for each active assignment (转办); the case is being handled
// (open) while it is 已转办 — answered, reported and closed cases stay in the inbox after the open ones.
// An accusation never reaches the unit it accuses (Art. 30 para 3: transfer.ts refuses that assignment).
import { Prisma } from "@/lib/generated/prisma/client";
import { registerInboxSource, type DueItemsParams, type UnitItemsParams } from "@/lib/inbox/sources";

export const PETITION_KIND = "petition";

const OPEN = Prisma.sql`p."state" = 'TRANSFERRED'`;

function columns(): Prisma.Sql {
  return Prisma.sql`SELECT 'petition'::text AS "kind", p."id", p."number", ('信访：' || p."subject")::text AS "title",
    a."unitId", CASE WHEN a."lead" THEN 'LEAD' ELSE 'CO' END AS "role", p."dueDate" AS "dueDate",
    p."state"::text AS "state", (${OPEN}) AS "open", '/petitions/' || p."id"::text AS "link"
    FROM "PetitionAssignment" a JOIN "Petition" p ON p."id" = a."petitionId"`;
}

/** Every case transferred to the unit (lead or co-unit, the assignment still active). */
function unitItems(p: UnitItemsParams): Prisma.Sql {
  return Prisma.sql`${columns()}
    WHERE a."townshipId" = ${p.townshipId}::uuid AND a."unitId" = ${p.unitId}::uuid AND a."active"
      AND p."townshipId" = ${p.townshipId}::uuid
    ${p.state ? Prisma.sql`AND p."state" = ${p.state}::"PetitionState"` : Prisma.empty}
    ${p.open === undefined ? Prisma.empty : p.open ? Prisma.sql`AND ${OPEN}` : Prisma.sql`AND NOT (${OPEN})`}`;
}

/** The unit's counts from the indexes: its active assignments (one row each), the open ones through (townshipId, state). */
function unitCounts(p: Pick<UnitItemsParams, "townshipId" | "unitId">): Prisma.Sql {
  const mine = Prisma.sql`a."townshipId" = ${p.townshipId}::uuid AND a."unitId" = ${p.unitId}::uuid AND a."active"`;
  return Prisma.sql`SELECT (SELECT count(*) FROM "PetitionAssignment" a WHERE ${mine})::int AS "total",
    (SELECT count(*) FROM "Petition" p JOIN "PetitionAssignment" a ON a."petitionId" = p."id"
      WHERE p."townshipId" = ${p.townshipId}::uuid AND ${OPEN} AND ${mine})::int AS "open"`;
}

/** Being handled and due by the horizon (or overdue), one row per case for its lead unit: plain ranges on dueDate. */
function dueItems(p: DueItemsParams): Prisma.Sql {
  const range =
    p.status === "overdue"
      ? Prisma.sql`p."dueDate" < ${p.today}::date`
      : p.status === "due_soon"
        ? Prisma.sql`p."dueDate" BETWEEN ${p.today}::date AND ${p.horizon}::date`
        : Prisma.sql`p."dueDate" <= ${p.horizon}::date`;
  const unit = p.unitId ? Prisma.sql`AND a."unitId" = ${p.unitId}::uuid` : Prisma.empty;
  return Prisma.sql`${columns()}
    WHERE p."townshipId" = ${p.townshipId}::uuid AND ${OPEN} AND ${range}
      AND a."townshipId" = ${p.townshipId}::uuid AND a."active" AND a."lead" ${unit}`;
}

registerInboxSource({ kind: PETITION_KIND, unitItems, dueItems, unitCounts });
