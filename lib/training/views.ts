// View loaders for the training pages: each page calls one function here; what the actor may do comes from
// the permission table and the training's `may` (lib/training/detail.ts), never from the page.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { formatDay, todayInChina } from "@/lib/time/day";
import { currentTerm, rosterOptions } from "@/lib/roster/public";
import { deputyTrainingRecord } from "@/lib/training/deputy-record";
import { getTrainingOrThrow } from "@/lib/training/detail";
import { trainingYearFigures } from "@/lib/training/figures";
import { deputyNormWarnings, groupTrainingCounts } from "@/lib/training/norms";
import { getPlanOrThrow, listPlans } from "@/lib/training/plans";
import { planSections } from "@/lib/training/plan-docx";
import { NORMS_ARE_PRACTICE, ATTEND_DUTY_CITATION } from "@/lib/training/rules";
import { listTrainings } from "@/lib/training/service";
import type { TrainingListQuery } from "@/lib/training/schema";

/** /training: for the office, chair and presidium the plans, trainings, figures and warnings; for a deputy their own. */
export async function trainingHomeView(
  actor: Actor,
  year: number,
  filters: Pick<TrainingListQuery, "kind" | "held"> = {},
) {
  const trainings = await listTrainings(actor, { page: 1, pageSize: 100, year, ...filters });
  const base = {
    year,
    trainings: trainings.items,
    manage: can(actor, "training.manage"),
    citation: ATTEND_DUTY_CITATION,
    normNote: NORMS_ARE_PRACTICE,
  };
  if (!can(actor, "training_plan.list")) {
    const record = actor.deputyId ? await deputyTrainingRecord(db, actor.townshipId, actor.deputyId, year) : null;
    return { ...base, office: null, record };
  }
  const sdb = scopedDb(actor.townshipId);
  const term = await currentTerm(sdb);
  const today = todayInChina();
  const [plans, figures, deputies, groups] = await Promise.all([
    listPlans(actor, { page: 1, pageSize: 100 }),
    trainingYearFigures(db, actor.townshipId, year),
    term ? deputyNormWarnings(db, actor.townshipId, term.id, today) : Promise.resolve([]),
    groupTrainingCounts(db, actor.townshipId, year),
  ]);
  return {
    ...base,
    record: null,
    office: {
      plans: plans.items,
      figures,
      deputyWarnings: deputies,
      groupWarnings: groups.filter((g) => g.warning),
      managePlans: can(actor, "training_plan.manage"),
    },
  };
}

export async function newPlanView(actor: Actor) {
  const [options, term] = await Promise.all([rosterOptions(actor), currentTerm(scopedDb(actor.townshipId))]);
  const first = term?.startDate.getUTCFullYear() ?? 0;
  const last = term?.endDate.getUTCFullYear() ?? -1;
  const termYears = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  return { term: options.term, groups: options.groups, year: todayInChina().getUTCFullYear(), termYears };
}

export async function planView(actor: Actor, id: string) {
  const plan = await getPlanOrThrow(actor, id);
  const sections = planSections({
    ...plan,
    date: plan.approvedOn ?? formatDay(todayInChina()),
    draft: plan.state !== "APPROVED",
  });
  return { plan, sections, mayApprove: can(actor, "training_plan.approve") && plan.state === "DRAFT" };
}

export async function newTrainingView(actor: Actor) {
  const [options, plans] = await Promise.all([rosterOptions(actor), listPlans(actor, { page: 1, pageSize: 100 })]);
  return {
    term: options.term,
    groups: options.groups,
    deputies: options.deputies,
    plans: plans.items.map((p) => ({ id: p.id, name: p.title })),
    today: formatDay(todayInChina()),
  };
}

export async function trainingView(actor: Actor, id: string) {
  const t = await getTrainingOrThrow(actor, id);
  if (!t.may.manage) return { t, groups: [], deputies: [], today: formatDay(todayInChina()) };
  const options = await rosterOptions(actor);
  const enrolled = new Set(t.enrolments.map((e) => e.deputyId));
  return {
    t,
    groups: options.groups,
    deputies: options.deputies.filter((d) => !enrolled.has(d.id)).map((d) => ({ id: d.id, name: d.name })),
    today: formatDay(todayInChina()),
  };
}
