// 关于代表建议办理情况的报告: the presidium's report to the next session, drafted from the records.
// This module only assembles the text (pure, unit-tested): every number in it is taken from the
// figures passed in, the rest is the standard wording the office edits in Word. The data comes
// from lib/suggestions/report-data.ts, the .docx from lib/suggestions/report-docx.ts.
import { cnDate } from "@/lib/text/dates";
import { sessionOfficialName } from "@/lib/text/names";
import { headingNumber, subheadingNumber } from "@/lib/text/numerals";
import type { Counts } from "@/lib/suggestions/counts";
import { pct, percent } from "@/lib/suggestions/rules";

export type ReportScope =
  { kind: "YEAR" } | { kind: "SESSION"; termNumber: number; number: number } | { kind: "RECESS" };

export interface ReportFigures extends Counts {
  byState: Partial<Record<string, number>>;
  leadUnits: number;
  allUnits: number;
  unassigned: number;
  /** Motions the presidium placed on the session's agenda: dealt with there, not counted above. */
  onAgenda: number;
  byCategory: { name: string; total: number }[];
  units: ({ name: string } & Counts)[];
}

export interface ReportInput {
  township: string;
  year: number;
  scope: ReportScope;
  /** The session the report goes to, when it is already in the records. */
  nextSession: { termNumber: number; number: number } | null;
  /** The day the figures were taken (年-月-日). */
  asOf: string;
  figures: ReportFigures;
  /** Per category, most suggestions first: a few titles of what the deputies raised. */
  issues: { category: string; total: number; titles: string[] }[];
}

export interface ReportTable {
  header: string[];
  rows: (string | number)[][];
}

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  table?: ReportTable;
  /** Paragraphs after the table. */
  after?: string[];
}

export interface ReportText {
  title: string;
  subtitle: string;
  salutation: string;
  opening: string;
  sections: ReportSection[];
  closing: string;
  signature: string;
  date: string;
}

/** "85.7%", or "—" when there is nothing to divide by. */
export { pct };

const sessionName = (township: string, s: { termNumber: number; number: number }) =>
  sessionOfficialName(township, s.termNumber, s.number);

function scopeText(i: ReportInput): { title: string; period: string } {
  switch (i.scope.kind) {
    case "YEAR":
      return { title: `关于${i.year}年代表建议办理情况的报告`, period: `${i.year}年` };
    case "RECESS":
      return { title: `关于${i.year}年闭会期间代表建议办理情况的报告`, period: `${i.year}年闭会期间` };
    case "SESSION":
      return {
        title: `关于${sessionName(i.township, i.scope)}代表建议办理情况的报告`,
        period: `${sessionName(i.township, i.scope)}期间`,
      };
  }
}

/** "经济建设3件，占30%；教育2件，占20%" for the categories that have any. */
function byCategoryText(f: ReportFigures): string {
  return f.byCategory
    .filter((c) => c.total > 0)
    .map((c) => `${c.name}${c.total}件，占${pct(percent(c.total, f.total))}`)
    .join("；");
}

function basics(i: ReportInput, period: string): ReportSection {
  const f = i.figures;
  const paragraphs: string[] = [];
  const agenda =
    f.onAgenda > 0 ? `另有${f.onAgenda}件议案经主席团决定列入会议议程，由大会审议，不在本报告统计之列。` : "";
  if (f.total === 0) {
    paragraphs.push(`${period}，代表未提出需交有关单位办理的建议、批评和意见。${agenda}`);
    return { heading: "基本情况", paragraphs };
  }
  const categories = byCategoryText(f);
  paragraphs.push(
    `${period}，代表共提出建议、批评和意见${f.total}件${categories ? `。按内容分：${categories}` : ""}。${agenda}`,
  );
  const assigned = f.total - f.unassigned;
  const units =
    f.allUnits > f.leadUnits
      ? `交由${f.leadUnits}个单位主办，连同协办单位共${f.allUnits}个单位承办`
      : `交由${f.leadUnits}个单位承办`;
  paragraphs.push(
    assigned > 0
      ? `主席团对代表建议逐件研究，明确办理责任和期限，已交办${assigned}件，${units}${f.unassigned > 0 ? `；尚未交办${f.unassigned}件，正在登记、研究` : ""}。`
      : `以上建议尚未交办，正在登记、研究。`,
  );
  return { heading: "基本情况", paragraphs };
}

