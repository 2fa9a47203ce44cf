// A filled-in roster template: the template's sheet name and headers (ROSTER_COLUMNS), one deputy
// per row, as an office would send it for import.
import ExcelJS from "exceljs";
import { ROSTER_COLUMNS, ROSTER_SHEET, type RosterColumn } from "@/lib/roster/excel";
import { deputyFields } from "@/tests/bench/names";

const LEVEL_LABEL: Record<string, string> = { TOWNSHIP: "镇", COUNTY: "县", CITY: "市", PREFECTURE: "州" };

/** `rows` deputies of township number `township`, spread over the given group names. */
export async function rosterWorkbook(township: number, rows: number, groupNames: readonly string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(ROSTER_SHEET);
  ws.columns = ROSTER_COLUMNS.map((c) => ({
    header: c.header,
    key: c.field,
    width: c.width,
    ...(c.text ? { style: { numFmt: "@" } } : {}),
  }));
  for (let i = 0; i < rows; i++) {
    const d = deputyFields(township, i);
    const values: Record<RosterColumn["field"], ExcelJS.CellValue> = {
      name: d.name,
      gender: d.gender === "MALE" ? "男" : "女",
      birthDate: d.birthDate, // a date cell, as Excel stores a typed date
      ethnicity: d.ethnicity,
      party: d.party,
      education: d.education,
      occupation: d.occupation,
      workUnit: d.workUnit,
      phone: d.phone,
      address: d.address,
      idNumber: d.idNumber,
      constituency: d.constituency,
      levels: d.levels.map((l) => LEVEL_LABEL[l]).join("、"),
      groupId: groupNames[i % groupNames.length],
      joinMethod: "换届选举",
      startDate: null,
    };
    ws.addRow(values);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
