// The records behind the presidium's report (lib/suggestions/report.ts): the figures, the main
// issues per category, the township and the session the report goes to.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { notFound } from "@/lib/http/errors";
import { parseDay } from "@/lib/time/day";
import { townshipName } from "@/lib/text/township";
import { counted, RECESS, suggestionFigures } from "@/lib/suggestions/figures";
import { scrubPersonalData } from "@/lib/suggestions/privacy";
import type { ReportInput, ReportScope } from "@/lib/suggestions/report";

/** Titles listed per category in 代表反映的主要问题. */
export const ISSUE_TITLES_PER_CATEGORY = 5;

/**
 * Per category, the titles of the suggestions most deputies put their names to (then by number);
 * titles are public text, so personal data in them — the proposers' names, numbers — is masked.
 */
async function mainIssues(townshipId: string, filter: { year: number; sessionId?: string }) {
  return db.$queryRaw<{ category_id: string; title: string; names: string[] | null }[]>`
    WITH s AS (${counted(townshipId, filter)}),
    t AS (
      SELECT g."categoryId"::text AS category_id, g."title", pc.names,
        row_number() OVER (PARTITION BY g."categoryId" ORDER BY pc.n DESC, g."seq" ASC NULLS LAST, g."createdAt" ASC, g."id") AS rank
      FROM "Suggestion" g
      CROSS JOIN LATERAL (
        SELECT count(*) AS n, array_agg(d."name") AS names
        FROM "SuggestionProposer" p JOIN "Deputy" d ON d."id" = p."deputyId"
        WHERE p."suggestionId" = g."id"
      ) pc
      WHERE g."townshipId" = ${townshipId}::uuid AND g."id" IN (SELECT "id" FROM s)
    )
    SELECT category_id, title, names FROM t WHERE rank <= ${ISSUE_TITLES_PER_CATEGORY} ORDER BY category_id, rank`;
}

/** Everything the report says, read from the records: a year's suggestions, or one session's (or the recess's). */
export async function suggestionReportInput(
  actor: Actor,
  q: { year: number; sessionId?: string },
): Promise<ReportInput> {
  const sdb = scopedDb(actor.townshipId);
  const session =
    q.sessionId && q.sessionId !== RECESS
      ? await sdb.congressSession.findUnique({
          where: { id: q.sessionId },
          select: { id: true, number: true, startDate: true, term: { select: { number: true } } },
        })
      : null;
  if (q.sessionId && q.sessionId !== RECESS && !session) throw notFound("会议不存在");
  const [figures, township, rows] = await Promise.all([
    suggestionFigures(actor, q),
    townshipName(actor),
    mainIssues(actor.townshipId, q),
  ]);
  // The session the report goes to: the first one after the reported session, or after today.
  const next = await sdb.congressSession.findFirst({
    where: { startDate: { gt: session?.startDate ?? parseDay(figures.asOf) } },
    orderBy: { startDate: "asc" },
    select: { number: true, term: { select: { number: true } } },
  });
  const titles = new Map<string, string[]>();
  for (const r of rows)
    titles.set(r.category_id, [...(titles.get(r.category_id) ?? []), scrubPersonalData(r.title, r.names ?? [])]);
  const scope: ReportScope = session
    ? { kind: "SESSION", termNumber: session.term.number, number: session.number }
    : q.sessionId === RECESS
      ? { kind: "RECESS" }
      : { kind: "YEAR" };
  return {
    township,
    year: q.year,
    scope,
    nextSession: next ? { termNumber: next.term.number, number: next.number } : null,
    asOf: figures.asOf,
    figures,
    issues: figures.byCategory
      .filter((c) => c.total > 0)
      .sort((a, b) => b.total - a.total || a.position - b.position)
      .map((c) => ({ category: c.name, total: c.total, titles: titles.get(c.id) ?? [] })),
  };
}
