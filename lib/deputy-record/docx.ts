// 代表履职情况登记表 (.docx, GB/T 9704 layout through lib/docx): the deputy's basic facts — never the ID number,
// phone or address — then each section's figures and items, signed by the presidium. The text is built from
// the record (record.ts) by `recordDocText`, pure, and laid out by `recordDocx`.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { body, heading, pack, signOff, subtitle, table, title, type DocBlock } from "@/lib/docx/official";
import { cnDate } from "@/lib/text/dates";
import { cnOrdinal, headingNumber } from "@/lib/text/numerals";
import { townshipName } from "@/lib/text/township";
import { formatDay, todayInChina } from "@/lib/time/day";
import { GENDER_LABELS, LEVEL_LABELS } from "@/lib/roster/public";
import { ATTENDANCE_LABELS } from "@/lib/sessions/public";
import { RATING_LABELS, SUGGESTION_KIND_LABELS } from "@/lib/suggestions/public";
import { SUPERVISION_ATTENDANCE_LABELS, SUPERVISION_KIND_LABELS } from "@/lib/supervision/public";
import { deputyRecord, type DeputyRecord } from "@/lib/deputy-record/record";
import { dutyPresenceText } from "@/lib/reception/public";

export interface DocSection {
  heading: string;
  lines: string[];
  table?: { header: string[]; rows: string[][]; left: number[] };
}

export interface RecordDocText {
  title: string;
  subtitle: string;
  facts: [string, string][];
  sections: DocSection[];
  issuer: string;
  date: string;
}

/** 基本情况: what the form prints of the deputy — no ID number, phone or address. */
export function factRows(d: DeputyRecord["deputy"]): [string, string][] {
  return [
    ["姓名", d.name],
    ["性别", GENDER_LABELS[d.gender]],
    ["出生年月", d.birthDate.slice(0, 7).replace("-", "年") + "月"],
    ["民族", d.ethnicity],
    ["政治面貌", d.party],
    ["文化程度", d.education],
    ["职业", d.occupation],
    ["工作单位", d.workUnit ?? "—"],
    ["选区", d.constituency],
    ["代表层级", d.levels.map((l) => `${LEVEL_LABELS[l] ?? l}人大代表`).join("、")],
    ["代表小组", d.group ?? "未分组"],
    ["届次", `${cnOrdinal(d.termNumber)}届`],
  ];
}

function sessionsSection(r: DeputyRecord): DocSection {
  const f = r.sessions.figures;
  const lines = [
    `本年度应出席本级人民代表大会会议${f.total}次，出席${f.present + f.leftEarly}次（其中中途离会${f.leftEarly}次），请假${f.leave}次，缺席${f.absent}次。`,
  ];
  if (r.sessions.warning) lines.push(r.sessions.warning.text);
  const rows = r.sessions.items.map((s) => [
    `${cnOrdinal(s.number)}次会议`,
    cnDate(s.startDate),
    s.status ? ATTENDANCE_LABELS[s.status] : "未登记",
  ]);
  return {
    heading: "出席本级人民代表大会会议情况",
    lines,
    table: rows.length ? { header: ["会议", "日期", "出席情况"], rows, left: [0] } : undefined,
  };
}

function suggestionsSection(r: DeputyRecord): DocSection {
  const f = r.suggestions.figures;
  const lines = [
    `本年度提出建议、批评和意见及议案${f.total}件（领衔${f.led}件，附议${f.cosigned}件），已答复${f.replied}件：A类${f.classes.A}件，B类${f.classes.B}件，C类${f.classes.C}件；评价满意${f.ratings.SATISFIED}件，基本满意${f.ratings.BASICALLY_SATISFIED}件，不满意${f.ratings.UNSATISFIED}件。`,
  ];
  const rows = r.suggestions.items.map((s) => [
    s.number ?? "—",
    `${s.title}（${SUGGESTION_KIND_LABELS[s.kind]}）`,
    s.lead ? "领衔" : "附议",
    s.replyClass ?? "未答复",
    s.rating ? RATING_LABELS[s.rating] : "—",
  ]);
  return {
    heading: "提出建议、批评和意见情况",
    lines,
    table: rows.length ? { header: ["编号", "标题", "方式", "答复类别", "评价"], rows, left: [1] } : undefined,
  };
}

function supervisionSection(r: DeputyRecord): DocSection {
  const f = r.supervision.figures;
  const lines = [`本年度参加监督活动${f.activities}次（出席${f.attended}次），参加民主测评${f.polls}次。`];
  const rows = r.supervision.activities.map((a) => [
    a.title,
    SUPERVISION_KIND_LABELS[a.kind],
    cnDate(a.startDate),
    a.attendance ? SUPERVISION_ATTENDANCE_LABELS[a.attendance] : "未登记",
  ]);
  return {
    heading: "参加监督活动情况",
    lines,
    table: rows.length ? { header: ["活动", "类别", "日期", "出席情况"], rows, left: [0] } : undefined,
  };
}

function trainingSection(t: NonNullable<DeputyRecord["training"]>): DocSection {
  const lines = [
    `本年度参加培训${t.trainings.length}次，出席计${t.daysThisYear}天；本届累计${t.daysThisTerm}天（每届${t.norm.termDaysMin}至${t.norm.termDaysMax}天）。`,
    ...t.warnings,
  ];
  const rows = t.trainings.map((x) => [x.title, x.kindLabel, cnDate(x.startDate), String(x.days), x.attendanceLabel]);
  return {
    heading: "参加培训情况",
    lines,
    table: rows.length ? { header: ["培训", "类别", "日期", "天数", "出席情况"], rows, left: [0] } : undefined,
  };
}