function handling(i: ReportInput): ReportSection {
  const f = i.figures;
  const assigned = f.total - f.unassigned;
  const paragraphs: string[] = [];
  if (assigned === 0) return { heading: "办理情况", paragraphs: ["建议尚未交办，暂无办理情况。"] };

  // Not answered yet; those sent back for re-handling were answered once and are told of below.
  const unanswered = assigned - f.replied > 0 ? `，尚未答复${assigned - f.replied}件` : "";
  // The rate counts those past their due date with no reply (rules.ts onTimeRate): the text says so.
  const late = f.overdueUnanswered > 0 ? `，另有${f.overdueUnanswered}件已过期限尚未答复` : "";
  const onTime =
    f.replied + f.overdueUnanswered > 0
      ? `其中在规定期限内答复${f.onTime}件${late}，按时答复率${pct(f.onTimeRate)}。`
      : "";
  paragraphs.push(
    `截至${cnDate(i.asOf)}，已交办的${assigned}件建议中，承办单位已答复${f.replied}件，答复率${pct(percent(f.replied, assigned))}${unanswered}。${onTime}`,
  );

  if (f.replied > 0) {
    const share = (n: number) => pct(percent(n, f.replied));
    paragraphs.push(
      `从答复情况看，A类（已解决或基本解决）${f.byClass.A}件，占${share(f.byClass.A)}；B类（列入计划逐步解决）${f.byClass.B}件，占${share(f.byClass.B)}；C类（因条件限制需以后解决）${f.byClass.C}件，占${share(f.byClass.C)}。`,
    );
  }

  paragraphs.push(
    f.rated > 0
      ? `代表对答复已评价${f.rated}件，其中满意${f.satisfied}件、基本满意${f.basicallySatisfied}件、不满意${f.unsatisfied}件，满意率${pct(f.satisfactionRate)}（满意和基本满意件数占已评价件数的比例）。`
      : "代表尚未对答复作出评价。",
  );

  const stillRehandling = f.byState.REHANDLING ?? 0;
  paragraphs.push(
    f.rehandled > 0
      ? `对代表表示不满意的答复，主席团督促承办单位重新办理，共有${f.rehandled}件退回重新办理，计${f.rehandlings}次${stillRehandling > 0 ? `，目前仍在重新办理的${stillRehandling}件` : ""}。`
      : "没有代表不满意、退回重新办理的建议。",
  );

  const notes: string[] = [];
  if (f.delayed > 0) notes.push(`因情况复杂、提交延办反馈书延期办理的${f.delayed}件`);
  notes.push(
    f.overdue > 0
      ? `超过办理期限尚未答复的${f.overdue}件，主席团已督促有关单位抓紧办理`
      : "没有超过办理期限未答复的建议",
  );
  paragraphs.push(`${notes.join("；")}。`);

  const table: ReportTable | undefined = f.units.length
    ? {
        header: ["承办单位", "主办件数", "已答复", "按时答复", "按时答复率", "已评价", "满意率", "重新办理"],
        rows: f.units.map((u) => [
          u.name,
          u.total,
          u.replied,
          u.onTime,
          pct(u.onTimeRate),
          u.rated,
          pct(u.satisfactionRate),
          u.rehandled,
        ]),
      }
    : undefined;
  return {
    heading: "办理情况",
    paragraphs: table ? [...paragraphs, "各承办单位主办建议的办理情况如下："] : paragraphs,
    table,
  };
}

