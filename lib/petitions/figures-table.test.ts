// The year's petition table prints on A4 and carries the figures as the one figures function gives them.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { printSetupProblems } from "@/lib/xlsx/inspect";
import { LEGAL_CLOCK } from "@/lib/petitions/clock";
import { groupTallies, tallyPetitions, type FigureRow } from "@/lib/petitions/figures-rules";
import type { PetitionYearFigures } from "@/lib/petitions/figures";
import { petitionTableTitle, petitionTableXlsx } from "@/lib/petitions/figures-table";

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const today = day("2026-12-06");

const row = (over: Partial<FigureRow>): FigureRow => ({
  channel: "VISIT",
  category: "APPEAL_CLAIM",
  intake: "ACCEPT",
  state: "CLOSED",
  receivedOn: day("2026-03-02"),
  notifiedOn: day("2026-03-10"),
  noticeWaived: false,
  dueDate: day("2026-05-09"),
  closedOn: day("2026-04-20"),
  resolved: true,
  leadUnit: "民政办",
  ...over,
});

const rows = [
  row({}),
  // told late (day 16), closed after its due day
  row({ channel: "LETTER", notifiedOn: day("2026-03-18"), closedOn: day("2026-05-20"), resolved: false }),
  // county case, forwarded, not closed
  row({ channel: "COUNTY_TRANSFER", intake: "FORWARD", state: "TRANSFERRED", dueDate: null, closedOn: null }),
];

const figures: PetitionYearFigures = {
  year: 2026,
  rules: { received: "收到。", notice: "告知。", handling: "办结。", resolved: "解决。", unit: "单位。" },
  total: tallyPetitions(rows, today, LEGAL_CLOCK),
  byChannel: groupTallies(
    rows,
    (r) => r.channel,
    ["LETTER", "VISIT", "COUNTY_TRANSFER"],
    (k) => k,
    today,
    LEGAL_CLOCK,
  ),
  byCategory: [],
  byUnit: groupTallies(
    rows,
    (r) => r.leadUnit,
    ["民政办"],
    (k) => k,
    today,
    LEGAL_CLOCK,
  ),
  county: {
    tally: tallyPetitions([rows[2]], today, LEGAL_CLOCK),
    reported: 0,
    cases: [
      {
        id: "c1",
        number: "信访2026-003",
        sourceDocNo: "县人大信转〔2026〕5号",
        sourceDocDate: "2026-03-01",
        receivedOn: "2026-03-02",
        subject: "砖厂拖欠工资",
        state: "TRANSFERRED",
        reportedOn: null,
        reportNumber: null,
        closedOn: null,
      },
    ],
  },
};

describe("the year's petition table (.xlsx)", () => {
  it("prints on A4 with repeated headers and states the figures", async () => {
    const buffer = await petitionTableXlsx("清水镇", figures);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(await printSetupProblems(buffer)).toEqual([]);
    const sheet = wb.getWorksheet("信访统计")!;
    const texts = sheet.getSheetValues().flat().map(String);
    expect(texts.join("|")).toContain(petitionTableTitle("清水镇", 2026));
    const total = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === "合计")!;
    // received 3, accepted 2, forwarded 1, redirected 0, closed 2, resolved 1; told in time 2 of 3; closed in time 1 of 2
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((c) => total.getCell(c).value)).toEqual([
      3,
      2,
      1,
      0,
      2,
      1,
      "2/3",
      "67%",
      "1/2",
      "50%",
    ]);
    const county = wb.getWorksheet("上级人大转办")!;
    expect(county.getSheetValues().flat().map(String).join("|")).toContain("县人大信转〔2026〕5号");
  });
});
