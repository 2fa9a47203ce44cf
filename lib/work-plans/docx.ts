// The year plan as a Word file in the official-document layout (lib/docx/official.ts), in the documents' shape:
// the title (清水镇人大主席团2027年工作要点), the opening paragraph, then the items under one heading per kind of
// work (一、人代会 …) or per month, each item with its content, month and who is responsible; the issuer and the
// day the party committee approved it.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { body, heading, pack, signOff, subheading, title, type DocBlock } from "@/lib/docx/official";
import { cnDate } from "@/lib/text/dates";
import { headingNumber, subheadingNumber } from "@/lib/text/numerals";
import { formatDay, todayInChina } from "@/lib/time/day";
import type { WorkPlanModule } from "@/lib/generated/prisma/enums";
import { monthLabel, WORK_PLAN_MODULE_LABELS, WORK_PLAN_MODULES } from "@/lib/work-plans/labels";
import { getPlanOrThrow } from "@/lib/work-plans/service";

export type GroupBy = "module" | "month";

export interface PlanDocItem {
  month: number | null;
  title: string;
  content: string | null;
  responsible: string;
  module: WorkPlanModule;
}

export interface PlanDocInput {
  title: string;
  townshipName: string;
  preamble: string | null;
  items: PlanDocItem[];
  /** YYYY-MM-DD: the approval's day, else today. */
  date: string;
  by: GroupBy;
}

export interface PlanDocSection {
  heading: string;
  items: { heading: string; paragraphs: string[] }[];
}

const lines = (text: string | null) =>
  (text ?? "")
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);

const MONTH_ORDER = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, null];

/** The items grouped by kind of work (in the modules' order) or by month (全年 last), numbered as the documents do. */
export function planSections(items: PlanDocItem[], by: GroupBy): PlanDocSection[] {
  const groups: { label: string; items: PlanDocItem[] }[] =
    by === "module"
      ? WORK_PLAN_MODULES.map((m) => ({
          label: WORK_PLAN_MODULE_LABELS[m],
          items: items.filter((i) => i.module === m),
        }))
      : MONTH_ORDER.map((m) => ({
          label: m ? `${m}月` : "全年工作",
          items: items.filter((i) => i.month === m),
        }));
  return groups
    .filter((g) => g.items.length > 0)
    .map((g, gi) => ({
      heading: `${headingNumber(gi)}${g.label}`,
      items: g.items.map((item, ii) => ({
        heading: `${subheadingNumber(ii)}${item.title}`,
        paragraphs: [
          ...lines(item.content),
          by === "module"
            ? `时间：${monthLabel(item.month)}。责任：${item.responsible}。`
            : `责任：${item.responsible}。`,
        ],
      })),
    }));
}

export function planDocx(p: PlanDocInput): Promise<Buffer> {
  const children: DocBlock[] = [title(p.title), ...lines(p.preamble).flatMap((t) => body(t))];
  for (const s of planSections(p.items, p.by)) {
    children.push(heading(s.heading));
    for (const item of s.items) children.push(subheading(item.heading), ...item.paragraphs.flatMap((t) => body(t)));
  }
  children.push(...signOff(`${p.townshipName}人民代表大会主席团`, cnDate(p.date)));
  return pack(p.title, children);
}

/** One plan's .docx with its file name (草稿 until approved); audited, as it leaves the system. */
export async function planDocument(actor: Actor, id: string, by: GroupBy) {
  const plan = await getPlanOrThrow(actor, id);
  const draft = plan.state !== "APPROVED";
  const buffer = await planDocx({
    title: plan.title,
    townshipName: plan.townshipName,
    preamble: plan.preamble,
    items: plan.items,
    date: plan.approvedOn ?? formatDay(todayInChina()),
    by,
  });
  await recordAudit(db, subjectOf(actor), { action: "work_plan.exported", recordType: "WorkPlan", recordId: id });
  return { buffer, filename: `${plan.title}${draft ? "（草稿）" : ""}.docx` };
}
