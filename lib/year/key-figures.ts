// The annual summary's key figures (年度工作总结主要数字): one flat list, each figure read from one module's own
// year-figures function, with the previous period beside it, the change, and the page that lists the records
// behind it. Pure: lib/year/summary.ts gathers the modules' figures; dashboards and the drafted report read this.
import type { DutyYearFigures } from "@/lib/duties/public";
import type { GroupActivityYearFigures } from "@/lib/group-activities/public";
import type { PetitionYearFigures } from "@/lib/petitions/public";
import type { ReceptionYearFigures } from "@/lib/reception/public";
import type { SessionYearFigures } from "@/lib/sessions/public";
import type { SuggestionFigures } from "@/lib/suggestions/public";
import type { SupervisionYearFigures } from "@/lib/supervision/public";
import type { TrainingYearFigures } from "@/lib/training/public";

/** Every module's figures of one period, each from the module's one function. */
export interface YearFigureSet {
  year: number;
  /** The last day counted (年-月-日). */
  through: string;
  sessions: SessionYearFigures;
  supervision: SupervisionYearFigures;
  suggestions: SuggestionFigures;
  petitions: PetitionYearFigures;
  reception: ReceptionYearFigures;
  training: TrainingYearFigures;
  groups: GroupActivityYearFigures;
  duties: DutyYearFigures;
}

/** The areas, in the order the summary and the work report take them. */
export const SUMMARY_AREAS = [
  { id: "sessions", label: "人代会和主席团" },
  { id: "supervision", label: "监督" },
  { id: "suggestions", label: "建议办理" },
  { id: "petitions", label: "信访" },
  { id: "reception", label: "接待选民日" },
  { id: "training", label: "培训" },
  { id: "groups", label: "代表小组活动" },
  { id: "duties", label: "履职登记" },
] as const;
export type SummaryAreaId = (typeof SUMMARY_AREAS)[number]["id"];

/** A percentage's change is in percentage points (个百分点); a count's in the count's unit. */
export type FigureUnit = "次" | "天" | "项" | "人" | "人次" | "件" | "个" | "期" | "条" | "%";

interface KeyFigureDef {
  id: string;
  area: SummaryAreaId;
  label: string;
  unit: FigureUnit;
  /** The page that shows the records behind the figure, for the year. */
  href: (year: number) => string;
  value: (f: YearFigureSet) => number | null;
}

const y = (path: string) => (year: number) => `${path}${path.includes("?") ? "&" : "?"}year=${year}`;

/** A key figure: `href` a path taking `?year=`, or a function of the year for a page without it. */
const k = <const I extends string>(
  id: I,
  area: SummaryAreaId,
  label: string,
  unit: FigureUnit,
  href: string | ((year: number) => string),
  value: (f: YearFigureSet) => number | null,
) => ({ id, area, label, unit, href: typeof href === "string" ? y(href) : href, value }) satisfies KeyFigureDef;

