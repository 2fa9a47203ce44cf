// The year's supervision figures (监督工作年度数字): activities by kind, units evaluated with their rates,
// review opinions, rectification on time / overdue / accepted, suggestions raised from activities. One
// function the annual summary calls, the figures page shows and the year's table prints; every number is
// counted from the records, with its rule written next to it.
import { z } from "zod";
import type { SupervisionKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getSettings } from "@/lib/settings";
import { formatDay, todayInChina } from "@/lib/time/day";
import { targetName } from "@/lib/supervision/names";
import { SUPERVISION_KIND_LABELS, SUGGESTION_HANDLING_SUBJECT } from "@/lib/supervision/labels";
import {
  EMPTY_TALLY,
  KINDS,
  addTallies,
  isEvaluation,
  rateRuleText,
  rateWithFigures,
  satisfactionRate,
  tallyChoices,
  wholePercent,
  type Tally,
} from "@/lib/supervision/rules";

/** Activities counted: the year's, once the plan is approved (a draft plan has not happened). */
export const ACTIVITY_RULE = "活动按年度统计，方案经批准后计入（草稿不计）。";
/**
 * On time: the unit's first rectification report submitted on or before the due day. The rate's base is
 * the tasks that are due: those with a report, and those past their due day with none.
 */
export const RECTIFICATION_ON_TIME_RULE =
  "按期整改率 = 在期限内报送首份整改报告的任务 ÷（已报送整改报告的任务 + 已过期限仍未报送的任务），四舍五入取整。";

export interface PollFigure {
  tally: Tally;
  rate: number | null;
  /** "16/17 = 94%" */
  figures: string;
}

export interface EvaluatedUnit {
  activityId: string;
  /** The target (评议对象): its poll rows on the activity's page are `#${pollAnchor(targetId, round)}`. */
  targetId: string;
  activity: string;
  kind: SupervisionKind;
  /** The unit's name, or the official's name and post (述职评议). */
  name: string;
  round1: PollFigure | null;
  /** 再测评 after rectification, when held. */
  round2: PollFigure | null;
}

export interface SupervisionYearFigures {
  year: number;
  satisfiedOnly: boolean;
  rules: { rate: string; activities: string; onTime: string };
  activities: {
    total: number;
    concluded: number;
    byKind: { kind: SupervisionKind; label: string; total: number; concluded: number }[];
    /** Each activity counted, in order of its start (the page's report links, the annual summary's list). */
    items: {
      id: string;
      title: string;
      kind: SupervisionKind;
      state: string;
      startDate: string;
      /** 执法检查: the law inspected (《…法》), as recorded. */
      lawName: string | null;
    }[];
  };
  evaluated: EvaluatedUnit[];
  /** The 15.5 poll on the year's suggestion handling (代表对建议办理工作的满意度测评), when held. */
  suggestionHandling: (PollFigure & { subject: string }) | null;
  opinions: { total: number; sent: number };
  rectifications: RectificationCounts & {
    /** The same per unit (承办单位), in the order of the unit's name; only units with a task. */
    byUnit: UnitRectifications[];
  };
  /** Suggestions raised during the year's activities (created from them, SupervisionSuggestion). */
  suggestions: number;
}

/**
 * The id of a target's poll row of a round on the activity's page (components/supervision/poll-table.tsx), so a
 * figure of one unit's poll opens that row, not the whole activity.
 */
export const pollAnchor = (targetId: string, round: number) => `poll-${targetId}-${round}`;

/** Rectification tasks of the year (the township's, or one unit's). */
export interface RectificationCounts {
  total: number;
  accepted: number;
  /** Reports submitted, waiting for the office's review. */
  underReview: number;
  onTime: number;
  late: number;
  /** Past the due day with no report (owed, or owed again after a return). */
  overdue: number;
  /** A report owed (first, or again after a return), not yet due. */
  pending: number;
  /** The on-time rate's base: tasks with a report, and those past their due day with none. */
  due: number;
  onTimeRate: number | null;
}

/** One unit's rectification figures of the year (its landing's on-time bar). */
export interface UnitRectifications extends RectificationCounts {
  unitId: string;
  unit: string;
}

/**
 * Where a task stands for the on-time rate (RECTIFICATION_ON_TIME_RULE), `today` as 年-月-日: its first report
 * on or before the due day (on_time) or after it (late); no report and past the due day (unreported); no
 * report, not yet due (not_due: outside the base). The figures and the list's `onTime` filter both read it.
 */