function receptionSection(days: DeputyRecord["reception"]): DocSection {
  const served = days.filter((d) => d.present === true);
  const received = days.reduce((n, d) => n + d.received, 0);
  const rows = days.map((d) => [cnDate(d.date), d.place ?? "—", dutyPresenceText(d), String(d.received)]);
  return {
    heading: "参加接待选民日情况",
    lines: [`本年度安排值班${days.length}次，到岗${served.length}次，接待选民${received}人次。`],
    table: rows.length ? { header: ["日期", "地点", "到岗情况", "接待人数"], rows, left: [1] } : undefined,
  };
}

function groupSection(g: DeputyRecord["groupActivities"]): DocSection {
  const lines = [
    g.group
      ? `所在代表小组：${g.group.name}，本年度开展活动${g.group.held}次；本人参加${g.attended.length}次。`
      : `未编入代表小组；本年度参加代表小组活动${g.attended.length}次。`,
  ];
  const rows = g.attended.map((a) => [cnDate(a.heldOn), a.groupName, a.topic]);
  return {
    heading: "参加代表小组活动情况",
    lines,
    table: rows.length ? { header: ["日期", "代表小组", "活动主题"], rows, left: [2] } : undefined,
  };
}

function dutiesSection(d: DeputyRecord["duties"]): DocSection {
  const kinds = d.byKind.filter((k) => k.entries.length > 0);
  const verified = kinds.reduce((n, k) => n + k.verified, 0);
  const byKind = kinds.map((k) => `${k.label}${k.entries.length}项（已核实${k.verified}项）`).join("、");
  const entries = kinds.flatMap((k) => k.entries).sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  return {
    heading: "履职登记情况",
    lines: [`本年度登记履职事项${entries.length}项，经人大办核实${verified}项${byKind ? `：${byKind}` : ""}。`],
    table: entries.length
      ? {
          header: ["日期", "类别", "履职内容", "状态"],
          rows: entries.map((e) => [
            cnDate(e.occurredOn),
            kinds.find((k) => k.kind === e.kind)!.label,
            e.description,
            e.stateLabel,
          ]),
          left: [2],
        }
      : undefined,
  };
}

function sixOneSection(d: DeputyRecord["duties"]): DocSection {
  return {
    heading: "“六个一”完成情况",
    lines: [`完成${d.card.met}项，共${d.card.lines.length}项。${d.card.rules.card}`],
    table: {
      header: ["项目", "完成 / 目标", "是否完成"],
      rows: d.card.lines.map((l) => [l.label, l.text, l.met ? "已完成" : "未完成"]),
      left: [0],
    },
  };
}

function voterReportSection(d: DeputyRecord["duties"]): DocSection {
  const rows = d.voterReports.map((r) => [
    cnDate(r.heldOn ?? r.scheduledOn),
    r.heldOn ? "已述职" : "已安排",
    r.votersPresent === null ? "—" : String(r.votersPresent),
    r.figures ?? "—",
  ]);
  return {
    heading: "向选民述职情况",
    lines: [
      rows.length
        ? `本年度向选民述职${d.voterReports.filter((r) => r.heldOn).length}次。${d.rateRule}`
        : "本年度未安排向选民述职。",
    ],
    table: rows.length ? { header: ["日期", "情况", "到会选民", "满意率"], rows, left: [] } : undefined,
  };
}

/** The form's text from a record. Pure. */
export function recordDocText(r: DeputyRecord, township: string, today: string): RecordDocText {
  return {
    title: "代表履职情况登记表",
    subtitle: `（${r.year}年度）`,
    facts: factRows(r.deputy),
    sections: [
      sessionsSection(r),
      suggestionsSection(r),
      supervisionSection(r),
      ...(r.training ? [trainingSection(r.training)] : []),
      receptionSection(r.reception),
      groupSection(r.groupActivities),
      dutiesSection(r.duties),
      sixOneSection(r.duties),
      voterReportSection(r.duties),
    ],
    issuer: `${township}人民代表大会主席团`,
    date: cnDate(today),
  };
}

export function recordDocx(t: RecordDocText): Promise<Buffer> {
  const children: DocBlock[] = [title(t.title), subtitle(t.subtitle)];
  children.push(heading(`${headingNumber(0)}基本情况`), table(["项目", "内容"], t.facts, { left: [1] }));
  t.sections.forEach((s, i) => {
    children.push(heading(`${headingNumber(i + 1)}${s.heading}`), ...s.lines.flatMap((l) => body(l)));
    if (s.table) children.push(table(s.table.header, s.table.rows, { left: s.table.left }));
  });
  children.push(...signOff(t.issuer, t.date));
  return pack(`${t.title}${t.subtitle}`, children);
}

/** The form of one deputy's year, with its file name; audited, as it leaves the system. */
export async function exportRecordDocx(actor: Actor, deputyId: string, year: number) {
  const record = await deputyRecord(actor, deputyId, year);
  const text = recordDocText(record, await townshipName(actor), formatDay(todayInChina()));
  const buffer = await recordDocx(text);
  await recordAudit(db, subjectOf(actor), {
    action: "deputy_record.exported",
    recordType: "Deputy",
    recordId: deputyId,
    after: { year },
  });
  return { buffer, filename: `${record.deputy.name}代表履职情况登记表（${year}年度）.docx` };
}
