// The dashboard's charts built from the modules' year figures — pure, no Prisma, unit-tested: each chart's
// categories, its series of numbers, and for every bar or slice the URL of the filtered list of the records
// behind it (the list's own query parameters, so the list shows exactly what the bar counts).
import type { SuggestionFigures } from "@/lib/suggestions/public";
import { REPLY_CLASS_LABELS, SUGGESTION_STATE_LABELS } from "@/lib/suggestions/public";
import { pollAnchor, type SupervisionYearFigures } from "@/lib/supervision/public";
import { PETITION_OUTCOME_LABELS, type PetitionOutcome, type PetitionYearFigures } from "@/lib/petitions/public";
import type { TrainingYearFigures } from "@/lib/training/public";
import type { GroupActivityYearFigures } from "@/lib/group-activities/public";
import { listHref, type SixOneSummary } from "@/lib/dashboard/links";

export interface ChartSeries {
  name: string;
  /** One value per category; null: no figure (a rate without a base). */
  values: (number | null)[];
  /** One list URL per category. */
  hrefs: string[];
}

export interface ChartSpec {
  id: string;
  title: string;
  /** bar: vertical bars; hbar: one row per category (long names: units); pie: shares of a whole. */
  kind: "bar" | "hbar" | "pie";
  /** What a value counts ("件", "次", "%"). */
  unit: string;
  /** The axis' top (100 for rates). */
  max?: number;
  categories: string[];
  series: ChartSeries[];
  /** How the numbers are counted (the module's rule), shown under the chart. */
  note?: string;
}

const one = (name: string, points: { label: string; value: number | null; href: string }[]) => ({
  categories: points.map((p) => p.label),
  series: [{ name, values: points.map((p) => p.value), hrefs: points.map((p) => p.href) }],
});

/** The suggestions the figures count, by state (only states with suggestions). */
export function suggestionsByState(f: SuggestionFigures): ChartSpec {
  const states = (Object.keys(SUGGESTION_STATE_LABELS) as (keyof typeof SUGGESTION_STATE_LABELS)[]).filter(
    (s) => (f.byState[s] ?? 0) > 0,
  );
  return {
    id: "suggestions-state",
    title: "建议按办理状态",
    kind: "bar",
    unit: "件",
    ...one(
      "建议",
      states.map((s) => ({
        label: SUGGESTION_STATE_LABELS[s],
        value: f.byState[s] ?? 0,
        href: listHref("/suggestions", { year: f.year, counted: "true", state: s }),
      })),
    ),
  };
}

/** The answered suggestions by the class of their latest reply (A/B/C). */
export function suggestionsByClass(f: SuggestionFigures): ChartSpec {
  return {
    id: "suggestions-class",
    title: "建议按答复类别",
    kind: "pie",
    unit: "件",
    ...one(
      "建议",
      (["A", "B", "C"] as const).map((c) => ({
        label: REPLY_CLASS_LABELS[c],
        value: f.byClass[c],
        href: listHref("/suggestions", { year: f.year, counted: "true", replyClass: c }),
      })),
    ),
    note: "按每件建议最近一次答复的类别统计。",
  };
}

const unitHref = (f: SuggestionFigures, unitId: string) =>
  listHref("/suggestions", { year: f.year, counted: "true", leadUnitId: unitId });

/** Suggestions per lead unit (主办), most first. */
export function suggestionsByUnit(f: SuggestionFigures): ChartSpec {
  return {
    id: "suggestions-unit",
    title: "建议按主办单位",
    kind: "hbar",
    unit: "件",
    ...one(
      "建议",
      f.units.map((u) => ({ label: u.name, value: u.total, href: unitHref(f, u.id) })),
    ),
  };
}

/** On-time and satisfaction rates per lead unit. */
export function unitRates(f: SuggestionFigures): ChartSpec {
  const hrefs = f.units.map((u) => unitHref(f, u.id));
  return {
    id: "suggestions-unit-rates",
    title: "各单位按时答复率和满意率",
    kind: "hbar",
    unit: "%",
    max: 100,
    categories: f.units.map((u) => u.name),
    series: [
      { name: "按时答复率", values: f.units.map((u) => u.onTimeRate), hrefs },
      { name: "满意率", values: f.units.map((u) => u.satisfactionRate), hrefs },
    ],
    note: "按时答复率 = 按时首次答复的件数 ÷（已答复 + 逾期未答复）；满意率 =（满意 + 基本满意）÷ 已评价。",
  };
}

