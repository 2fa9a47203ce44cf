// The year's register prints on A4 (printSetupProblems), one sheet per direction, entries in the order given.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { printSetupProblems } from "@/lib/xlsx/inspect";
import { registerTitle, registerXlsx } from "@/lib/documents/export";
import type { DocumentSummary } from "@/lib/documents/entry";

const entry = (over: Partial<DocumentSummary>): DocumentSummary => ({
  id: "e",
  direction: "INCOMING",
  directionLabel: "收文",
  year: 2026,
  serial: 1,
  registerNumber: "收〔2026〕1号",
  docNumber: "县人大办〔2026〕3号",
  date: "2026-03-02",
  counterpart: "县人大常委会办公室",
  counterpartLabel: "来文单位",
  title: "关于做好2026年代表建议督办工作的通知",
  category: "建议",
  handling: "已呈主席阅批",
  handledOn: "2026-03-05",
  file: null,
  version: 1,
  ...over,
});

describe("the year's register (.xlsx)", () => {
  it("prints on A4 with a sheet per direction and the entries' facts", async () => {
    const buffer = await registerXlsx("清水镇", 2026, [
      entry({}),
      entry({
        id: "f",
        serial: 2,
        title: "关于开展执法检查的通知",
        date: "2026-04-01",
        handledOn: null,
        handling: null,
      }),
      entry({
        id: "g",
        direction: "OUTGOING",
        serial: 1,
        counterpart: "县人大常委会",
        title: "关于召开镇人代会的请示",
      }),
    ]);
    expect(await printSetupProblems(buffer)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const incoming = wb.getWorksheet("收文登记簿")!;
    const texts = incoming.getSheetValues().flat().map(String).join("|");
    expect(texts).toContain(registerTitle("清水镇", 2026, "INCOMING"));
    expect(texts).toContain("共2件。");
    expect(texts).toContain("关于开展执法检查的通知");
    expect(texts).not.toContain("关于召开镇人代会的请示");
    const outgoing = wb.getWorksheet("发文登记簿")!;
    expect(outgoing.getSheetValues().flat().map(String).join("|")).toContain("关于召开镇人代会的请示");
    expect(outgoing.getRow(3).getCell(4).value).toBe("主送单位");
  });
});