export type Timeliness = "on_time" | "late" | "unreported" | "not_due";
export function timeliness(t: { dueDate: Date; reports: { submittedOn: Date }[] }, today: string): Timeliness {
  const first = t.reports[0];
  if (first) return formatDay(first.submittedOn) <= formatDay(t.dueDate) ? "on_time" : "late";
  return formatDay(t.dueDate) < today ? "unreported" : "not_due";
}
/** The list's `onTime` filter: `true` the tasks reported on time, `base` the rate's base. */
export const TIMELINESS_FILTER: Record<"true" | "base", readonly Timeliness[]> = {
  true: ["on_time"],
  base: ["on_time", "late", "unreported"],
};

/** The client or a transaction of it (every query names the township itself). */
type Client = Tx;

const pollFigure = (t: Tally, satisfiedOnly: boolean): PollFigure => ({
  tally: t,
  rate: satisfactionRate(t, satisfiedOnly),
  figures: rateWithFigures(t, satisfiedOnly),
});

/** Paper counts plus the online ballots of each poll, by poll id. */
export async function pollTallies(client: Client, townshipId: string, pollIds: string[]) {
  const [polls, ballots] = await Promise.all([
    client.supervisionPoll.findMany({
      where: { townshipId, id: { in: pollIds } },
      select: { id: true, paperSatisfied: true, paperBasic: true, paperUnsatisfied: true, paperInvalid: true },
    }),
    client.supervisionBallot.groupBy({
      by: ["pollId", "choice"],
      where: { townshipId, pollId: { in: pollIds } },
      _count: { _all: true },
    }),
  ]);
  const out = new Map<string, Tally>();
  for (const p of polls) {
    const online = tallyChoices(
      ballots.filter((b) => b.pollId === p.id).flatMap((b) => Array<string>(b._count._all).fill(b.choice)),
    );
    out.set(
      p.id,
      addTallies(
        { satisfied: p.paperSatisfied, basic: p.paperBasic, unsatisfied: p.paperUnsatisfied, invalid: p.paperInvalid },
        online,
      ),
    );
  }
  return out;
}

/** The activities the year's figures count: every one but a draft plan (the list's `counted=true` too). */
export const COUNTED_ACTIVITY = { state: { not: "DRAFT" as const } } satisfies Prisma.SupervisionActivityWhereInput;

