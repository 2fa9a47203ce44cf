// A deputy's suggestions and motions of a year with their outcomes, for the deputy's record (履职档案):
// led (领衔) or co-signed (附议); the reply class and the rating are the latest on the timeline, as the
// figures read them (figures.ts). Drafts, withdrawn and merged ones (their proposers moved to the one they
// were merged into) are not the deputy's record.
import type { ReplyClass, SatisfactionRating, SuggestionKind, SuggestionState } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { formatDay } from "@/lib/time/day";

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
  replyClass: ReplyClass | null;
  rating: SatisfactionRating | null;
}

/** Each deputy's suggestions of `year` (the suggestion's year), in order of their number. */
export async function deputySuggestions(
  client: Tx,
  townshipId: string,
  deputyIds: string[],
  year: number,
): Promise<Map<string, DeputySuggestion[]>> {
  const rows = await client.suggestion.findMany({
    where: {
      townshipId,
      year,
      state: { notIn: ["DRAFT", "WITHDRAWN", "MERGED"] },
      proposers: { some: { deputyId: { in: deputyIds } } },
    },
    orderBy: [{ seq: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      number: true,
      title: true,
      kind: true,
      state: true,
      sessionId: true,
      raisedOn: true,
      createdAt: true,
      proposers: { where: { deputyId: { in: deputyIds } }, select: { deputyId: true, lead: true } },
      events: {
        where: { type: { in: ["reply", "rating"] } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { type: true, replyClass: true, rating: true },
      },
    },
  });
  const out = new Map<string, DeputySuggestion[]>(deputyIds.map((id) => [id, []]));
  for (const s of rows) {
    const replyClass = s.events.find((e) => e.type === "reply")?.replyClass ?? null;
    const rating = s.events.find((e) => e.type === "rating")?.rating ?? null;
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
      });
  }
  return out;
}
