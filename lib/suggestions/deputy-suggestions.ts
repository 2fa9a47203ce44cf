// Deputies' suggestions and motions of a year, as other modules read them: the deputy's record (履职档案) lists
// them with their outcomes, the duty register's "六个一" card counts the valuable ones. One function for both:
// led (领衔) or co-signed (附议); the reply class and the rating are the latest on the timeline, as the figures
// read them (figures.ts). Drafts, withdrawn and merged ones (their proposers moved to the one they were merged
// into) are not the deputy's record. Every query names the township itself: pass the client or a transaction.
import type { ReplyClass, SatisfactionRating, SuggestionKind, SuggestionState } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDay } from "@/lib/time/day";

/**
 * "有价值的建议" (六个一, local practice): a suggestion the deputy led that year which led to action — the
 * latest reply classed A (已解决或基本解决) or B (列入计划逐步解决), or a motion the presidium placed on the
 * session's agenda. Class C (因条件限制需以后解决), no reply yet, co-signed ones, drafts, withdrawn and merged ones
 * do not count.
 */
export const VALUABLE_SUGGESTION_RULE =
  "有价值的建议：本人领衔、当年提出，答复为 A 类（已解决或基本解决）或 B 类（列入计划逐步解决），或议案经主席团决定列入会议议程。";

export const isValuableSuggestion = (s: { lead: boolean; replyClass: ReplyClass | null; motionOnAgenda: boolean }) =>
  s.lead && (s.motionOnAgenda || s.replyClass === "A" || s.replyClass === "B");

/**
 * The same rule in SQL, for the list's `valuable=true` filter (the dashboard's 六个一 line opens it): the
 * suggestions `isValuableSuggestion` counts for their lead deputy — for `deputyId` only, that deputy's — not a
 * draft, withdrawn or merged one; the latest reply (as `deputySuggestions` reads it) of class A or B, or a motion
 * placed on the agenda. Kept beside the JS rule; tests/integration/dashboard/valuable-suggestions.test.ts proves
 * they agree. A year narrows the scan.
 */
export async function valuableSuggestionIds(
  client: Tx,
  townshipId: string,
  f: { year?: number; deputyId?: string } = {},
): Promise<string[]> {
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "Suggestion" s
    WHERE s."townshipId" = ${townshipId}::uuid
      ${f.year ? Prisma.sql`AND s."year" = ${f.year}` : Prisma.empty}
      AND s."state" NOT IN ('DRAFT', 'WITHDRAWN', 'MERGED')
      AND EXISTS (
        SELECT 1 FROM "SuggestionProposer" p
        WHERE p."suggestionId" = s."id" AND p."lead"
          ${f.deputyId ? Prisma.sql`AND p."deputyId" = ${f.deputyId}::uuid` : Prisma.empty})
      AND (
        s."motionDecision" IS NOT DISTINCT FROM 'PLACE_ON_AGENDA'
        OR (
          SELECT e."replyClass"::text FROM "SuggestionEvent" e
          WHERE e."suggestionId" = s."id" AND e."townshipId" = s."townshipId" AND e."type" = 'reply'
          ORDER BY e."createdAt" DESC, e."id" DESC LIMIT 1
        ) IN ('A', 'B'))`;
  return rows.map((r) => r.id);
}

export interface DeputySuggestion {
  id: string;
  number: string | null;
  title: string;
  kind: SuggestionKind;
  state: SuggestionState;
  /** 领衔 (true) or 附议 (false). */
  lead: boolean;
  /** Raised at a session (true) or in recess. */
  atSession: boolean;
  raisedOn: string;
  /** The latest reply's class. */
  replyClass: ReplyClass | null;
  rating: SatisfactionRating | null;
  /** A motion the presidium placed on the session's agenda. */
  motionOnAgenda: boolean;
  /** Counts on the "六个一" card (VALUABLE_SUGGESTION_RULE). */
  valuable: boolean;
}

/**
 * Each deputy's suggestions of `year` (the suggestion's year), in order of their number; every deputy asked for
 * has an entry. One query whatever the number of deputies.
 */
export async function deputySuggestions(
  client: Tx,
  townshipId: string,
  deputyIds: string[],
  year: number,
): Promise<Map<string, DeputySuggestion[]>> {
  const out = new Map<string, DeputySuggestion[]>(deputyIds.map((id) => [id, []]));
  if (!deputyIds.length) return out;
  const rows = await client.suggestion.findMany({
    where: {
      townshipId,
      year,
      state: { notIn: ["DRAFT", "WITHDRAWN", "MERGED"] },
      proposers: { some: { deputyId: { in: deputyIds } } },
    },
    orderBy: [{ seq: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      number: true,
      title: true,
      kind: true,
      state: true,
      sessionId: true,
      raisedOn: true,
      createdAt: true,
      motionDecision: true,
      proposers: { where: { deputyId: { in: deputyIds } }, select: { deputyId: true, lead: true } },
      events: {
        where: { type: { in: ["reply", "rating"] } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { type: true, replyClass: true, rating: true },
      },
    },
  });
  for (const s of rows) {
    const replyClass = s.events.find((e) => e.type === "reply")?.replyClass ?? null;
    const rating = s.events.find((e) => e.type === "rating")?.rating ?? null;
    const motionOnAgenda = s.motionDecision === "PLACE_ON_AGENDA";
    for (const p of s.proposers)
      out.get(p.deputyId)?.push({
        id: s.id,
        number: s.number,
        title: s.title,
        kind: s.kind,
        state: s.state,
        lead: p.lead,
        atSession: s.sessionId !== null,
        raisedOn: formatDay(s.raisedOn ?? s.createdAt),
        replyClass,
        rating,
        motionOnAgenda,
        valuable: isValuableSuggestion({ lead: p.lead, replyClass, motionOnAgenda }),
      });
  }
  return out;
}
