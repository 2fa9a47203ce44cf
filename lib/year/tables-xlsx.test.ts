// The year's statistics tables (.xlsx): ready to print on A4, one sheet per area, each key figure with the year
// before beside it and the change, and the area's detail matched by name.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { printSetupProblems } from "@/lib/xlsx/inspect";
import { fabricatedSummary } from "@/tests/factories/year-summary";
import { SUMMARY_AREAS } from "@/lib/year/summary";
import { areaTables, yearTablesXlsx } from "@/lib/year/tables-xlsx";

const summary = fabricatedSummary();

async function sheets(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return wb;
}

describe("the year's tables .xlsx", () => {
  it("prints on A4 with the header on each page", async () => {
    expect(await printSetupProblems(await yearTablesXlsx(summary, "清水镇"))).toEqual([]);
  });

  it("has one sheet per area, each key figure beside the year before with the change", async () => {
    const wb = await sheets(await yearTablesXlsx(summary, "清水镇"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(SUMMARY_AREAS.map((a) => a.label));
    const ws = wb.getWorksheet("信访")!;
    expect(ws.getCell("A1").value).toBe("清水镇2026年人大工作统计表（信访）");
    const rows: unknown[][] = [];
    ws.eachRow((r, n) => n > 3 && rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(["收到信访件", "件", 17, 20, -3]);
    expect(rows).toContainEqual(["按类别：申诉求决类", "件", 12, 15, -3]);
    // Every key figure of the summary is in its area's sheet with the same numbers.
    for (const k of summary.figures) {
      const sheet = wb.getWorksheet(SUMMARY_AREAS.find((a) => a.id === k.area)!.label)!;
      let found = false;
      sheet.eachRow((r) => {
        const v = (r.values as unknown[]).slice(1);
        if (v[0] === k.label) {
          found = true;
          expect(v.slice(2), k.id).toEqual([k.value ?? "—", k.previous ?? "—", k.change ?? "—"]);
        }
      });
      expect(found, k.id).toBe(true);
    }
  });

  it("matches the detail rows of the year before by name, and leaves a new name's year before empty", () => {
    const s = fabricatedSummary();
    s.previous.supervision.evaluated = [s.previous.supervision.evaluated[0]];
    const sup = areaTables(s).find((t) => t.area === "supervision")!;
    expect(sup.rows.filter((r) => r.label.startsWith("测评满意率"))).toEqual([
      { label: "测评满意率：民政办（民政办工作评议）", unit: "%", value: 94, previous: 94 },
      { label: "测评满意率：国土所（国土所工作评议）", unit: "%", value: 82, previous: null },
    ]);
  });
});
