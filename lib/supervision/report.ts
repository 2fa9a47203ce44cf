// The activity report (监督活动情况报告): the text of one supervision activity's record — plan, participants,
// polls with the rate rule, findings, review opinions and their rectification — drafted from the records for
// the office to edit in Word. Pure: the data comes from lib/supervision/report-data.ts, the .docx from
// lib/supervision/report-docx.ts.
import { cnDate, cnDateRange } from "@/lib/text/dates";
import { headingNumber } from "@/lib/text/numerals";

export interface ReportPoll {
  name: string;
  satisfied: number;
  basic: number;
  unsatisfied: number;
  invalid: number;
  /** "16/17 = 94%" */
  figures: string;
  rate: number | null;
  /** The 再测评's rate, when held. */
  round2: string | null;
}

export interface ReportInput {
  township: string;
  title: string;
  kindLabel: string;
  stateLabel: string;
  startDate: string;
  endDate: string | null;
  purpose: string | null;
  scope: string | null;
  method: string | null;
  lawName: string | null;
  places: string[];
  partyConsentOn: string | null;
  approvedOn: string | null;
  concludedOn: string | null;
  participants: { total: number; present: number; names: string[] };
  targets: string[];
  polls: ReportPoll[];
  rateRule: string;
  findings: { target: string | null; text: string }[];
  opinions: { unit: string; text: string; dueDate: string; state: string | null }[];
  suggestions: number;
  summary: string | null;
  /** The day the report is dated: the conclusion, else today. */
  date: string;
}

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  table?: { header: string[]; rows: (string | number)[][] };
  after?: string[];
}

export interface ReportText {
  title: string;
  sections: ReportSection[];
  signature: string;
  date: string;
}

const list = (items: readonly string[]) => items.join("、");

function planSection(i: ReportInput): ReportSection {
  const when = i.endDate && i.endDate !== i.startDate ? cnDateRange(i.startDate, i.endDate) : cnDate(i.startDate);
  const paragraphs = [
    `${when}，${i.township}人民代表大会主席团组织开展${i.kindLabel}“${i.title}”。` +
      (i.partyConsentOn ? `活动方案经镇党委${cnDate(i.partyConsentOn)}同意` : "活动方案") +
      (i.approvedOn ? `，由人大主席${cnDate(i.approvedOn)}批准实施。` : "。"),
  ];
  if (i.purpose) paragraphs.push(`活动目的：${i.purpose}`);
  if (i.lawName) paragraphs.push(`检查的法律：${i.lawName}。`);
  if (i.places.length) paragraphs.push(`检查（视察）地点：${list(i.places)}。`);
  if (i.targets.length) paragraphs.push(`评议（测评）对象：${list(i.targets)}，共${i.targets.length}个。`);
  if (i.scope) paragraphs.push(`内容：${i.scope}`);
  if (i.method) paragraphs.push(`方式：${i.method}`);
  paragraphs.push(
    i.participants.total
      ? `应参加代表${i.participants.total}名，实际参加${i.participants.present}名${i.participants.names.length ? `（${list(i.participants.names)}）` : ""}。`
      : "本次活动未登记参加代表。",
  );
  return { heading: "基本情况", paragraphs };
}

function pollSection(i: ReportInput): ReportSection | null {
  if (!i.polls.length) return null;
  const withRound2 = i.polls.some((p) => p.round2);
  return {
    heading: "民主测评结果",
    paragraphs: [`参加活动的代表对${i.polls.length}个对象进行了民主测评，结果如下：`],
    table: {
      header: ["测评对象", "满意", "基本满意", "不满意", "废票", "满意率", ...(withRound2 ? ["再测评满意率"] : [])],
      rows: i.polls.map((p) => [
        p.name,
        p.satisfied,
        p.basic,
        p.unsatisfied,
        p.invalid,
        p.figures,
        ...(withRound2 ? [p.round2 ?? "—"] : []),
      ]),
    },
    after: [i.rateRule],
  };
}

function findingSection(i: ReportInput): ReportSection | null {
  if (!i.findings.length) return null;
  return {
    heading: "发现的问题",
    paragraphs: i.findings.map((f, n) => `${n + 1}. ${f.target ? `${f.target}：` : ""}${f.text}`),
  };
}

function opinionSection(i: ReportInput): ReportSection | null {
  if (!i.opinions.length && !i.suggestions) return null;
  const paragraphs = i.opinions.map(
    (o, n) =>
      `${n + 1}. ${o.unit}：${o.text}（限${cnDate(o.dueDate)}前报告整改情况${o.state ? `，目前${o.state}` : ""}）`,
  );
  if (i.suggestions) paragraphs.push(`活动中代表提出建议${i.suggestions}件，已按建议办理程序交办。`);
  return { heading: "审议意见及整改情况", paragraphs };
}

export function activityReportText(i: ReportInput): ReportText {
  const sections = [
    planSection(i),
    pollSection(i),
    findingSection(i),
    opinionSection(i),
    i.summary ? { heading: "总体评价", paragraphs: [i.summary] } : null,
  ].filter((s): s is ReportSection => s !== null);
  return {
    title: `关于${i.title}情况的报告`,
    sections: sections.map((s, n) => ({ ...s, heading: `${headingNumber(n)}${s.heading}` })),
    signature: `${i.township}人民代表大会主席团`,
    date: cnDate(i.date),
  };
}
