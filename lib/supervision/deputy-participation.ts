// A deputy's part in the year's supervision, for the deputy's record (履职档案): the activities they took
// part in (with their attendance) and the polls they voted in online. Participation only: a ballot never
// links back to who cast it (SupervisionBallot has no deputy), and nothing here reads one. Paper ballots
// are anonymous counts and name no one.
import type { SupervisionAttendance, SupervisionKind, SupervisionState } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { formatDay } from "@/lib/time/day";
import { targetName } from "@/lib/supervision/names";
import { SUGGESTION_HANDLING_SUBJECT } from "@/lib/supervision/labels";

export interface DeputySupervision {
  activities: {
    id: string;
    title: string;
    kind: SupervisionKind;
    state: SupervisionState;
    startDate: string;
    presidiumMember: boolean;
    attendance: SupervisionAttendance | null;
  }[];
  /** Polls voted in online: the activity and what was rated — never the choice. */
  polls: { pollId: string; activity: string; subject: string; round: number }[];
}

/** Each deputy's supervision of `year` (the activity's year; approved plans on, a draft has not happened). */
export async function deputySupervision(
  client: Tx,
  townshipId: string,
  deputyIds: string[],
  year: number,
): Promise<Map<string, DeputySupervision>> {
  const activityWhere = { townshipId, year, state: { not: "DRAFT" as const } };
  const [participants, voters] = await Promise.all([
    client.supervisionParticipant.findMany({
      where: { townshipId, deputyId: { in: deputyIds }, activity: activityWhere },
      select: {
        deputyId: true,
        presidiumMember: true,
        attendance: true,
        activity: { select: { id: true, title: true, kind: true, state: true, startDate: true } },
      },
      orderBy: [{ activity: { startDate: "asc" } }, { activity: { title: "asc" } }],
    }),
    client.supervisionPollVoter.findMany({
      where: { townshipId, deputyId: { in: deputyIds }, poll: { activity: activityWhere } },
      select: {
        deputyId: true,
        poll: {
          select: {
            id: true,
            round: true,
            activity: { select: { title: true, startDate: true } },
            target: { select: { officialName: true, officialPost: true, unit: { select: { name: true } } } },
          },
        },
      },
      orderBy: [{ poll: { activity: { startDate: "asc" } } }, { poll: { round: "asc" } }],
    }),
  ]);
  const out = new Map<string, DeputySupervision>(deputyIds.map((id) => [id, { activities: [], polls: [] }]));
  for (const p of participants)
    out.get(p.deputyId)?.activities.push({
      ...p.activity,
      startDate: formatDay(p.activity.startDate),
      presidiumMember: p.presidiumMember,
      attendance: p.attendance,
    });
  for (const v of voters)
    out.get(v.deputyId)?.polls.push({
      pollId: v.poll.id,
      activity: v.poll.activity.title,
      subject: v.poll.target ? targetName(v.poll.target) : SUGGESTION_HANDLING_SUBJECT,
      round: v.poll.round,
    });
  return out;
}
