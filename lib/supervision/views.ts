// View loaders for the supervision pages: each page calls one function here. What the actor may do comes
// from the activity's steps and abilities (lib/supervision/steps.ts).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { conflict } from "@/lib/http/errors";
import { formatDay, todayInChina } from "@/lib/time/day";
import { townshipName } from "@/lib/text/township";
import { rosterOptions } from "@/lib/roster/public";
import { loadActivity } from "@/lib/supervision/access";
import { activityFollowUp } from "@/lib/supervision/rectification/activity-view";
import { getActivityOrThrow } from "@/lib/supervision/detail";
import { pollResults } from "@/lib/supervision/polls";
import { SUGGESTION_HANDLING_SUBJECT } from "@/lib/supervision/labels";
import { listActivities } from "@/lib/supervision/service";
import type { ActivityListQuery } from "@/lib/supervision/schema";

export async function pollResultsFor(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const { activity, rel } = await loadActivity(sdb, actor, id);
  return pollResults(sdb, actor, activity, rel);
}

export async function activitiesView(actor: Actor, q: ActivityListQuery) {
  return { list: await listActivities(actor, q), manage: can(actor, "supervision.manage") };
}

/** The plan's form: the township's active units and the term's sitting deputies, in name order. */
export async function newActivityView(actor: Actor) {
  const sdb = scopedDb(actor.townshipId);
  const [options, units] = await Promise.all([
    rosterOptions(actor),
    sdb.handlingUnit.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { term: options.term, deputies: options.deputies, units, today: formatDay(todayInChina()) };
}

export async function activityView(actor: Actor, id: string) {
  const a = await getActivityOrThrow(actor, id);
  // Findings, opinions and rectification, suggestions raised, the 再测评 (lib/supervision/rectification).
  const followUp = await activityFollowUp(actor, id, a.kind);
  return { a, followUp, today: formatDay(todayInChina()) };
}

/** The phone ballot page: the polls of an activity the deputy takes part in, and which they have voted in. */
export async function voteView(actor: Actor, id: string) {
  const a = await getActivityOrThrow(actor, id);
  return {
    id: a.id,
    title: a.title,
    kind: a.kind,
    may: a.may.vote,
    polls: a.polls.polls
      .filter((p) => !p.closed)
      .map((p) => ({ pollId: p.pollId, subject: p.subject, roundLabel: p.roundLabel, voted: !!p.votedByMe })),
  };
}

/** The printable ballot form (one sheet per participant) and the result sheet. */
export async function printView(actor: Actor, id: string, round: number) {
  const a = await getActivityOrThrow(actor, id);
  if (!a.may.print) throw conflict("方案批准后才能打印测评票");
  const polls = a.polls.polls.filter((p) => p.round === round);
  // Before the activity starts there are no polls yet: the form lists the plan's targets.
  const subjects = polls.length
    ? polls.map((p) => p.subject)
    : a.kind === "SUGGESTION_HANDLING_POLL"
      ? [SUGGESTION_HANDLING_SUBJECT]
      : a.targets.map((t) => t.name);
  return {
    subjects,
    township: await townshipName(actor),
    a,
    round,
    polls,
    rule: a.polls.rule,
    participants: a.participants.length,
    today: formatDay(todayInChina()),
  };
}
