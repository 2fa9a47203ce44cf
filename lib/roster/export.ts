// The import template and the roster export (.xlsx), in the column layout of lib/roster/excel.ts.
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/errors";
import { fileResponse, XLSX_MIME } from "@/lib/files/http";
import { DEPUTY_STATUS_LABELS, GENDER_LABELS, JOIN_METHOD_LABELS, LEVEL_LABELS } from "@/lib/roster/labels";
import {
  SHEET_FONT,
  addOfficialSheet,
  newWorkbook,
  workbookBuffer,
  type OfficialSheet,
  type SheetColumn,
} from "@/lib/xlsx/official";
import { deputyWhere } from "@/lib/roster/deputies";
import { deputySortOrderBy, nameOrder } from "@/lib/roster/name-order";
import { EXPORT_ONLY_COLUMNS, GUIDE_SHEET, ROSTER_COLUMNS, ROSTER_SHEET, type RosterColumn } from "@/lib/roster/excel";
import type { DeputyListQuery } from "@/lib/roster/schema";
import type { Prisma } from "@/lib/generated/prisma/client";

// Re-exported: the column layout used to live here, and callers (tests/bench) import it from this module.
export { GUIDE_SHEET, ROSTER_COLUMNS, ROSTER_SHEET, type RosterColumn } from "@/lib/roster/excel";

export const MAX_EXPORT_ROWS = 20_000;

const TEMPLATE_ROWS = 2000; // rows that get the drop-downs and text format in the template

/** The import's columns as sheet columns: dates as date cells, ID and phone numbers as text. */
const sheetColumn = (c: { header: string; field: string; width: number; text?: boolean }): SheetColumn => ({
  header: c.header,
  key: c.field,
  width: c.width,
  ...(c.text ? { type: "text" as const } : DATE_FIELDS.has(c.field) ? { type: "date" as const } : {}),
});
const DATE_FIELDS = new Set(["birthDate", "startDate", "leftDate"]);

function rosterSheet(wb: ExcelJS.Workbook, withStatus: boolean): OfficialSheet {
  const columns = [...ROSTER_COLUMNS, ...(withStatus ? EXPORT_ONLY_COLUMNS : [])].map(sheetColumn);
  return addOfficialSheet(wb, ROSTER_SHEET, { columns });
}

/** A workbook download (lib/files/http.ts: UTF-8 name with an ASCII fallback, never cached). */
export function xlsxResponse(buffer: Buffer, filename: string): Response {
  return fileResponse(new Uint8Array(buffer), filename, XLSX_MIME, buffer.length);
}

/** The import template: headers, one example row (ignored on import while unchanged) and a sheet of instructions. */
export async function buildTemplate(): Promise<Buffer> {
  const wb = newWorkbook();
  const sheet = rosterSheet(wb, false);
  const ws = sheet.ws;
  const example = sheet.addRow(Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.field, c.example])));
  example.font = { ...SHEET_FONT, italic: true, color: { argb: "FF78716C" } };
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  ROSTER_COLUMNS.forEach((c, i) => {
    if (!c.choices) return;
    const col = ws.getColumn(i + 1).letter;
    validations.add(`${col}2:${col}${TEMPLATE_ROWS + 1}`, {
      type: "list",
      allowBlank: !c.required,
      formulae: [`"${c.choices.join(",")}"`],
      showErrorMessage: true,
      error: `只能填写：${c.choices.join("、")}`,
    });
  });

  const notes = [
    "1. 在“代表名册”表中从第 2 行起每行填写一名代表；第 2 行的灰色示例不改动时导入会自动忽略，也可直接删除或覆盖。",
    "2. 不要修改、删除第 1 行的列名；选填的列可以整列删除。",
    "3. 同一届中，姓名与出生日期相同、或身份证号相同的视为同一人，不能重复导入。",
    "4. 任何一行有错误时整份文件都不会导入，请按提示的行号和列改正后重新导入。",
    "5. 也可另存为 CSV（逗号分隔）后导入；单个文件不超过 10 MB。",
  ];
  const guide = addOfficialSheet(wb, GUIDE_SHEET, {
    columns: [
      { header: "列名", key: "header", width: 12 },
      { header: "是否必填", key: "required", width: 10 },
      { header: "填写要求", key: "guide", width: 66, wrap: true },
    ],
    note: notes.join("\n"),
  });
  for (const c of ROSTER_COLUMNS)
    guide.addRow({ header: c.header, required: c.required ? "必填" : "选填", guide: c.guide });
  return workbookBuffer(wb);
}

/** A deputy as the export reads it. */
export type ExportedDeputy = Prisma.DeputyGetPayload<{ include: { group: { select: { name: true } } } }>;

/** The export's workbook: the import's columns, then 状态 and 离任日期. Pure: the unit test opens it. */
export async function rosterXlsx(rows: readonly ExportedDeputy[]): Promise<Buffer> {
  const wb = newWorkbook();
  const sheet = rosterSheet(wb, true);
  for (const d of rows) {
    // Dates as real date cells (UTC midnight = the calendar day), so Excel can sort them and the import reads them back.
    const values: Record<RosterColumn["field"] | "status" | "leftDate", ExcelJS.CellValue> = {
      name: d.name,
      gender: GENDER_LABELS[d.gender],
      birthDate: d.birthDate,
      ethnicity: d.ethnicity,
      party: d.party,
      education: d.education,
      occupation: d.occupation,
      workUnit: d.workUnit,
      phone: d.phone,
      address: d.address,
      idNumber: d.idNumber,
      constituency: d.constituency,
      levels: d.levels.map((l) => LEVEL_LABELS[l] ?? l).join("、"),
      groupId: d.group?.name ?? null,
      joinMethod: JOIN_METHOD_LABELS[d.joinMethod],
      startDate: d.startDate,
      status: DEPUTY_STATUS_LABELS[d.status],
      leftDate: d.leftDate,
    };
    sheet.addRow(values);
  }
  return workbookBuffer(wb);
}

/**
 * The filtered roster (all pages) with the import's columns, ID numbers in full: the office only.
 * Audited (who took which deputies' personal data out of the system, and with which filter).
 */
export async function exportDeputies(actor: Actor, query: DeputyListQuery): Promise<Buffer> {
  const sdb = scopedDb(actor.townshipId);
  const where = deputyWhere(query);
  const total = await sdb.deputy.count({ where });
  if (total > MAX_EXPORT_ROWS)
    throw new AppError(
      "VALIDATION",
      `符合条件的代表有 ${total} 名，超过一次导出的上限 ${MAX_EXPORT_ROWS} 名，请缩小筛选范围`,
    );
  const rows = await sdb.deputy.findMany({
    where,
    include: { group: { select: { name: true } } },
    orderBy: deputySortOrderBy(query.sort, await nameOrder(), query.order),
    take: MAX_EXPORT_ROWS,
  });
  const buffer = await rosterXlsx(rows);
  const filter = { ...query, page: undefined, pageSize: undefined };
  await recordAudit(db, subjectOf(actor), {
    action: "deputy.exported",
    recordType: "Deputy",
    after: { rows: rows.length, filter },
  });
  return buffer;
}
