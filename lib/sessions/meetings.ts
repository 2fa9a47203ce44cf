import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { formatDay, parseDay } from "@/lib/time/day";
import { currentTermOrThrow } from "@/lib/roster/public";
import type { PresidiumMeetingInput } from "@/lib/sessions/schema";

export async function listPresidiumMeetings(actor: Actor) {
  const rows = await scopedDb(actor.townshipId).presidiumMeeting.findMany({
    orderBy: [{ date: "desc" }],
    include: { term: { select: { number: true } } },
    take: 200,
  });
  return rows.map((m) => ({
    id: m.id,
    termNumber: m.term.number,
    number: m.number,
    date: formatDay(m.date),
    attendees: m.attendees,
    topics: m.topics,
    decisions: m.decisions,
    version: m.version,
  }));
}

/** 主席团会议, numbered within the current term. */
export async function createPresidiumMeeting(actor: Actor, input: PresidiumMeetingInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const term = await currentTermOrThrow(tx);
    const last = await tx.presidiumMeeting.findFirst({
      where: { termId: term.id },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const meeting = await tx.presidiumMeeting.create({
      data: {
        ...input,
        townshipId: actor.townshipId,
        termId: term.id,
        number: (last?.number ?? 0) + 1,
        date: parseDay(input.date),
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "presidium_meeting.created",
      recordType: "PresidiumMeeting",
      recordId: meeting.id,
      after: meeting,
    });
    return { ...meeting, date: formatDay(meeting.date) };
  });
}
