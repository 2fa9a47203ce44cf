// The presidium meetings' pages: one loader each (docs/architecture.md, Pages).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { formatDay, todayInChina } from "@/lib/time/day";
import { currentTermOrThrow, deputyNameOrderBy, nameOrder } from "@/lib/roster/public";
import type { PresidiumMeetingQuery } from "@/lib/sessions/meeting-schema";
import { presidiumMeetingCorrections } from "@/lib/sessions/meeting-corrections";
import {
  getPresidiumMeeting,
  listPresidiumMeetings,
  presidiumMembers,
  presidiumTermCounts,
} from "@/lib/sessions/meetings";

export async function presidiumMeetingsView(actor: Actor, query: PresidiumMeetingQuery) {
  const list = await listPresidiumMeetings(actor, query);
  const [counts, terms] = await Promise.all([
    presidiumTermCounts(actor.townshipId, list.term.id),
    scopedDb(actor.townshipId).term.findMany({ orderBy: { number: "desc" }, select: { id: true, number: true } }),
  ]);
  return { list, counts, terms, manage: can(actor, "presidium_meeting.manage") };
}

/** The new meeting's form: the presidium, the term's sitting deputies (列席), the term's supervision activities. */
export async function newPresidiumMeetingView(actor: Actor) {
  const sdb = scopedDb(actor.townshipId);
  const term = await currentTermOrThrow(sdb);
  const names = await nameOrder();
  const [members, deputies, activities] = await Promise.all([
    presidiumMembers(sdb),
    sdb.deputy.findMany({
      where: { termId: term.id, status: "SITTING" },
      select: { id: true, name: true },
      orderBy: deputyNameOrderBy(names),
    }),
    sdb.supervisionActivity.findMany({
      where: { termId: term.id },
      orderBy: [{ startDate: "desc" }],
      select: { id: true, title: true, year: true },
      take: 200,
    }),
  ]);
  return {
    today: formatDay(todayInChina()),
    termNumber: term.number,
    members: members.map((m) => ({ id: m.id, name: m.name, deputyId: m.deputyId })),
    deputies,
    activities,
  };
}

export async function presidiumMeetingView(actor: Actor, id: string) {
  const meeting = await getPresidiumMeeting(actor, id);
  return {
    meeting,
    manage: can(actor, "presidium_meeting.manage"),
    corrections: await presidiumMeetingCorrections(actor, meeting),
  };
}
