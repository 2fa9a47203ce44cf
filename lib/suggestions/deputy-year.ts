// A deputy's suggestions of a year as other modules count them (the duty register's "六个一" card, the
// 履职档案): those the deputy led (领衔), with the outcome read from the timeline. Every query names the
// township itself, so the caller may pass the plain client or a transaction of it.
import type { Tx } from "@/lib/db";
import type { ReplyClass, SuggestionState } from "@/lib/generated/prisma/enums";

/**
 * "有价值的建议" (六个一, local practice): a suggestion the deputy led that year which led to action — the
 * latest reply classed A (已解决或基本解决) or B (列入计划逐步解决), or a motion the presidium placed on the
 * session's agenda. Class C (因条件限制需以后解决), no reply yet, drafts, withdrawn and merged ones do not count.
 */
export const VALUABLE_SUGGESTION_RULE =
  "有价值的建议：本人领衔、当年提出，答复为 A 类（已解决或基本解决）或 B 类（列入计划逐步解决），或议案经主席团决定列入会议议程。";

export const isValuableSuggestion = (s: { lastReplyClass: ReplyClass | null; motionOnAgenda: boolean }) =>
  s.motionOnAgenda || s.lastReplyClass === "A" || s.lastReplyClass === "B";

export interface DeputyYearSuggestion {
  id: string;
  number: string | null;
  title: string;
  state: SuggestionState;
  lastReplyClass: ReplyClass | null;
  motionOnAgenda: boolean;
  valuable: boolean;
}

/** The suggestions the deputy led in the year (less drafts, withdrawn and merged), oldest first. */
export async function deputyYearSuggestions(
  client: Tx,
  townshipId: string,
  deputyId: string,
  year: number,
): Promise<DeputyYearSuggestion[]> {
  const rows = await client.suggestion.findMany({
    where: {
      townshipId,
      year,
      state: { notIn: ["DRAFT", "WITHDRAWN", "MERGED"] },
      proposers: { some: { deputyId, lead: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      number: true,
      title: true,
      state: true,
      motionDecision: true,
      events: {
        where: { type: "reply" },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { replyClass: true },
      },
    },
  });
  return rows.map((r) => {
    const s = {
      id: r.id,
      number: r.number,
      title: r.title,
      state: r.state,
      lastReplyClass: r.events[0]?.replyClass ?? null,
      motionOnAgenda: r.motionDecision === "PLACE_ON_AGENDA",
    };
    return { ...s, valuable: isValuableSuggestion(s) };
  });
}
