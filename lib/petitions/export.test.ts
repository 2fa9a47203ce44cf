// The petition register (.xlsx) is ready to print on A4 and masks the personal data unless asked.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { printSetupProblems } from "@/lib/xlsx/inspect";
import { petitionRegisterXlsx, type ExportRow } from "@/lib/petitions/export";

const row: ExportRow = {
  id: "p1",
  number: "信访2026-001",
  receivedOn: new Date("2026-11-27T00:00:00Z"),
  channel: "VISIT",
  category: "APPEAL_CLAIM",
  subject: "砖厂拖欠工资",
  state: "REGISTERED",
  collective: false,
  visitorCount: null,
  petitioners: [
    {
      id: "a",
      name: "王建国",
      phone: "13812345678",
      idNumber: "11010519491231002X",
      address: "王庄村三组十二号",
      representative: false,
    },
  ],
  assignments: [{ unit: { name: "民政办" } }],
};

async function text(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.worksheets[0].eachRow((r) => r.eachCell((c) => out.push(String(c.value))));
  return out.join(" ");
}

describe("petitionRegisterXlsx", () => {
  it("prints on A4 and masks the personal data", async () => {
    const buffer = await petitionRegisterXlsx("测试镇信访件登记表", [row], "MASKED", false);
    expect(await printSetupProblems(buffer)).toEqual([]);
    const t = await text(buffer);
    expect(t).toContain("1101**********002X");
    expect(t).toContain("138****5678");
    expect(t).not.toContain("11010519491231002X");
  });

  it("shows them in full only in a FULL export", async () => {
    const t = await text(await petitionRegisterXlsx("测试镇信访件登记表", [row], "FULL", false));
    expect(t).toContain("11010519491231002X");
    expect(t).toContain("王庄村三组十二号");
  });
});
