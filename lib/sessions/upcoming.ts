// What comes next: the session being prepared or held (with its checklist's progress and its
// documents) and the next presidium meeting — for the landing pages (lib/landing).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { formatDay, todayInChina } from "@/lib/time/day";
import { presidiumMeetingOfficialName, sessionOfficialName } from "@/lib/text/names";
import { deputyTermId } from "@/lib/sessions/access";

/**
 * The session not yet closed that starts first (one in progress before one in preparation), as
 * the actor may see it: deputies only their own term's. null when none, or when the actor may not
 * read sessions.
 */
export async function upcomingSession(actor: Actor) {
  if (!can(actor, "session.view")) return null;
  const sdb = scopedDb(actor.townshipId);
  const ownTerm = await deputyTermId(sdb, actor);
  if (actor.role === "DEPUTY" && !ownTerm) return null;
  const s = await sdb.congressSession.findFirst({
    where: { status: { not: "CLOSED" }, ...(ownTerm ? { termId: ownTerm } : {}) },
    orderBy: [{ startDate: "asc" }, { number: "asc" }],
    include: { term: { select: { number: true } }, township: { select: { name: true } } },
  });
  if (!s) return null;
  const deputy = actor.role === "DEPUTY";
  const [total, done, documents] = await Promise.all([
    deputy ? 0 : sdb.sessionChecklistItem.count({ where: { sessionId: s.id } }),
    deputy ? 0 : sdb.sessionChecklistItem.count({ where: { sessionId: s.id, doneAt: { not: null } } }),
    sdb.sessionDocument.findMany({
      where: { sessionId: s.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, filename: true },
    }),
  ]);
  return {
    id: s.id,
    title: sessionOfficialName(s.township.name, s.term.number, s.number),
    startDate: formatDay(s.startDate),
    endDate: formatDay(s.endDate),
    venue: s.venue,
    /** The preparation checklist (not shown to deputies). */
    checklist: deputy ? null : { done, total },
    documents: documents.map((d) => ({ ...d, href: `/api/v1/sessions/${s.id}/documents/${d.id}` })),
  };
}

/** The first presidium meeting on or after today; null when none is registered. */
export async function nextPresidiumMeeting(actor: Actor) {
  if (!can(actor, "presidium_meeting.list")) return null;
  const m = await scopedDb(actor.townshipId).presidiumMeeting.findFirst({
    where: { date: { gte: todayInChina() } },
    orderBy: [{ date: "asc" }, { number: "asc" }],
    include: {
      term: { select: { number: true } },
      township: { select: { name: true } },
      topics: { orderBy: { position: "asc" }, select: { title: true } },
    },
  });
  return m
    ? {
        id: m.id,
        title: presidiumMeetingOfficialName(m.township.name, m.term.number, m.number),
        date: formatDay(m.date),
        topics: m.topics.map((t) => t.title).join("；"),
      }
    : null;
}