/** The evaluated units' (and officials') poll rates, the first poll and the one after rectification; each bar opens its poll. */
export function supervisionPolls(f: SupervisionYearFigures): ChartSpec {
  const rows = f.evaluated.filter((e) => e.round1 || e.round2);
  // Each bar opens its own poll row (the unit and the round) on the activity's page.
  const hrefs = (round: number) => rows.map((e) => `/supervision/${e.activityId}#${pollAnchor(e.targetId, round)}`);
  const series = [
    { name: "测评满意率", values: rows.map((e) => e.round1?.rate ?? null), hrefs: hrefs(1) },
    ...(rows.some((e) => e.round2)
      ? [{ name: "整改后再测评", values: rows.map((e) => e.round2?.rate ?? null), hrefs: hrefs(2) }]
      : []),
  ];
  return {
    id: "supervision-polls",
    title: "监督测评满意率（按被评议单位）",
    kind: "hbar",
    unit: "%",
    max: 100,
    categories: rows.map((e) => e.name),
    series,
    note: f.rules.rate,
  };
}

/** Petitions received by category. */
export function petitionsByCategory(f: PetitionYearFigures): ChartSpec {
  return {
    id: "petitions-category",
    title: "信访件按类别",
    kind: "bar",
    unit: "件",
    ...one(
      "信访件",
      f.byCategory.map((g) => ({
        label: g.label,
        value: g.tally.received,
        href: listHref("/petitions", { year: f.year, category: g.key }),
      })),
    ),
  };
}

/** Petitions received by outcome: closed and resolved, closed unresolved, still open. */
export function petitionsByOutcome(f: PetitionYearFigures): ChartSpec {
  const t = f.total;
  const counts: Record<PetitionOutcome, number> = {
    resolved: t.resolved,
    unresolved: t.closed - t.resolved,
    open: t.received - t.closed,
  };
  return {
    id: "petitions-outcome",
    title: "信访件按办理结果",
    kind: "pie",
    unit: "件",
    ...one(
      "信访件",
      (Object.keys(counts) as PetitionOutcome[]).map((o) => ({
        label: PETITION_OUTCOME_LABELS[o],
        value: counts[o],
        href: listHref("/petitions", { year: f.year, outcome: o }),
      })),
    ),
    note: f.rules.resolved,
  };
}

/** Trainings held by kind. */
export function trainingsByKind(f: TrainingYearFigures): ChartSpec {
  return {
    id: "training-kind",
    title: "已举办的培训（按类型）",
    kind: "bar",
    unit: "次",
    ...one(
      "培训",
      f.byKind.map((k) => ({
        label: k.label,
        value: k.held,
        href: listHref("/training", { year: f.year, kind: k.kind, held: "true" }),
      })),
    ),
    note: f.rules.held,
  };
}

/** Group activities held per quarter, all groups together. */
export function groupActivitiesByQuarter(f: GroupActivityYearFigures): ChartSpec {
  const quarters = [0, 1, 2, 3].map((i) => f.groups.reduce((s, g) => s + g.byQuarter[i], 0));
  return {
    id: "group-activities-quarter",
    title: "代表小组活动（按季度）",
    kind: "bar",
    unit: "次",
    ...one(
      "小组活动",
      quarters.map((value, i) => ({
        label: `第${"一二三四"[i]}季度`,
        value,
        href: listHref("/groups/activities", { year: f.year, quarter: i + 1 }),
      })),
    ),
    note: f.rules.counted,
  };
}

/** 六个一: how many deputies met each of the six targets, and all six. */
export function sixOneCompletion(s: SixOneSummary): ChartSpec {
  return {
    id: "six-one",
    title: "“六个一”完成情况（达标代表数）",
    kind: "hbar",
    unit: "人",
    max: s.deputies || undefined,
    ...one("达标代表", [
      ...s.lines.map((l) => ({ label: l.label, value: l.met, href: l.href })),
      { label: "六项全部完成", value: s.complete, href: s.href },
    ]),
    note: `${s.deputies} 名代表；${s.rule}`,
  };
}
