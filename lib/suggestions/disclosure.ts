// 建议办理情况公开: the half-yearly public disclosure (政务公开栏), as .xlsx and .docx.
//
// Which suggestions: those answered in the half-year — the latest reply's date (`repliedOn`)
// falls in 1 January–30 June (上半年) or 1 July–31 December (下半年) — and whose answer stands
// (REPLIED, RATED or CLOSED; not one sent back and being re-handled). Each is listed with its
// latest reply. Nothing personal goes out: no proposer, no rating comment, and the title and
// reply text pass through scrubPersonalData with the proposers' names.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/errors";
import { body, heading, pack, signOff, subheading, title, type DocBlock } from "@/lib/docx/official";
import { REPLY_CLASS_LABELS, SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";
import { formatDay, todayInChina } from "@/lib/time/day";
import { townshipName } from "@/lib/text/township";
import { cnDate } from "@/lib/text/dates";
import { scrubPersonalData } from "@/lib/suggestions/privacy";
import { DisclosureQuery } from "@/lib/suggestions/schema";
import { addOfficialSheet, newWorkbook, workbookBuffer, type SheetColumn } from "@/lib/xlsx/official";

export const MAX_DISCLOSURE_ROWS = 10_000;

export const HALF_LABELS = { 1: "上半年", 2: "下半年" } as const;

/** The half-year as [first day, first day after), China calendar days. */
export function halfRange(year: number, half: 1 | 2): { from: Date; to: Date } {
  return half === 1
    ? { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year, 6, 1)) }
    : { from: new Date(Date.UTC(year, 6, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}

export interface DisclosureRow {
  number: string;
  title: string;
  category: string;
  leadUnit: string;
  coUnits: string;
  replyClass: string;
  reply: string;
  state: string;
  assignedOn: string;
  repliedOn: string;
}

export interface Disclosure {
  township: string;
  year: number;
  half: 1 | 2;
  rows: DisclosureRow[];
  byClass: { A: number; B: number; C: number };
}

/** The suggestions answered in the half-year, without personal data. */
export async function disclosureData(actor: Actor, year: number, half: 1 | 2): Promise<Disclosure> {
  const sdb = scopedDb(actor.townshipId);
  const { from, to } = halfRange(year, half);
  const where = {
    state: { in: ["REPLIED", "RATED", "CLOSED"] as ("REPLIED" | "RATED" | "CLOSED")[] },
    repliedOn: { gte: from, lt: to },
  };
  const total = await sdb.suggestion.count({ where });
  if (total > MAX_DISCLOSURE_ROWS)
    throw new AppError("VALIDATION", `该半年答复的建议有 ${total} 件，超过一次导出的上限 ${MAX_DISCLOSURE_ROWS} 件`);
  const [township, suggestions] = await Promise.all([
    townshipName(actor),
    sdb.suggestion.findMany({
      where,
      orderBy: [{ year: "asc" }, { seq: "asc" }, { id: "asc" }],
      select: {
        number: true,
        title: true,
        assignedOn: true,
        repliedOn: true,
        state: true,
        category: { select: { name: true } },
        leadUnit: { select: { name: true } },
        assignments: {
          where: { active: true, lead: false },
          select: { unit: { select: { name: true } } },
          orderBy: { unit: { name: "asc" } },
        },
        // Read only to mask the names in free text; never written out.
        proposers: { select: { deputy: { select: { name: true } } } },
        events: {
          where: { type: "reply" },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 1,
          select: { note: true, replyClass: true },
        },
      },
    }),
  ]);
  const byClass = { A: 0, B: 0, C: 0 };
  const rows = suggestions.map((s) => {
    const names = s.proposers.map((p) => p.deputy.name);
    const reply = s.events[0];
    if (reply?.replyClass) byClass[reply.replyClass]++;
    return {
      number: s.number ?? "",
      title: scrubPersonalData(s.title, names),
      category: s.category.name,
      leadUnit: s.leadUnit?.name ?? "",
      coUnits: s.assignments.map((a) => a.unit.name).join("、"),
      replyClass: reply?.replyClass ? REPLY_CLASS_LABELS[reply.replyClass] : "",
      reply: scrubPersonalData(reply?.note ?? "", names),
      state: SUGGESTION_STATE_LABELS[s.state],
      assignedOn: s.assignedOn ? formatDay(s.assignedOn) : "",
      repliedOn: s.repliedOn ? formatDay(s.repliedOn) : "",
    };
  });
  return { township, year, half, rows, byClass };
}

/** "清水镇2026年上半年代表建议办理情况公开": the files' and the printed page's title. */
export const disclosureTitle = (d: Disclosure) => `${d.township}${d.year}年${HALF_LABELS[d.half]}代表建议办理情况公开`;
const docTitle = disclosureTitle;
export const disclosureFilename = (d: Disclosure, format: "xlsx" | "docx") => `${docTitle(d)}.${format}`;

/** "本期共公开 N 件，其中A类…" — the same sentence heads both files. */
export function disclosureSummary(d: Disclosure): string {
  const range = d.half === 1 ? `${d.year}年1月1日至6月30日` : `${d.year}年7月1日至12月31日`;
  if (!d.rows.length) return `${range}，没有答复代表建议。`;
  return `${range}，承办单位答复代表建议${d.rows.length}件，其中A类（已解决或基本解决）${d.byClass.A}件，B类（列入计划逐步解决）${d.byClass.B}件，C类（因条件限制需以后解决）${d.byClass.C}件。现将办理情况公开如下，接受代表和群众监督。`;
}

const COLUMNS: SheetColumn[] = [
  { header: "序号", key: "no", width: 6 },
  { header: "编号", key: "number", width: 11 },
  { header: "建议标题", key: "title", width: 30, wrap: true },
  { header: "类别", key: "category", width: 10, wrap: true },
  { header: "主办单位", key: "leadUnit", width: 14, wrap: true },
  { header: "协办单位", key: "coUnits", width: 14, wrap: true },
  { header: "答复类别", key: "replyClass", width: 14, wrap: true },
  { header: "答复内容", key: "reply", width: 50, wrap: true },
  { header: "办理状态", key: "state", width: 10 },
  { header: "交办日期", key: "assignedOn", width: 12, type: "date" },
  { header: "答复日期", key: "repliedOn", width: 12, type: "date" },
];
export const DISCLOSURE_HEADERS = COLUMNS.map((c) => c.header);

/** One sheet for the 公开栏: the title, the summary sentence, then a header row and one row per suggestion. */
export async function disclosureXlsx(d: Disclosure): Promise<Buffer> {
  const wb = newWorkbook();
  const sheet = addOfficialSheet(wb, "办理情况公开", {
    columns: COLUMNS,
    title: docTitle(d),
    note: disclosureSummary(d),
  });
  d.rows.forEach((r, i) => sheet.addRow({ no: i + 1, ...r }));
  return workbookBuffer(wb);
}

/** Landscape A4: the summary, then each suggestion with its units, dates, class and reply. */
export function disclosureDocx(d: Disclosure, issuedOn: string = formatDay(todayInChina())): Promise<Buffer> {
  const children: DocBlock[] = [title(docTitle(d)), ...body(disclosureSummary(d))];
  if (d.rows.length) children.push(heading("办理情况"));
  d.rows.forEach((r, i) => {
    children.push(subheading(`${i + 1}. ${r.number ? `${r.number} ` : ""}${r.title}（${r.category}）`));
    children.push(
      ...body(
        `主办单位：${r.leadUnit || "—"}${r.coUnits ? `；协办单位：${r.coUnits}` : ""}；交办日期：${r.assignedOn || "—"}；答复日期：${r.repliedOn || "—"}；答复类别：${r.replyClass || "—"}；办理状态：${r.state}。`,
      ),
    );
    children.push(...body(`答复内容：${r.reply || "—"}`));
  });
  children.push(...signOff(`${d.township}人民代表大会主席团`, cnDate(issuedOn)));
  return pack(docTitle(d), children, { landscape: true });
}

/** The half-year the print page shows: the query's, else the current one in China. */
export function disclosurePeriod(
  sp: Record<string, string | undefined>,
  today: Date = todayInChina(),
): { year: number; half: 1 | 2 } {
  const parsed = DisclosureQuery.pick({ year: true, half: true }).safeParse(sp);
  if (parsed.success) return { year: parsed.data.year, half: parsed.data.half as 1 | 2 };
  return { year: today.getUTCFullYear(), half: today.getUTCMonth() < 6 ? 1 : 2 };
}

/** The disclosure as a file; audited, as it leaves the system. */
export async function exportDisclosure(actor: Actor, year: number, half: 1 | 2, format: "xlsx" | "docx") {
  const data = await disclosureData(actor, year, half);
  const buffer = format === "docx" ? await disclosureDocx(data) : await disclosureXlsx(data);
  await recordAudit(db, subjectOf(actor), {
    action: "suggestion.disclosure_exported",
    recordType: "Suggestion",
    after: { year, half, format, rows: data.rows.length },
  });
  return { buffer, filename: disclosureFilename(data, format) };
}
