// The year's register (收文登记簿 / 发文登记簿) as an .xlsx ready to print on A4 (lib/xlsx/official.ts): one sheet per
// direction, in serial order, as the office files it at the year's end.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { townshipName } from "@/lib/text/township";
import { addOfficialSheet, newWorkbook, workbookBuffer } from "@/lib/xlsx/official";
import type { DocumentDirection } from "@/lib/generated/prisma/enums";
import { COUNTERPART_LABELS, DIRECTION_LABELS } from "@/lib/documents/labels";
import { yearRegister } from "@/lib/documents/service";
import type { DocumentSummary } from "@/lib/documents/entry";

export const registerTitle = (township: string, year: number, direction: DocumentDirection) =>
  `${township}人大主席团${year}年${DIRECTION_LABELS[direction]}登记簿`;

/** The workbook: pure, from the entries (each sheet only its direction's). */
export function registerXlsx(
  township: string,
  year: number,
  entries: readonly DocumentSummary[],
  directions: readonly DocumentDirection[] = ["INCOMING", "OUTGOING"],
): Promise<Buffer> {
  const wb = newWorkbook();
  for (const direction of directions) {
    const rows = entries.filter((e) => e.direction === direction);
    const sheet = addOfficialSheet(wb, `${DIRECTION_LABELS[direction]}登记簿`, {
      title: registerTitle(township, year, direction),
      note: `共${rows.length}件。`,
      columns: [
        { header: "登记号", key: "serial", width: 7 },
        { header: direction === "INCOMING" ? "收文日期" : "发文日期", key: "date", width: 12, type: "date" },
        { header: "文号", key: "docNumber", width: 16, wrap: true },
        { header: COUNTERPART_LABELS[direction], key: "counterpart", width: 16, wrap: true },
        { header: "文件标题", key: "title", width: 30, wrap: true },
        { header: "分类", key: "category", width: 8 },
        { header: "办理情况", key: "handling", width: 22, wrap: true },
        { header: "办结日期", key: "handledOn", width: 12, type: "date" },
      ],
    });
    for (const e of rows)
      sheet.addRow({
        serial: e.serial,
        date: e.date,
        docNumber: e.docNumber ?? "",
        counterpart: e.counterpart,
        title: e.title,
        category: e.category,
        handling: e.handling ?? "",
        handledOn: e.handledOn ?? "",
      });
  }
  return workbookBuffer(wb);
}

/** The actor's township's register of a year (one direction or both), its download audited. */
export async function exportRegister(actor: Actor, year: number, direction?: DocumentDirection) {
  const [township, entries] = await Promise.all([townshipName(actor), yearRegister(actor, year, direction)]);
  const directions: DocumentDirection[] = direction ? [direction] : ["INCOMING", "OUTGOING"];
  const buffer = await registerXlsx(township, year, entries, directions);
  await recordAudit(db, subjectOf(actor), {
    action: "document.exported",
    recordType: "DocumentRecord",
    after: { year, direction: direction ?? null, entries: entries.length },
  });
  const name = direction ? DIRECTION_LABELS[direction] : "收发文";
  return { buffer, filename: `${township}${year}年${name}登记簿.xlsx` };
}
