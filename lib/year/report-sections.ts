// The sections of the year's drafted documents (lib/year/report.ts): 一、工作开展情况's eight areas, each number from
// the period's figures and the change against the period before; 存在的不足 from what the figures show; 明年工作.
// Pure. Where only the office can write, a marked place: 【请填写：…】.
import { cnDate } from "@/lib/text/dates";
import { subheadingNumber } from "@/lib/text/numerals";
import { percentText } from "@/lib/text/percent";
import type { DocSection, PeriodFigures, YearReportInput } from "@/lib/year/report-types";

/** A marked place for the office's narrative: 【请填写：…】 (highlighted in the .docx). */
export const fill = (what: string) => `【请填写：${what}】`;

const rate = percentText;

/** "，比上年增加3件" / "，比上年减少2件" / "，与上年持平"; nothing without the figure of the period before. */
export function comparedText(value: number, previous: number | null | undefined, unit: string, than: string): string {
  if (previous === null || previous === undefined) return "";
  const d = value - previous;
  if (d === 0) return `，与${than}持平`;
  return `，比${than}${d > 0 ? "增加" : "减少"}${Math.abs(d)}${unit}`;
}

/** "甲、乙和丙". */
function joinCn(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("、")}和${items[items.length - 1]}`;
}

const ORDINAL_WORDS = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是"];
const listed = (items: readonly string[]) => items.map((t, i) => `${ORDINAL_WORDS[i] ?? ""}${t}`);

export interface Ctx {
  i: YearReportInput;
  f: PeriodFigures;
  p: PeriodFigures | null;
  /** "2026年" or "2026年上半年". */
  period: string;
  /** "上年" or "上年同期". */
  than: string;
}

function sessionsSection({ f, period }: Ctx): DocSection {
  const s = f.sessions;
  const paragraphs: string[] = [];
  if (s.held.length) {
    const names = s.held.map((h) => `${cnDate(h.startDate)}召开${h.name}`);
    const elections = s.elections > 0 ? `举行选举${s.elections}次，选举产生${s.elected}人` : "未举行选举";
    paragraphs.push(
      `${period}，依法召开人民代表大会会议${s.held.length}次，会期共${s.days}天，代表出席率${rate(s.attendanceRate)}：${names.join("；")}。会议表决通过决议、决定${s.resolutions}项，${elections}。${fill("会议听取和审议的主要报告")}`,
    );
  } else {
    paragraphs.push(`${period}，未召开人民代表大会会议。`);
  }
  paragraphs.push(
    `闭会期间，召开主席团会议${s.presidiumMeetings}次，听取专项工作报告${s.reportsHeard}项，${fill("主席团会议研究的主要事项")}。`,
  );
  return { heading: "依法召开人代会，认真行使职权", paragraphs };
}

function supervisionSection({ f, p, period, than }: Ctx): DocSection {
  const s = f.supervision;
  const paragraphs: string[] = [];
  if (s.activities === 0) {
    paragraphs.push(`${period}，未开展监督活动。${fill("监督工作开展情况")}`);
    return { heading: "突出监督重点，增强监督实效", paragraphs };
  }
  const kinds = s.byKind.map((k) => `${k.label}${k.total}次`).join("、");
  paragraphs.push(
    `${period}，主席团组织代表开展各类监督活动${s.activities}次${comparedText(s.activities, p?.supervision.activities, "次", than)}，其中${kinds}。`,
  );
  if (s.evaluated.length) {
    const shown = s.evaluated.map((e) => `${e.name}${e.rate === null ? "（未测评）" : `满意率${rate(e.rate)}`}`);
    paragraphs.push(`组织代表对${s.evaluated.length}个单位（人员）进行评议和满意度测评：${shown.join("，")}。`);
  }
  const r = s.rectifications;
  paragraphs.push(
    `形成审议（评议）意见${s.opinions}份，交办整改任务${r.total}项，已验收${r.accepted}项，按期整改率${rate(r.onTimeRate)}${r.overdue > 0 ? `，仍有${r.overdue}项逾期未报整改情况` : ""}。${fill("监督工作的主要成效和典型事例")}`,
  );
  return { heading: "突出监督重点，增强监督实效", paragraphs };
}

function inspectionsSection({ f, period }: Ctx): DocSection {
  const items = f.supervision.inspections;
  if (!items.length)
    return {
      heading: "开展执法检查和视察，推动法律法规实施",
      paragraphs: [`${period}，未组织执法检查、视察和调研。${fill("法律宣传和执法检查工作")}`],
    };
  const count = (kind: string) => items.filter((x) => x.kind === kind).length;
  const counts = [
    ["LAW_INSPECTION", "执法检查"],
    ["SITE_VISIT", "视察"],
    ["RESEARCH", "调研"],
  ]
    .filter(([k]) => count(k) > 0)
    .map(([k, label]) => `${label}${count(k)}次`);
  const each = items.map((x) => {
    const month = `${Number(x.startDate.slice(5, 7))}月`;
    // A title that already names the law (《…法》执法检查) is written as it is, the law not repeated.
    if (x.kind === "LAW_INSPECTION" && x.lawName && x.title.includes(x.lawName)) return `${month}开展${x.title}`;
    return x.kind === "LAW_INSPECTION" && x.lawName
      ? `${month}开展${x.lawName}执法检查（${x.title}）`
      : `${month}开展${x.label}“${x.title}”`;
  });
  return {
    heading: "开展执法检查和视察，推动法律法规实施",
    paragraphs: [
      `${period}，组织代表开展${joinCn(counts)}：${each.join("；")}。${fill("检查、视察发现的问题和提出的意见建议")}`,
    ],
  };
}

/** "，转为代表建议1件、转交信访办理2件", the parts that are not zero. */
function passedOn(r: PeriodFigures["reception"]): string {
  const parts = [
    r.toSuggestions > 0 ? `转为代表建议${r.toSuggestions}件` : "",
    r.toPetitions > 0 ? `转交信访办理${r.toPetitions}件` : "",
  ].filter(Boolean);
  return parts.length ? `，${parts.join("、")}` : "";
}

function deputiesSection({ f, p, period, than }: Ctx): DocSection {
  const g = f.groups;
  const r = f.reception;
  const d = f.duties;
  const paragraphs = [
    `加强代表小组建设。${period}，${g.groups}个代表小组共开展活动${g.activities}次${comparedText(g.activities, p?.groups.activities, "次", than)}，参加代表${g.attendances}人次${g.suggestions > 0 ? `，在活动中提出建议${g.suggestions}件` : ""}${g.warned > 0 ? `；有${g.warned}个小组活动次数或“五有”未达到要求` : ""}。`,
    `坚持代表接待选民日制度。${period}，举办接待选民日${r.held}次，接待群众${r.visitors}人次${comparedText(r.visitors, p?.reception.visitors, "人次", than)}，收集问题${r.issues}个、及时解决${r.solved}个${passedOn(r)}；在任代表${r.sitting}名，其中${r.served}名参加了接待。`,
    `做好代表履职登记。${period}，登记并核实代表履职${d.verified}条，${d.deputies}名代表有履职记录，联系选民${d.votersReached}人次；${d.voterReportsHeld}名代表向选民述职${d.voterReportRate === null ? "" : `，选民满意率${rate(d.voterReportRate)}`}。${fill("代表履职的典型事例")}`,
  ];
  return { heading: "加强代表工作，发挥代表主体作用", paragraphs };
}

function suggestionsSection({ f, p, period, than, i }: Ctx): DocSection {
  const s = f.suggestions;
  const paragraphs: string[] = [];
  if (s.total === 0) {
    paragraphs.push(`${period}，代表未提出需交有关单位办理的建议、批评和意见。`);
    return { heading: "认真督办代表建议，推动解决群众关切", paragraphs };
  }
  paragraphs.push(
    `${period}，代表共提出建议、批评和意见${s.total}件${comparedText(s.total, p?.suggestions.total, "件", than)}。截至${cnDate(i.asOf)}，已答复${s.replied}件，按时答复率${rate(s.onTimeRate)}；其中已解决或基本解决（A类）${s.byClass.A}件、列入计划逐步解决（B类）${s.byClass.B}件、因条件限制需以后解决（C类）${s.byClass.C}件，办成率${rate(s.resolvedRate)}。代表已评价${s.rated}件，满意率${rate(s.satisfactionRate)}${s.rehandled > 0 ? `，对不满意的${s.rehandled}件督促承办单位重新办理` : ""}。`,
  );
  const top = s.units.slice(0, 5);
  if (top.length)
    paragraphs.push(
      `从承办单位看，${top.map((u) => `${u.name}主办${u.total}件${u.satisfactionRate === null ? "" : `、满意率${rate(u.satisfactionRate)}`}`).join("，")}。`,
    );
  const poll = f.supervision.handlingPoll;
  if (poll) paragraphs.push(`组织代表对建议办理工作进行满意度测评，满意率${rate(poll.rate)}（${poll.figures}）。`);
  paragraphs.push(fill("代表建议推动解决的典型事例"));
  return { heading: "认真督办代表建议，推动解决群众关切", paragraphs };
}

function petitionsSection({ f, p, period, than }: Ctx): DocSection {
  const s = f.petitions;
  const paragraphs: string[] = [];
  if (s.received === 0) {
    paragraphs.push(`${period}，未收到群众来信来访。`);
    return { heading: "做好人大信访工作，维护群众合法权益", paragraphs };
  }
  const cats = s.byCategory
    .filter((c) => c.received > 0)
    .map((c) => `${c.label}${c.received}件`)
    .join("、");
  paragraphs.push(
    `${period}，共收到群众来信来访${s.received}件${comparedText(s.received, p?.petitions.received, "件", than)}${cats ? `，其中${cats}` : ""}；依法受理${s.accepted}件，已办结${s.closed}件，问题得到解决${s.resolved}件，15日内书面告知率${rate(s.noticeRate)}，按期办结率${rate(s.handlingRate)}${s.overdue > 0 ? `，仍有${s.overdue}件超过期限未办结` : ""}。`,
  );
  if (s.county.received > 0) {
    const cases = s.county.cases
      .slice(0, 3)
      .map(
        (c) =>
          `${c.sourceDocNo ? `${c.sourceDocNo}转办的` : ""}“${c.subject}”${c.reported ? "已报告办理结果" : c.closed ? "已办结" : "正在办理"}`,
      );
    paragraphs.push(
      `办理上级人大转办件${s.county.received}件，已向上级人大报告办理结果${s.county.reported}件：${cases.join("；")}${s.county.cases.length > 3 ? "等" : ""}。`,
    );
  }
  if (s.resolvedExamples.length)
    paragraphs.push(
      `通过督办，一批群众反映的问题得到解决，如${s.resolvedExamples.map((e) => `“${e.subject}”`).join("、")}等。`,
    );
  paragraphs.push(fill("信访工作的做法和成效"));
  return { heading: "做好人大信访工作，维护群众合法权益", paragraphs };
}

function trainingSection({ f, p, period, than }: Ctx): DocSection {
  const t = f.training;
  if (t.held === 0)
    return {
      heading: "加强代表培训，提高履职能力",
      paragraphs: [`${period}，未举办代表培训。${fill("代表学习和参加上级培训情况")}`],
    };
  return {
    heading: "加强代表培训，提高履职能力",
    paragraphs: [
      `${period}，举办代表培训${t.held}期、共${t.days}天${comparedText(t.held, p?.training.held, "期", than)}，报名参训${t.enrolled}人次、实到${t.present}人次，出勤率${rate(t.attendanceRate)}；在任代表${t.deputiesSitting}名中有${t.deputiesTrained}名参加培训，覆盖率${rate(t.coverage)}。${fill("培训的主要内容，如《宪法》《代表法》等")}`,
    ],
  };
}

function selfSection(): DocSection {
  return {
    heading: "加强自身建设，提高工作水平",
    paragraphs: [
      `坚持党对人大工作的领导，重大事项、重点工作及时向镇党委请示报告。${fill("主席团学习、制度建设、作风建设和宣传工作情况")}`,
    ],
  };
}

/** 一、工作开展情况: the eight areas, each a numbered section. */
export function workSections(c: Ctx): DocSection[] {
  return [
    sessionsSection(c),
    supervisionSection(c),
    inspectionsSection(c),
    deputiesSection(c),
    suggestionsSection(c),
    petitionsSection(c),
    trainingSection(c),
    selfSection(),
  ].map((s, n) => ({ ...s, heading: `${subheadingNumber(n)}${s.heading}` }));
}

/** 存在的不足: what the figures show, then the office's own. */
export function shortcomings({ f }: Ctx): string[] {
  const items: string[] = [];
  if (f.suggestions.overdue > 0)
    items.push(`代表建议办理还不够及时，有${f.suggestions.overdue}件建议超过办理期限尚未答复`);
  const later = f.suggestions.byClass.B + f.suggestions.byClass.C;
  if (later > 0) items.push(`列入计划逐步解决和需以后解决的建议${later}件，落实还需持续跟踪`);
  if (f.supervision.rectifications.overdue > 0)
    items.push(`监督整改跟踪还不够有力，有${f.supervision.rectifications.overdue}项整改任务逾期未报整改情况`);
  if (f.petitions.overdue > 0) items.push(`有${f.petitions.overdue}件信访超过办理期限尚未办结`);
  if (f.training.coverage !== null && f.training.coverage < 100)
    items.push(
      `代表培训覆盖面还不够广，在任代表中有${f.training.deputiesSitting - f.training.deputiesTrained}名未参加培训`,
    );
  if (f.reception.sitting - f.reception.served > 0)
    items.push(`有${f.reception.sitting - f.reception.served}名代表未参加接待选民日活动`);
  if (f.groups.warned > 0) items.push(`${f.groups.warned}个代表小组活动还不够经常、规范`);
  return [
    `在肯定成绩的同时，我们也清醒地看到，工作中还存在一些不足：${listed(items).join("；")}${items.length ? "；" : ""}${fill("其他方面的不足")}。对这些问题，我们将在今后的工作中认真加以改进。`,
  ];
}

const NEXT_STEPS = [
  "坚持党的领导，紧紧围绕全镇工作大局，依法行使职权，把握工作重点，推动人大工作再上新台阶。",
  "增强监督实效，围绕群众关心的热点难点问题开展工作评议、执法检查和视察，跟踪督促整改落实。",
  "加强代表工作，落实代表小组活动、接待选民日和代表向选民述职制度，提高代表建议质量和办理实效。",
  "做好人大信访工作，畅通群众诉求渠道，督促有关单位依法按期办结。",
  "加强自身建设，抓好代表培训和主席团学习，提高依法履职能力。",
];

export function nextSteps(what: string): string[] {
  return [
    ...NEXT_STEPS.map((t, n) => `${n + 1}．${t}`),
    `${NEXT_STEPS.length + 1}．${fill(`${what}的重点工作，如拟开展的评议、执法检查和视察项目`)}`,
  ];
}
