import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { onTimeRate, satisfactionRate } from "@/lib/suggestions/rules";
import { todayInChina } from "@/lib/roster/rules";

/**
 * Oversight figures for a year (optionally one session or unit): counts by state and by reply
 * class, on-time replies, satisfaction ((满意 + 基本满意) / rated, the latest rating of each
 * suggestion) and how many went back for re-handling. Every number is counted from the records.
 */
export async function suggestionFigures(actor: Actor, filter: { year: number; sessionId?: string; unitId?: string }) {
  const sdb = scopedDb(actor.townshipId);
  const where = {
    year: filter.year,
    state: { notIn: ["DRAFT", "WITHDRAWN", "MERGED"] as ("DRAFT" | "WITHDRAWN" | "MERGED")[] },
    ...(filter.sessionId ? { sessionId: filter.sessionId } : {}),
    ...(filter.unitId ? { leadUnitId: filter.unitId } : {}),
  };
  const [byState, rows] = await Promise.all([
    sdb.suggestion.groupBy({ by: ["state"], where, _count: { _all: true } }),
    sdb.suggestion.findMany({
      where,
      select: {
        id: true, deadline: true, delayedTo: true,
        events: { where: { type: { in: ["reply", "rating"] } }, select: { type: true, replyClass: true, rating: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      },
    }),
  ]);
  let replied = 0, onTime = 0, rated = 0, satisfied = 0, basically = 0, unsatisfied = 0, rehandled = 0;
  const byClass = { A: 0, B: 0, C: 0 };
  for (const s of rows) {
    const replies = s.events.filter((e) => e.type === "reply");
    const ratings = s.events.filter((e) => e.type === "rating");
    if (replies.length) {
      replied++;
      const firstReply = replies[0];
      const due = s.delayedTo ?? s.deadline;
      // On time: the first reply came on or before the due day (China time).
      if (due && todayInChina(firstReply.createdAt).getTime() <= due.getTime()) onTime++;
      const last = replies[replies.length - 1];
      if (last.replyClass) byClass[last.replyClass]++;
    }
    rehandled += ratings.filter((r) => r.rating === "UNSATISFIED").length;
    const latest = ratings[ratings.length - 1];
    if (latest) {
      rated++;
      if (latest.rating === "SATISFIED") satisfied++;
      else if (latest.rating === "BASICALLY_SATISFIED") basically++;
      else unsatisfied++;
    }
  }
  return {
    year: filter.year,
    total: rows.length,
    byState: Object.fromEntries(byState.map((g) => [g.state, g._count._all])),
    byClass,
    replied,
    onTime,
    onTimeRate: onTimeRate(onTime, replied),
    rated,
    satisfied,
    basicallySatisfied: basically,
    unsatisfied,
    satisfactionRate: satisfactionRate(satisfied, basically, rated),
    rehandled,
  };
}
