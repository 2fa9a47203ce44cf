// Each role's landing page is its to-do list for today. Every count comes from its domain's public
// functions — the same filter as the list it links to, so the number on the card is the number of
// rows on the page it opens — and this module only composes them.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { listNotifications } from "@/lib/notifications/reader";
import { todayInChina } from "@/lib/time/day";
import {
  countSuggestions,
  dueTodayCount,
  InboxQuery,
  listUnitInbox,
  reminderCounts,
  suggestionFigures,
} from "@/lib/suggestions/public";
import { nextPresidiumMeeting, upcomingSession } from "@/lib/sessions/public";
import { countRectifications } from "@/lib/supervision/public";
import { countReceptionDays } from "@/lib/reception/public";
import { countTrainings } from "@/lib/training/public";
import { countDuties } from "@/lib/duties/public";
import { deputyProgress, officeProgress, unitProgress } from "@/lib/landing/progress";
import { countPetitions } from "@/lib/petitions/public";

/** One count of the to-do list and the filtered list it opens. */
export interface TodoCount {
  key: string;
  label: string;
  count: number;
  href: string;
  /** Marked for attention (overdue, sent back) when not zero. */
  urgent?: boolean;
}

/** Petitions (信访) waiting for the actor, one card each: a state of the petition list as the actor sees it. */
async function petitionTodo(
  actor: Actor,
  cards: { key: string; label: string; state: "REGISTERED" | "PROPOSED" | "APPROVED" | "TRANSFERRED" | "ANSWERED" }[],
) {
  const counts = await Promise.all(cards.map((c) => countPetitions(actor, { state: c.state })));
  return cards.map((c, i): TodoCount => ({
    key: c.key,
    label: c.label,
    count: counts[i],
    href: `/petitions?state=${c.state}`,
  }));
}

const inboxTotal = async (actor: Actor, q: Record<string, string>) =>
  (await listUnitInbox(actor, InboxQuery.parse({ ...q, pageSize: 1 }))).total;

/** The office: what to register and assign, what is overdue or due soon, co-unit input owed; the next session and meeting. */
async function officeLanding(actor: Actor) {
  const progress = officeProgress(actor);
  const [submitted, registered, due, coInput, session, meeting, toReview, rectOverdue, petitions] = await Promise.all([
    countSuggestions(actor, { state: "SUBMITTED" }),
    countSuggestions(actor, { state: "REGISTERED" }),
    reminderCounts(actor),
    countSuggestions(actor, { coInput: "owed" }),
    upcomingSession(actor),
    nextPresidiumMeeting(actor),
    countRectifications(actor, { state: "REPORTED" }),
    countRectifications(actor, { status: "overdue" }),
    petitionTodo(actor, [
      { key: "petition_propose", label: "信访待拟办", state: "REGISTERED" },
      { key: "petition_transfer", label: "信访待转办", state: "APPROVED" },
      { key: "petition_close", label: "信访已回复待办结", state: "ANSWERED" },
    ]),
  ]);
  const todo: TodoCount[] = [
    { key: "register", label: "待登记", count: submitted, href: "/suggestions?state=SUBMITTED" },
    { key: "assign", label: "待交办", count: registered, href: "/suggestions?state=REGISTERED" },
    {
      key: "overdue",
      label: "已逾期",
      count: due.overdue,
      href: "/suggestions/reminders?status=overdue",
      urgent: true,
    },
    {
      key: "due_soon",
      label: `${due.soonDays} 天内到期`,
      count: due.dueSoon,
      href: "/suggestions/reminders?status=due_soon",
    },
    { key: "co_input", label: "协办意见待交", count: coInput, href: "/suggestions?coInput=owed" },
    { key: "rect_review", label: "整改报告待审核", count: toReview, href: "/rectifications?state=REPORTED" },
    {
      key: "rect_overdue",
      label: "整改逾期",
      count: rectOverdue,
      href: "/rectifications?status=overdue",
      urgent: true,
    },
    ...petitions,
  ];
  todo.push(...(await deputyWorkTodo(actor)));
  return { kind: "OFFICE" as const, todo, session, meeting, progress: await progress };
}

