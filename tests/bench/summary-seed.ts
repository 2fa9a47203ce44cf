// The rest of a township's year for the annual summary's benchmark (issue 18): besides the county's suggestions,
// petitions and rectification tasks, ten years of township 1's sessions (roll and marks of every deputy, votes),
// presidium meetings with reports, reception days with visitors, trainings with every deputy enrolled, group
// activities with attendees and verified duty entries. Written with `insert` (json_populate_recordset).
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { FIRST_YEAR, YEARS, insert, type SuggestionBenchTownship } from "@/tests/bench/suggestions-seed";

export const SUMMARY_PER_YEAR = {
  sessions: 2,
  votesPerSession: 4,
  presidiumMeetings: 8,
  receptionDays: 12,
  visitsPerDay: 6,
  trainings: 4,
  groupActivities: 40,
  attendeesPerActivity: 8,
  duties: 400,
};

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
const id = () => crypto.randomUUID();

/** Township 1's other records over the ten years; returns how many rows were written. */
export async function seedSummaryYears(home: SuggestionBenchTownship): Promise<number> {
  const P = SUMMARY_PER_YEAR;
  const townshipId = home.id;
  const deputies = await db.deputy.findMany({ where: { townshipId }, select: { id: true, name: true } });
  const rows: Record<string, object[]> = {};
  const add = (table: string, row: object) => (rows[table] ??= []).push(row);
  for (let y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
    const i = y - FIRST_YEAR;
    for (let s = 0; s < P.sessions; s++) {
      const sessionId = id();
      const start = day(y, s === 0 ? 2 : 9, 10);
      add("CongressSession", {
        id: sessionId,
        townshipId,
        termId: home.termId,
        number: 100 + i * P.sessions + s,
        kind: s === 0 ? "REGULAR" : "EXTRAORDINARY",
        startDate: start,
        endDate: start,
        venue: "镇政府会议室",
        status: "CLOSED",
        sittingAtOpening: deputies.length,
        updatedAt: new Date().toISOString(),
      });
      deputies.forEach((d, k) => {
        add("SessionRollEntry", {
          id: id(),
          townshipId,
          sessionId,
          deputyId: d.id,
          name: d.name,
          position: k + 1,
          namePosition: k + 1,
        });
        add("SessionAttendance", {
          id: id(),
          townshipId,
          sessionId,
          deputyId: d.id,
          status: k % 20 === 0 ? "LEAVE" : "PRESENT",
          updatedAt: new Date().toISOString(),
        });
      });
      for (let v = 0; v < P.votesPerSession; v++)
        add("SessionVote", {
          id: id(),
          townshipId,
          sessionId,
          title: `决议${v + 1}`,
          mode: "SHOW_OF_HANDS",
          votesFor: 200,
          votesAgainst: 10,
          votesAbstain: 5,
          presentAtVote: 215,
          sittingAtVote: deputies.length,
          passed: true,
        });
    }
    for (let m = 0; m < P.presidiumMeetings; m++) {
      const meetingId = id();
      add("PresidiumMeeting", {
        id: meetingId,
        townshipId,
        termId: home.termId,
        number: 100 + i * P.presidiumMeetings + m,
        date: day(y, m, 15),
        updatedAt: new Date().toISOString(),
      });
      add("PresidiumMeetingTopic", {
        id: id(),
        townshipId,
        meetingId,
        position: 1,
        kind: "REPORT",
        title: "听取专项工作报告",
      });
      add("PresidiumMeetingTopic", { id: id(), townshipId, meetingId, position: 2, kind: "MATTER", title: "研究事项" });
    }
    for (let r = 0; r < P.receptionDays; r++) {
      const dayId = id();
      add("ReceptionDay", {
        id: dayId,
        townshipId,
        year: y,
        date: day(y, r, 20),
        heldOn: day(y, r, 20),
        updatedAt: new Date().toISOString(),
      });
      for (let v = 0; v < P.visitsPerDay; v++)
        add("ReceptionVisit", {
          id: id(),
          townshipId,
          receptionDayId: dayId,
          visitorName: "群众",
          issue: "反映问题",
          solved: v % 3 !== 0,
        });
    }
    for (let t = 0; t < P.trainings; t++) {
      const sessionId = id();
      const start = day(y, t * 3, 5);
      add("TrainingSession", {
        id: sessionId,
        townshipId,
        termId: home.termId,
        kind: "DUTY",
        title: "履职培训",
        startDate: start,
        endDate: start,
        days: 1,
        updatedAt: new Date().toISOString(),
      });
      deputies.forEach((d, k) =>
        add("TrainingEnrolment", {
          id: id(),
          townshipId,
          sessionId,
          deputyId: d.id,
          attendance: k % 10 === 0 ? "LEAVE" : "PRESENT",
        }),
      );
    }
    for (let a = 0; a < P.groupActivities; a++) {
      const activityId = id();
      add("GroupActivity", {
        id: activityId,
        townshipId,
        groupId: home.groupIds[a % home.groupIds.length],
        heldOn: day(y, a % 12, 8),
        topic: "视察",
        content: "视察村道建设",
        updatedAt: new Date().toISOString(),
      });
      for (let k = 0; k < P.attendeesPerActivity; k++)
        add("GroupActivityAttendee", {
          id: id(),
          townshipId,
          activityId,
          deputyId: deputies[(a * P.attendeesPerActivity + k) % deputies.length].id,
        });
    }
    for (let k = 0; k < P.duties; k++)
      add("DeputyDuty", {
        id: id(),
        townshipId,
        deputyId: deputies[k % deputies.length].id,
        kind: "VOTER_CONTACT",
        occurredOn: day(y, k % 12, 1 + (k % 27)),
        description: "走访选民",
        voters: 5,
        state: "VERIFIED",
        updatedAt: new Date().toISOString(),
      });
  }
  let n = 0;
  for (const [table, list] of Object.entries(rows)) {
    await insert(table, list);
    n += list.length;
  }
  return n;
}