/** The key figures, in order. Each is one module figure; the rules are the module's, stated on its page. */
export const KEY_FIGURES = [
  // 人代会和主席团
  k("sessions.held", "sessions", "召开人民代表大会会议", "次", "/sessions", (f) => f.sessions.sessions.held),
  k("sessions.extraordinary", "sessions", "其中临时会议", "次", "/sessions", (f) => f.sessions.sessions.extraordinary),
  k("sessions.days", "sessions", "会期", "天", "/sessions", (f) => f.sessions.sessions.days),
  k("sessions.attendanceRate", "sessions", "代表出席率", "%", "/sessions", (f) => f.sessions.attendance.rate),
  k("sessions.votesPassed", "sessions", "表决通过决议、决定", "项", "/sessions", (f) => f.sessions.votes.passed),
  k("sessions.elections", "sessions", "举行选举", "次", "/sessions", (f) => f.sessions.elections.held),
  k("sessions.elected", "sessions", "选举产生", "人", "/sessions", (f) => f.sessions.elections.elected),
  k(
    "presidium.meetings",
    "sessions",
    "召开主席团会议",
    "次",
    () => "/presidium-meetings",
    (f) => f.sessions.presidium.meetingsHeld,
  ),
  k(
    "presidium.reports",
    "sessions",
    "听取专项工作报告",
    "项",
    () => "/presidium-meetings",
    (f) => f.sessions.presidium.reportsHeard,
  ),
  // 监督
  k(
    "supervision.activities",
    "supervision",
    "开展监督活动",
    "项",
    "/supervision?counted=true",
    (f) => f.supervision.activities.total,
  ),
  k(
    "supervision.evaluated",
    "supervision",
    "民主测评对象",
    "个",
    "/supervision/figures",
    (f) => f.supervision.evaluated.length,
  ),
  k(
    "supervision.opinions",
    "supervision",
    "提出审议意见",
    "件",
    "/supervision/figures",
    (f) => f.supervision.opinions.total,
  ),
  k(
    "supervision.rectifications",
    "supervision",
    "交办整改任务",
    "件",
    // The year's tasks, as the figure counts them (the list's `year`: the year's activities less draft plans).
    "/rectifications",
    (f) => f.supervision.rectifications.total,
  ),
  k(
    "supervision.rectificationOnTimeRate",
    "supervision",
    "按期整改率",
    "%",
    "/supervision/figures",
    (f) => f.supervision.rectifications.onTimeRate,
  ),
  // 建议办理
  k("suggestions.total", "suggestions", "代表提出建议", "件", "/suggestions", (f) => f.suggestions.total),
  k("suggestions.replied", "suggestions", "已答复", "件", "/suggestions/figures", (f) => f.suggestions.replied),
  k(
    "suggestions.onTimeRate",
    "suggestions",
    "按时答复率",
    "%",
    "/suggestions/figures",
    (f) => f.suggestions.onTimeRate,
  ),
  k(
    "suggestions.resolvedRate",
    "suggestions",
    "办成率（A类）",
    "%",
    "/suggestions/figures",
    (f) => f.suggestions.resolvedRate,
  ),
  k(
    "suggestions.satisfactionRate",
    "suggestions",
    "代表满意率",
    "%",
    "/suggestions/figures",
    (f) => f.suggestions.satisfactionRate,
  ),
  // 信访
  k("petitions.received", "petitions", "收到信访件", "件", "/petitions", (f) => f.petitions.total.received),
  k("petitions.closed", "petitions", "办结", "件", "/petitions/figures", (f) => f.petitions.total.closed),
  k("petitions.resolved", "petitions", "解决", "件", "/petitions/figures", (f) => f.petitions.total.resolved),
  k(
    "petitions.handlingOnTimeRate",
    "petitions",
    "按期办结率",
    "%",
    "/petitions/figures",
    (f) => f.petitions.total.handling.rate,
  ),
  // 接待选民日
  k("reception.days", "reception", "举行接待选民日", "次", "/reception-days", (f) => f.reception.days.held),
  k("reception.visitors", "reception", "接待群众", "人次", "/reception-days", (f) => f.reception.visitors),
  k("reception.solved", "reception", "当场或及时解决问题", "个", "/reception-days", (f) => f.reception.solved),
  // 培训
  k("training.held", "training", "举办代表培训", "期", "/training", (f) => f.training.held),
  k("training.enrolled", "training", "参训代表", "人次", "/training", (f) => f.training.enrolled),
  k("training.attendanceRate", "training", "培训出勤率", "%", "/training", (f) => f.training.attendanceRate),
  k("training.coverage", "training", "代表培训覆盖率", "%", "/training", (f) => f.training.coverage),
  // 代表小组活动
  k("groups.activities", "groups", "代表小组活动", "次", "/groups/activities", (f) => f.groups.total),
  k("groups.attendances", "groups", "参加活动代表", "人次", "/groups/activities", (f) => f.groups.attendances),
  k("groups.suggestions", "groups", "活动中收集建议", "条", "/groups/activities", (f) => f.groups.suggestions),
  // 履职登记
  k("duties.verified", "duties", "履职登记（已核实）", "条", "/duties", (f) => f.duties.verified),
  k("duties.deputies", "duties", "登记履职的代表", "人", "/duties", (f) => f.duties.deputies),
  k("duties.votersReached", "duties", "联系选民", "人次", "/duties", (f) => f.duties.votersReached),
  k("duties.voterReports", "duties", "代表向选民述职", "人次", "/voter-reports", (f) => f.duties.voterReports.held),
] as const;

export type KeyFigureId = (typeof KEY_FIGURES)[number]["id"];

export interface KeyFigure {
  id: KeyFigureId;
  area: SummaryAreaId;
  /** The figure's name in Chinese, as the summary writes it. */
  label: string;
  unit: FigureUnit;
  value: number | null;
  previous: number | null;
  /** value − previous (percentage points for a rate); null when either is missing. */
  change: number | null;
  /** The module page (a filtered list or figures page) showing the records behind the figure. */
  href: string;
}

/** The change from `previous` to `value`; null when either is missing (a rate with no base). */
export const changeOf = (value: number | null, previous: number | null) =>
  value === null || previous === null ? null : value - previous;

/** How a change reads: "增加 3 件", "减少 2 个百分点", "持平"; "—" when it cannot be said. */
export function changeText(change: number | null, unit: FigureUnit): string {
  if (change === null) return "—";
  if (change === 0) return "持平";
  const u = unit === "%" ? "个百分点" : unit;
  return `${change > 0 ? "增加" : "减少"} ${Math.abs(change)} ${u}`;
}

/** A value with its unit: "12 件", "94%", "—" when there is no base. */
export const valueText = (value: number | null, unit: FigureUnit) =>
  value === null ? "—" : unit === "%" ? `${value}%` : `${value} ${unit}`;

/** The flat list of key figures of `current`, beside `previous`. */
export function keyFigures(current: YearFigureSet, previous: YearFigureSet): KeyFigure[] {
  return KEY_FIGURES.map((d) => {
    const value = d.value(current);
    const before = d.value(previous);
    return {
      id: d.id,
      area: d.area,
      label: d.label,
      unit: d.unit,
      value,
      previous: before,
      change: changeOf(value, before),
      href: d.href(current.year),
    };
  });
}
