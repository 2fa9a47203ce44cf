// The presidium's report (关于代表建议办理情况的报告) as a Word file the office edits before the
// session: the text of lib/suggestions/report.ts in the official-document layout.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { body, heading, pack, signOff, subtitle, table, title, type DocBlock } from "@/lib/docx/official";
import { suggestionReportText, type ReportText } from "@/lib/suggestions/report";
import { suggestionReportInput } from "@/lib/suggestions/report-data";

export function reportDocx(r: ReportText): Promise<Buffer> {
  const children: DocBlock[] = [
    title(r.title),
    subtitle(r.subtitle),
    ...body(r.salutation, { indent: false }),
    ...body(r.opening),
  ];
  for (const s of r.sections) {
    children.push(heading(s.heading));
    for (const p of s.paragraphs) children.push(...body(p));
    if (s.table) children.push(table(s.table.header, s.table.rows, { left: [0] }));
    for (const p of s.after ?? []) children.push(...body(p));
  }
  children.push(...body(r.closing), ...signOff(r.signature, r.date));
  return pack(r.title, children);
}

/** The report for a year (or one session, or the recess) with its file name; audited, as it leaves the system. */
export async function suggestionReport(actor: Actor, q: { year: number; sessionId?: string }) {
  const text = suggestionReportText(await suggestionReportInput(actor, q));
  const buffer = await reportDocx(text);
  await recordAudit(db, subjectOf(actor), {
    action: "suggestion.report_exported",
    recordType: "Suggestion",
    after: { year: q.year, sessionId: q.sessionId ?? null },
  });
  return { buffer, filename: `${text.title}（草稿）.docx`, text };
}