function loadYearActivities(client: Client, townshipId: string, year: number, through?: Date) {
  return client.supervisionActivity.findMany({
    where: { townshipId, year, ...COUNTED_ACTIVITY, ...(through ? { startDate: { lte: through } } : {}) },
    orderBy: [{ startDate: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      kind: true,
      state: true,
      startDate: true,
      lawName: true,
      targets: {
        orderBy: { position: "asc" },
        select: { id: true, officialName: true, officialPost: true, unit: { select: { name: true } } },
      },
      polls: { select: { id: true, targetId: true, round: true } },
    },
  });
}
type YearActivity = Awaited<ReturnType<typeof loadYearActivities>>[number];

function loadTasks(client: Client, townshipId: string, where: Prisma.RectificationTaskWhereInput) {
  return client.rectificationTask.findMany({
    where: { townshipId, ...where },
    orderBy: [{ number: "asc" }, { id: "asc" }],
    select: {
      id: true,
      state: true,
      dueDate: true,
      unitId: true,
      unit: { select: { name: true } },
      reports: { orderBy: [{ submittedOn: "asc" }, { createdAt: "asc" }], take: 1, select: { submittedOn: true } },
    },
  });
}
type YearTask = Awaited<ReturnType<typeof loadTasks>>[number];

/**
 * The ids of the tasks `which` keeps (TIMELINESS_FILTER), of the year's counted activities when a year is given,
 * of one unit when given — for the rectification list, so its total is the figure (a unit's landing bar).
 */
export async function rectificationTimelinessIds(
  client: Client,
  townshipId: string,
  which: keyof typeof TIMELINESS_FILTER,
  f: { year?: number; unitId?: string; today?: Date } = {},
): Promise<string[]> {
  const today = formatDay(f.today ?? todayInChina());
  const tasks = await loadTasks(client, townshipId, {
    ...(f.year ? { activity: { year: f.year, ...COUNTED_ACTIVITY } } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
  });
  return tasks.filter((t) => TIMELINESS_FILTER[which].includes(timeliness(t, today))).map((t) => t.id);
}

function kindFigures(activities: readonly YearActivity[]) {
  return KINDS.map((kind) => {
    const of = activities.filter((a) => a.kind === kind);
    return {
      kind,
      label: SUPERVISION_KIND_LABELS[kind],
      total: of.length,
      concluded: of.filter((a) => a.state === "CONCLUDED").length,
    };
  }).filter((k) => k.total > 0);
}

/** Rectification tasks: the first report on time or late, owed and overdue or pending; `today` as 年-月-日. */
function rectificationCounts(tasks: readonly YearTask[], today: string): RectificationCounts {
  const of = (w: Timeliness) => tasks.filter((t) => timeliness(t, today) === w).length;
  const onTime = of("on_time");
  const late = of("late");
  let overdue = 0;
  let pending = 0;
  for (const t of tasks) {
    const owed = t.state === "ASSIGNED" || t.state === "RETURNED";
    if (owed && formatDay(t.dueDate) < today) overdue++;
    else if (owed) pending++;
  }
  const due = onTime + late + of("unreported");
  return {
    total: tasks.length,
    accepted: tasks.filter((t) => t.state === "ACCEPTED").length,
    underReview: tasks.filter((t) => t.state === "REPORTED").length,
    onTime,
    late,
    overdue,
    pending,
    due,
    onTimeRate: wholePercent(onTime, due),
  };
}

/** The township's counts and each unit's. */
function rectificationFigures(tasks: readonly YearTask[], today: string): SupervisionYearFigures["rectifications"] {
  const units = new Map<string, YearTask[]>();
  for (const t of tasks) units.set(t.unitId, [...(units.get(t.unitId) ?? []), t]);
  const byUnit = [...units.values()]
    .map((of) => ({ unitId: of[0].unitId, unit: of[0].unit.name, ...rectificationCounts(of, today) }))
    .sort((a, b) => a.unit.localeCompare(b.unit, "zh-CN"));
  return { ...rectificationCounts(tasks, today), byUnit };
}

/** The year's figures of one township. `today` decides what is overdue (default today in China). */
export async function supervisionYearFigures(
  client: Client,
  townshipId: string,
  year: number,
  opts: { today?: Date; through?: Date } = {},
): Promise<SupervisionYearFigures> {
  const today = formatDay(opts.today ?? todayInChina());
  const satisfiedOnly = (await getSettings())["supervision.rateCountsSatisfiedOnly"] === 1;
  const activities = await loadYearActivities(client, townshipId, year, opts.through);
  const ids = activities.map((a) => a.id);
  const [tallies, opinions, tasks, suggestions] = await Promise.all([
    pollTallies(
      client,
      townshipId,
      activities.flatMap((a) => a.polls.map((p) => p.id)),
    ),
    client.reviewOpinion.findMany({ where: { townshipId, activityId: { in: ids } }, select: { sentOn: true } }),
    loadTasks(client, townshipId, { activityId: { in: ids } }),
    client.supervisionSuggestion.count({ where: { townshipId, activityId: { in: ids } } }),
  ]);

  const pollOf = (a: YearActivity, targetId: string | null, round: number) => {
    const p = a.polls.find((x) => x.targetId === targetId && x.round === round);
    return p ? pollFigure(tallies.get(p.id) ?? EMPTY_TALLY, satisfiedOnly) : null;
  };
  const evaluated = activities
    .filter((a) => isEvaluation(a.kind))
    .flatMap((a) =>
      a.targets.map((t) => ({
        activityId: a.id,
        targetId: t.id,
        activity: a.title,
        kind: a.kind,
        name: targetName(t),
        round1: pollOf(a, t.id, 1),
        round2: pollOf(a, t.id, 2),
      })),
    );
  const handling = activities.find((a) => a.kind === "SUGGESTION_HANDLING_POLL");
  const handlingPoll = handling ? pollOf(handling, null, 1) : null;

  return {
    year,
    satisfiedOnly,
    rules: { rate: rateRuleText(satisfiedOnly), activities: ACTIVITY_RULE, onTime: RECTIFICATION_ON_TIME_RULE },
    activities: {
      total: activities.length,
      concluded: activities.filter((a) => a.state === "CONCLUDED").length,
      byKind: kindFigures(activities),
      items: activities.map((a) => ({
        id: a.id,
        title: a.title,
        kind: a.kind,
        state: a.state,
        startDate: formatDay(a.startDate),
        lawName: a.lawName,
      })),
    },
    evaluated,
    suggestionHandling: handlingPoll ? { ...handlingPoll, subject: SUGGESTION_HANDLING_SUBJECT } : null,
    opinions: { total: opinions.length, sent: opinions.filter((o) => o.sentOn).length },
    rectifications: rectificationFigures(tasks, today),
    suggestions,
  };
}

/** The figures page and the year's table: one year (default this year in China). */
export const SupervisionYearQuery = z.object({
  year: z.coerce
    .number({ error: "年度应为数字" })
    .int("年度应为整数")
    .min(2000, "年度不早于 2000")
    .max(2100, "年度不晚于 2100")
    .default(() => todayInChina().getUTCFullYear())
    .describe("年度"),
});
export type SupervisionYearQuery = z.infer<typeof SupervisionYearQuery>;

/** The actor's township's figures for a year (the page and the API). */
export const yearFiguresFor = (actor: Actor, year: number) => supervisionYearFigures(db, actor.townshipId, year);
