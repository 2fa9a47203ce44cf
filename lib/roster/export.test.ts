// The roster's spreadsheets (import template, export) are ready to print (lib/xlsx/official.ts),
// and the export tells a resigned deputy from a sitting one.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { printSetupProblems } from "@/lib/xlsx/inspect";
import { buildTemplate, rosterXlsx, type ExportedDeputy } from "@/lib/roster/export";
import { ROSTER_COLUMNS } from "@/lib/roster/excel";

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const deputy = (over: Partial<ExportedDeputy>): ExportedDeputy => ({
  id: "d1",
  townshipId: "t",
  termId: "term",
  name: "王芳",
  nameKey: null,
  constituencyKey: null,
  constituencyId: null,
  gender: "FEMALE",
  birthDate: day("1980-05-01"),
  ethnicity: "汉族",
  party: "中共党员",
  education: "大学本科",
  occupation: "村党支部书记",
  workUnit: "青山村村民委员会",
  phone: "13800000000",
  address: null,
  idNumber: null,
  constituency: "第一选区",
  levels: ["TOWNSHIP"],
  groupId: null,
  status: "SITTING",
  joinMethod: "ELECTION",
  startDate: day("2026-01-01"),
  leftDate: null,
  photoKey: null,
  photoMimeType: null,
  version: 1,
  createdAt: new Date(),
  updatedAt: new Date(),
  group: null,
  ...over,
});

describe("roster spreadsheets", () => {
  it("set up the template and the export to print: A4, landscape, fitted, header repeated, borders, dates", async () => {
    expect(await printSetupProblems(await buildTemplate())).toEqual([]);
    const rows = [deputy({}), deputy({ id: "d2", name: "李强", status: "RESIGNED", leftDate: day("2026-06-30") })];
    expect(await printSetupProblems(await rosterXlsx(rows))).toEqual([]);
  });

  it("adds 状态 and 离任日期 after the import's columns, the end date as a date cell", async () => {
    const rows = [deputy({}), deputy({ id: "d2", name: "李强", status: "RESIGNED", leftDate: day("2026-06-30") })];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await rosterXlsx(rows)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("代表名册")!;
    const n = ROSTER_COLUMNS.length;
    expect(ws.getRow(1).getCell(n + 1).value).toBe("状态");
    expect(ws.getRow(1).getCell(n + 2).value).toBe("离任日期");
    expect([ws.getRow(2).getCell(n + 1).value, ws.getRow(2).getCell(n + 2).value]).toEqual(["在任", null]);
    expect(ws.getRow(3).getCell(n + 1).value).toBe("辞职");
    expect(ws.getRow(3).getCell(n + 2).value).toEqual(day("2026-06-30"));
    expect(ws.getRow(3).getCell(n + 2).numFmt).toBe("yyyy-mm-dd");
  });

  it("finds what a bare workbook lacks", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("x");
    ws.addRow(["日期"]);
    ws.addRow(["2026-01-01"]);
    const problems = await printSetupProblems(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(problems).toEqual(
      expect.arrayContaining([
        "x: paper undefined, not A4 (9)",
        "x: not fitted to the page width",
        "x: no header rows repeated on each page",
        "x!A2: date kept as text",
      ]),
    );
  });
});
