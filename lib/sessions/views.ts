// View loaders for the session pages: each page calls one function here. What the actor may do
// comes from the session's steps (lib/sessions/steps.ts).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { formatDay, todayInChina } from "@/lib/time/day";
import { sittingCountOn } from "@/lib/roster/public";
import type { SessionListQuery } from "@/lib/sessions/schema";
import { getSessionOrThrow, listSessions } from "@/lib/sessions/service";
import { getChecklistTemplate } from "@/lib/sessions/checklist";
import { getAttendance } from "@/lib/sessions/attendance";
import { listVotes } from "@/lib/sessions/votes";
import { listElections } from "@/lib/sessions/elections";
import { listCorrections } from "@/lib/sessions/corrections";
import type { SessionStepName } from "@/lib/sessions/steps";

/** One session's page: the record, votes, elections, the roll for staff, and the steps open now. */
export async function sessionView(actor: Actor, id: string) {
  // Office, chair and presidium see the preparation and the roll; deputies the agenda, documents and results.
  const staff = can(actor, "session.attendance_view");
  const s = await getSessionOrThrow(actor, id);
  const [votes, elections, attendance, corrections] = await Promise.all([
    listVotes(actor, id),
    listElections(actor, id),
    staff ? getAttendance(actor, id) : null,
    listCorrections(actor, id),
  ]);
  const open = (name: SessionStepName) => s.steps.some((x) => x.name === name && x.open);
  return {
    s,
    staff,
    votes,
    elections,
    attendance,
    /** 更正记录: corrections of dates, venue and agenda, each with the original (corrections.ts). */
    corrections,
    agenda: s.agenda.map((a) => ({ id: a.id, title: a.title })),
    /** Those marked present, who vote by name. */
    present: attendance?.deputies.filter((d) => d.status === "PRESENT") ?? [],
    today: formatDay(todayInChina()),
    may: {
      open: open("open"),
      close: open("close"),
      edit: open("edit"),
      correct: open("correct"),
      vote: open("vote"),
      addElection: open("add_election"),
      recordRound: open("record_round"),
      correctRecord: open("correct_record"),
    },
  };
}

/** The sessions list, and for the office the new-session form's figures and the checklist template. */
export async function sessionsView(actor: Actor, query: SessionListQuery) {
  const manage = can(actor, "session.manage");
  const [list, sitting, template] = await Promise.all([
    listSessions(actor, query),
    manage ? sittingCountOn(actor.townshipId, todayInChina()) : 0,
    manage ? getChecklistTemplate(actor) : null,
  ]);
  return { list, manage, sitting, template };
}
