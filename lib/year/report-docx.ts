// The year's drafted documents as Word files the office edits (年度工作总结, 主席团工作报告, 半年小结): the text of
// lib/year/report.ts in the official-document layout (lib/docx/official.ts), the places to fill highlighted.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { body, heading, pack, signOff, subheading, subtitle, table, title, type DocBlock } from "@/lib/docx/official";
import { yearReportText, type YearDocKind, type YearDocText } from "@/lib/year/report";
import { yearReportInput } from "@/lib/year/report-data";

export function yearReportDocx(t: YearDocText): Promise<Buffer> {
  const children: DocBlock[] = [title(t.title)];
  if (t.subtitle) children.push(subtitle(t.subtitle));
  if (t.salutation) children.push(...body(t.salutation, { indent: false }));
  for (const p of t.opening) children.push(...body(p));
  for (const part of t.parts) {
    children.push(heading(part.heading));
    for (const p of part.intro) children.push(...body(p));
    for (const s of part.sections) {
      children.push(subheading(s.heading));
      for (const p of s.paragraphs) children.push(...body(p));
      if (s.table) children.push(table(s.table.header, s.table.rows, { left: [0] }));
    }
  }
  for (const p of t.closing) children.push(...body(p));
  // GB/T 9704 7.3.3 and 8: the attachment is named above the sign-off (附件：…) and follows it, "附件" at the left.
  const appendixName = t.appendix?.title.replace(/^附表：/, "");
  if (appendixName) children.push(...body(`附件：${appendixName}`));
  if (t.signature) children.push(...signOff(t.signature, t.date));
  if (t.appendix && appendixName) {
    children.push(...body("附件", { indent: false, bold: true, pageBreakBefore: true }), subtitle(appendixName));
    children.push(table(t.appendix.table.header, t.appendix.table.rows, { left: [0] }));
  }
  return pack(t.title, children);
}

/** The document's file name: 清水镇2026年度人大工作总结.docx, 清水镇人大主席团工作报告（2026年）.docx … */
export function yearReportFilename(t: YearDocText, year: number): string {
  switch (t.kind) {
    case "summary":
      return `${t.title.replace(/人大(\d+)年度工作总结$/, "$1年度人大工作总结")}.docx`;
    case "half-year":
      return `${t.title.replace(/人大(\d+)年上半年工作小结$/, "$1年上半年人大工作小结")}.docx`;
    case "session-report":
      return `${t.title}（${year}年工作回顾，草稿）.docx`;
  }
}

/** The drafted document of a year with its file name; audited, as it leaves the system. */
export async function yearReport(actor: Actor, q: { year: number; kind: YearDocKind }) {
  const text = yearReportText(await yearReportInput(actor, q));
  const buffer = await yearReportDocx(text);
  await recordAudit(db, subjectOf(actor), {
    action: "summary.report_exported",
    recordType: "Township",
    recordId: actor.townshipId,
    after: { year: q.year, kind: q.kind },
  });
  return { buffer, filename: yearReportFilename(text, q.year), text };
}
