// A training plan as a Word file in the official-document layout (lib/docx/official.ts), in the documents'
// shape: 指导思想, 目的意义, 培训对象, 培训内容, 培训形式, 时间安排 (by quarter, or by year for the five-year plan).
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { body, heading, pack, signOff, subheading, title, type DocBlock } from "@/lib/docx/official";
import { cnDate } from "@/lib/text/dates";
import { headingNumber, subheadingNumber } from "@/lib/text/numerals";
import { formatDay, todayInChina } from "@/lib/time/day";
import { QUARTER_LABELS } from "@/lib/training/labels";
import { getPlanOrThrow } from "@/lib/training/plans";

export interface PlanDocInput {
  title: string;
  kind: "YEAR" | "TERM";
  townshipName: string;
  guidingIdeas: string;
  purpose: string;
  audienceLevelLabels: string[];
  audienceGroups: { name: string }[];
  audienceNote: string | null;
  content: string;
  form: string;
  items: { quarter: number | null; year: number | null; text: string }[];
  /** 2026-12-01: the approval's day, else today. */
  date: string;
  draft: boolean;
}

export interface PlanSection {
  heading: string;
  paragraphs: string[];
  /** 时间安排: one sub-heading per quarter or year with its lines. */
  parts?: { heading: string; paragraphs: string[] }[];
}

const lines = (text: string) =>
  text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The schedule grouped by quarter (year plans) or year (five-year plans), in order. */
export function scheduleParts(kind: "YEAR" | "TERM", items: PlanDocInput["items"]) {
  const key = (i: PlanDocInput["items"][number]) => (kind === "YEAR" ? (i.quarter ?? 0) : (i.year ?? 0));
  const keys = [...new Set(items.map(key))].sort((a, b) => a - b);
  return keys.map((k) => ({
    heading: kind === "YEAR" ? (QUARTER_LABELS[k - 1] ?? "其他") : `${k}年`,
    paragraphs: items.filter((i) => key(i) === k).flatMap((i) => lines(i.text)),
  }));
}

/** The plan's text, section by section (the page prints the same). */
export function planSections(p: PlanDocInput): PlanSection[] {
  const audience = [...p.audienceLevelLabels, ...p.audienceGroups.map((g) => g.name)].join("、");
  const sections: PlanSection[] = [
    { heading: "指导思想", paragraphs: lines(p.guidingIdeas) },
    { heading: "目的意义", paragraphs: lines(p.purpose) },
    { heading: "培训对象", paragraphs: [`${audience}。`, ...(p.audienceNote ? lines(p.audienceNote) : [])] },
    { heading: "培训内容", paragraphs: lines(p.content) },
    { heading: "培训形式", paragraphs: lines(p.form) },
    { heading: "时间安排", paragraphs: [], parts: scheduleParts(p.kind, p.items) },
  ];
  return sections.map((s, i) => ({ ...s, heading: `${headingNumber(i)}${s.heading}` }));
}

export function planDocx(p: PlanDocInput): Promise<Buffer> {
  const children: DocBlock[] = [title(p.title)];
  for (const s of planSections(p)) {
    children.push(heading(s.heading), ...s.paragraphs.flatMap((t) => body(t)));
    (s.parts ?? []).forEach((part, i) => {
      children.push(subheading(`${subheadingNumber(i)}${part.heading}`), ...part.paragraphs.flatMap((t) => body(t)));
    });
  }
  children.push(...signOff(`${p.townshipName}人民代表大会主席团`, cnDate(p.date)));
  return pack(p.title, children);
}

/** One plan's .docx with its file name; audited, as it leaves the system. */
export async function planDocument(actor: Actor, id: string) {
  const plan = await getPlanOrThrow(actor, id);
  const draft = plan.state !== "APPROVED";
  const buffer = await planDocx({ ...plan, date: plan.approvedOn ?? formatDay(todayInChina()), draft });
  await recordAudit(db, subjectOf(actor), {
    action: "training_plan.exported",
    recordType: "TrainingPlan",
    recordId: id,
  });
  return { buffer, filename: `${plan.title}${draft ? "（草稿）" : ""}.docx` };
}