function issues(i: ReportInput): ReportSection {
  if (!i.issues.length) return { heading: "代表反映的主要问题", paragraphs: ["无。"] };
  return {
    heading: "代表反映的主要问题",
    paragraphs: i.issues.map((c, n) => {
      const more = c.total > c.titles.length ? "等" : "";
      return `${subheadingNumber(n)}${c.category}方面（${c.total}件）。主要涉及：${c.titles.join("；")}${more}。`;
    }),
  };
}

const PRACTICE = [
  "（一）认真交办，明确责任。主席团对代表提出的建议逐件研究，明确主办单位、协办单位和办理期限，做到件件有人办、事事有着落。",
  "（二）加强督办，跟踪落实。每两个月听取一次承办单位办理进展情况汇报，每季度组织代表到现场察看办理情况，每半年在政务公开栏公开一次办理情况，对办理缓慢的建议及时督办。",
  "（三）加强沟通，注重实效。承办单位在办理过程中主动与代表联系沟通，听取代表意见，推动建议办理从“答复型”向“落实型”转变、从“过程满意”向“结果满意”转变。",
];

function shortcomings(f: ReportFigures): string[] {
  const items: string[] = [];
  if (f.overdue > 0) items.push(`个别单位办理不够及时，仍有${f.overdue}件建议超过办理期限未答复`);
  const later = f.byClass.B + f.byClass.C;
  if (later > 0) items.push(`受资金、政策等条件限制，列入计划逐步解决和需以后解决的建议共${later}件，尚需持续跟踪落实`);
  if (f.rehandled > 0) items.push(`部分答复未能让代表满意，有${f.rehandled}件建议退回重新办理`);
  items.push("一些建议重答复、轻落实的现象仍不同程度存在，督办工作还需进一步加强");
  return items.map((t, n) => `${["一是", "二是", "三是", "四是"][n]}${t}。`);
}

const NEXT_STEPS = [
  "一是进一步加强督办。对列入计划逐步解决和需以后解决的建议实行跟踪督办，定期听取办理情况汇报，确保承诺事项落到实处。",
  "二是进一步提高办理质量。督促承办单位在规定期限内答复，加强与代表的面对面沟通，切实提高建议的解决率和代表满意率。",
  "三是进一步推进公开。坚持每半年公开一次代表建议及办理情况，接受代表和人民群众的监督，做到件件有回音、事事有着落。",
];

/** The whole report: title, the sections with their numbers from the records, and the standard wording. */
export function suggestionReportText(i: ReportInput): ReportText {
  const { title, period } = scopeText(i);
  const next = i.nextSession ? sessionName(i.township, i.nextSession) : `${i.township}第×届人民代表大会第×次会议`;
  const sections = [
    basics(i, period),
    handling(i),
    issues(i),
    { heading: "主要做法", paragraphs: PRACTICE },
    { heading: "存在的不足", paragraphs: shortcomings(i.figures) },
    { heading: "下一步工作", paragraphs: NEXT_STEPS },
  ];
  return {
    title,
    subtitle: `——在${next}上`,
    salutation: "各位代表：",
    opening: `现将${period}代表建议办理情况报告如下，请予审议。`,
    sections: sections.map((s, n) => ({ ...s, heading: `${headingNumber(n)}${s.heading}` })),
    closing: "以上报告，请予审议。",
    signature: `${i.township}人民代表大会主席团`,
    date: cnDate(i.asOf),
  };
}

/** All the report's text in reading order (for tests and a plain-text preview). */
export function reportPlainText(r: ReportText): string {
  const lines = [r.title, r.subtitle, r.salutation, r.opening];
  for (const s of r.sections) {
    lines.push(s.heading, ...s.paragraphs);
    if (s.table) lines.push(s.table.header.join("\t"), ...s.table.rows.map((row) => row.join("\t")));
    if (s.after) lines.push(...s.after);
  }
  lines.push(r.closing, r.signature, r.date);
  return lines.join("\n");
}
