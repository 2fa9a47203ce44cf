// How a presidium meeting is read back: the rows it includes and the JSON the API, the pages and the minutes use.
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDay } from "@/lib/time/day";
import { presidiumMeetingOfficialName } from "@/lib/text/names";

export const meetingInclude = {
  term: { select: { number: true } },
  township: { select: { name: true } },
  members: { orderBy: { position: "asc" } },
  invitees: { orderBy: { position: "asc" } },
  topics: {
    orderBy: { position: "asc" },
    include: { activity: { select: { id: true, title: true, kind: true, year: true } } },
  },
} satisfies Prisma.PresidiumMeetingInclude;

type MeetingRow = Prisma.PresidiumMeetingGetPayload<{ include: typeof meetingInclude }>;

export function meetingDetail(m: MeetingRow) {
  const by = (a: "PRESENT" | "LEAVE" | "ABSENT") => m.members.filter((x) => x.attendance === a).map((x) => x.name);
  return {
    id: m.id,
    /** 清水镇第十七届人民代表大会主席团第一次会议. */
    title: presidiumMeetingOfficialName(m.township.name, m.term.number, m.number),
    termNumber: m.term.number,
    number: m.number,
    date: formatDay(m.date),
    venue: m.venue,
    presidedBy: m.presidedBy,
    recorder: m.recorder,
    members: m.members.map((x) => ({ id: x.id, userId: x.userId, name: x.name, attendance: x.attendance })),
    present: by("PRESENT"),
    onLeave: by("LEAVE"),
    absent: by("ABSENT"),
    invitees: m.invitees.map((d) => ({ deputyId: d.deputyId, name: d.name })),
    guests: m.guests,
    /** Names of an older free-text record that matched no presidium member, kept as written. */
    legacyAttendees: m.attendees,
    topics: m.topics.map((t) => ({
      id: t.id,
      position: t.position,
      kind: t.kind,
      title: t.title,
      reporter: t.reporter,
      decision: t.decision,
      activity: t.activity,
    })),
    reportsHeard: m.topics.filter((t) => t.kind === "REPORT").length,
    decisions: m.decisions,
    version: m.version,
  };
}
export type MeetingDetail = ReturnType<typeof meetingDetail>;
