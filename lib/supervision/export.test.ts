// The year's supervision table (年度监督工作统计表) is ready to print on A4 and states the activities and the
// units' rates as the figures give them.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { printSetupProblems } from "@/lib/xlsx/inspect";
import { supervisionTableXlsx, type YearActivity } from "@/lib/supervision/export";

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const rules = { rate: "满意率 = 满意票 ÷ 有效票。", activities: "活动按年度统计。", onTime: "按期整改率。" };

const activity: YearActivity = {
  id: "a1",
  kind: "WORK_EVALUATION",
  title: "对镇农业综合服务中心的工作评议",
  state: "CONCLUDED",
  startDate: day("2026-05-10"),
  endDate: day("2026-05-12"),
  lawName: null,
  places: "青山村\n石桥村",
  participants: [{ attendance: "PRESENT" }, { attendance: "PRESENT" }, { attendance: "LEAVE" }],
  targets: [{ id: "t1" }],
  opinions: [{ id: "o1" }],
  tasks: [{ state: "ACCEPTED" }, { state: "REPORTED" }],
  _count: { suggestions: 2 },
};

const evaluated = [
  {
    activityId: "a1",
    targetId: "t1",
    activity: activity.title,
    kind: "WORK_EVALUATION" as const,
    name: "农业综合服务中心",
    round1: {
      tally: { satisfied: 16, basic: 1, unsatisfied: 0, invalid: 1 },
      rate: 94,
      figures: "16/17 = 94%",
    },
    round2: null,
  },
];

async function load(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

describe("supervision year table", () => {
  it("is set up to print: A4, fitted, header repeated, dates as dates", async () => {
    const buf = await supervisionTableXlsx("清水镇", 2026, { rules, evaluated }, [activity]);
    expect(await printSetupProblems(buf)).toEqual([]);
  });

  it("lists each activity with its people, rates and tasks, then the units evaluated", async () => {
    const wb = await load(await supervisionTableXlsx("清水镇", 2026, { rules, evaluated }, [activity]));
    const ws = wb.getWorksheet("监督活动")!;
    expect(ws.getRow(1).getCell(1).value).toBe("清水镇2026年度人大监督工作统计表");
    const row = ws.getRow(4).values as ExcelJS.CellValue[];
    expect(row.slice(1, 4)).toEqual([1, "工作评议", "对镇农业综合服务中心的工作评议"]);
    expect(row[5]).toEqual(day("2026-05-12"));
    expect(row.slice(6)).toEqual(["已结束", "青山村；石桥村", "2/3", "农业综合服务中心 94%", 1, "1/2", 2]);
    const units = wb.getWorksheet("测评结果")!;
    expect(units.getRow(1).getCell(1).value).toBe("清水镇2026年度民主测评结果");
    expect((units.getRow(4).values as ExcelJS.CellValue[]).slice(2)).toEqual([
      "农业综合服务中心",
      16,
      1,
      0,
      1,
      "16/17 = 94%",
      "—",
    ]);
  });
});