/** The chair and the presidium: assignments to sign off (the chair), the coming session, the year's key rates. */
async function presidiumLanding(actor: Actor) {
  const year = todayInChina().getUTCFullYear();
  const signs = can(actor, "suggestion.sign_off");
  const [unsigned, session, figures, petitions] = await Promise.all([
    signs ? countSuggestions(actor, { unsigned: "true" }) : null,
    upcomingSession(actor),
    can(actor, "suggestion.figures") ? suggestionFigures(actor, { year }) : null,
    // The chair approves the office's proposed handling (批办).
    can(actor, "petition.approve")
      ? petitionTodo(actor, [{ key: "petition_approve", label: "信访待批办", state: "PROPOSED" }])
      : [],
  ]);
  const todo: TodoCount[] = [
    ...(unsigned === null
      ? []
      : [{ key: "sign_off", label: "待签发", count: unsigned, href: "/suggestions?unsigned=true" }]),
    ...petitions,
  ];
  const rates = figures && {
    year,
    total: figures.total,
    replied: figures.replied,
    onTimeRate: figures.onTimeRate,
    resolvedRate: figures.resolvedRate,
    satisfactionRate: figures.satisfactionRate,
    href: `/suggestions/figures?year=${year}`,
  };
  todo.push(...(await deputyWorkTodo(actor)));
  return { kind: "PRESIDIUM" as const, todo, session, rates };
}

/** A deputy: replies to rate, the coming session and its documents, notices. */
async function deputyLanding(actor: Actor) {
  const progress = deputyProgress(actor);
  const [toRate, session, notifications, onDuty] = await Promise.all([
    countSuggestions(actor, { mine: "true", state: "REPLIED" }),
    upcomingSession(actor),
    listNotifications(actor, 5),
    countReceptionDays(actor, { when: "upcoming" }),
  ]);
  const todo: TodoCount[] = [
    { key: "rate", label: "待评价的答复", count: toRate, href: "/suggestions?state=REPLIED" },
    { key: "reception_duty", label: "接待选民日值班", count: onDuty, href: "/reception-days?when=upcoming" },
  ];
  return {
    kind: "DEPUTY" as const,
    linked: !!actor.deputyId,
    deputyId: actor.deputyId,
    todo,
    session,
    notifications,
    progress: await progress,
  };
}

/** A handling unit: replies it owes, what was sent back, what is due today; notices. */
async function unitLanding(actor: Actor) {
  const progress = unitProgress(actor);
  const [toAnswer, sentBack, dueToday, notifications, toReport, petitions] = await Promise.all([
    inboxTotal(actor, { todo: "answer" }),
    inboxTotal(actor, { state: "REHANDLING" }),
    dueTodayCount(actor),
    listNotifications(actor, 5),
    countRectifications(actor, { todo: "report" }),
    // Transferred to the unit (转办) and not yet answered.
    petitionTodo(actor, [{ key: "petition_reply", label: "信访待回复", state: "TRANSFERRED" }]),
  ]);
  const todo: TodoCount[] = [
    { key: "answer", label: "待答复", count: toAnswer, href: "/suggestions?todo=answer" },
    { key: "sent_back", label: "退回重办", count: sentBack, href: "/suggestions?state=REHANDLING", urgent: true },
    {
      key: "due_today",
      label: "今天到期",
      count: dueToday,
      href: "/suggestions/reminders?status=due_today",
      urgent: true,
    },
    { key: "rect_report", label: "待报送整改报告", count: toReport, href: "/rectifications?todo=report" },
    ...petitions,
  ];
  return { kind: "UNIT" as const, linked: !!actor.unitId, todo, notifications, progress: await progress };
}

/** Deputies' work between sessions: duty entries to verify (the office), trainings with leave to decide (the chair). */
async function deputyWorkTodo(actor: Actor): Promise<TodoCount[]> {
  const year = todayInChina().getUTCFullYear();
  const [toVerify, leaves] = await Promise.all([
    can(actor, "duty.review") ? countDuties(actor, { state: "SUBMITTED", year }) : null,
    can(actor, "training.decide_leave") ? countTrainings(actor, { leave: "pending" }) : null,
  ]);
  return [
    ...(toVerify === null
      ? []
      : [
          {
            key: "duty_verify",
            label: "履职登记待核实",
            count: toVerify,
            href: `/duties?state=SUBMITTED&year=${year}`,
          },
        ]),
    ...(leaves === null
      ? []
      : [{ key: "training_leave", label: "培训请假待审批", count: leaves, href: "/training?leave=pending" }]),
  ];
}

/** What each role's landing page shows, all of it read within the actor's township. */
export async function getLanding(actor: Actor) {
  switch (actor.role) {
    case "OFFICE":
      return officeLanding(actor);
    case "CHAIR":
    case "PRESIDIUM":
      return presidiumLanding(actor);
    case "DEPUTY":
      return deputyLanding(actor);
    case "UNIT":
      return unitLanding(actor);
    case "COUNTY":
      // A county account's home is the county view (app/(app)/page.tsx sends it to /county).
      return { kind: "COUNTY" as const, todo: [] as TodoCount[] };
  }
}

export type Landing = Awaited<ReturnType<typeof getLanding>>;
