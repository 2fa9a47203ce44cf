// The activity report as a Word file in the official-document layout (lib/docx/official.ts): the text of
// lib/supervision/report.ts, for the office to edit before it goes to the party committee or the session.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { body, heading, pack, signOff, table, title, type DocBlock } from "@/lib/docx/official";
import { activityReportText, type ReportText } from "@/lib/supervision/report";
import { activityReportInput } from "@/lib/supervision/report-data";

export function activityReportDocx(r: ReportText): Promise<Buffer> {
  const children: DocBlock[] = [title(r.title)];
  for (const s of r.sections) {
    children.push(heading(s.heading), ...s.paragraphs.flatMap((p) => body(p)));
    if (s.table) children.push(table(s.table.header, s.table.rows, { left: [0] }));
    children.push(...(s.after ?? []).flatMap((p) => body(p)));
  }
  children.push(...signOff(r.signature, r.date));
  return pack(r.title, children);
}

/** One activity's report with its file name; audited, as it leaves the system. */
export async function activityReport(actor: Actor, id: string) {
  const text = activityReportText(await activityReportInput(actor, id));
  const buffer = await activityReportDocx(text);
  await recordAudit(db, subjectOf(actor), {
    action: "supervision.report_exported",
    recordType: "SupervisionActivity",
    recordId: id,
  });
  return { buffer, filename: `${text.title}（草稿）.docx`, text };
}
