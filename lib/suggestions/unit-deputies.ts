// A handling unit's need to know (承办单位): the deputies whose suggestions it handles — the proposers of
// every suggestion actively assigned to it, as lead or co-unit. The roster shows a unit these deputies
// (name, group and phone) and nobody else; both filters below say the same thing, one for the ORM and
// one for the roster's SQL list (tests/integration/suggestions/unit-deputies.test.ts checks both).
import { Prisma } from "@/lib/generated/prisma/client";

/** The ORM filter on Deputy: a proposer of a suggestion assigned to this unit (still active). */
export const unitDeputyWhere = (unitId: string): Prisma.DeputyWhereInput => ({
  suggestions: { some: { suggestion: { assignments: { some: { unitId, active: true } } } } },
});

/** The same filter in SQL for the roster list, on a `"Deputy" d`, within the township. */
export const unitDeputySql = (townshipId: string, unitId: string): Prisma.Sql => Prisma.sql`d."id" IN (
  SELECT p."deputyId" FROM "SuggestionProposer" p
  JOIN "SuggestionAssignment" a ON a."suggestionId" = p."suggestionId"
  WHERE a."townshipId" = ${townshipId}::uuid AND a."unitId" = ${unitId}::uuid AND a."active")`;
