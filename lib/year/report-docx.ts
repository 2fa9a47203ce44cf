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
  const signed = !!t.signature && !t.closing.length;
  for (const [n, part] of t.parts.entries()) {
    children.push(heading(part.heading));
    // The last paragraph is kept with the sign-off, which never stands alone on a page (GB/T 9704 7.3.5.1).
    const last = signed && n === t.parts.length - 1 && !part.sections.length ? part.intro.length - 1 : -1;
    for (const [i, p] of part.intro.entries()) children.push(...body(p, { keepNext: i === last }));
    for (const s of part.sections) {
      children.push(subheading(s.heading));
      for (const p of s.paragraphs) children.push(...body(p));
      if (s.table) children.push(table(s.table.header, s.table.rows, { left: [0] }));
    }
  }
  for (const p of t.closing) children.push(...body(p));
  // GB/T 9704 7.3.3 and 8: the attachment is named above the sign-off (附件：…) and follows it, "附件" at the left.
  const appendixName = t.appendix?.title.replace(/^附表：/, "");
  if (appendixName) children.push(...body(`附件：${appendixName}`, { keepNext: signed }));
  if (t.signature) children.push(...signOff(t.signature, t.date));
  if (t.appendix && appendixName) {
    children.push(...body("附件", { indent: false, bold: true, pageBreakBefore: true }), subtitle(appendixName));
    children.push(table(t.appendix.table.header, t.appendix.table.rows, { left: [0] }));
  }
  return pack(t.title, children);
}

/** The file name: 清水镇2026年度人大工作总结.docx, 清水镇人民代表大会主席团工作报告（2026年工作回顾，草稿）.docx … */
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
