import { describe, expect, it } from "vitest";
import { formatDay, parseDay } from "@/lib/time/day";
import { officialDays, packageCovers, workingCalendar, type CalendarOverride } from "@/lib/time/working-days";

const day = parseDay;
const iso = formatDay;
const official = workingCalendar();

// 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号):
// 春节 2月15日（周日）至23日（周一）放假调休，共9天；2月14日（周六）、2月28日（周六）上班。
// 国庆节 10月1日（周四）至7日（周三）放假调休，共7天；9月20日（周日）、10月10日（周六）上班。
// 中秋节 9月25日（周五）至27日（周日）放假。
describe("the official calendar from the package (2026)", () => {
  it("has the year", () => {
    expect(packageCovers(2026)).toBe(true);
    expect(packageCovers(2099)).toBe(false);
  });

  it("knows 国庆 2026: the holidays and the make-up Sunday and Saturday", () => {
    for (let d = 1; d <= 7; d++) expect(official.isWorkingDay(day(`2026-10-0${d}`)), `10-0${d}`).toBe(false);
    expect(official.isWorkingDay(day("2026-09-20"))).toBe(true); // Sunday, make-up
    expect(official.isWorkingDay(day("2026-10-10"))).toBe(true); // Saturday, make-up
    expect(official.isWorkingDay(day("2026-10-11"))).toBe(false); // an ordinary Sunday
    expect(official.isWorkingDay(day("2026-09-25"))).toBe(false); // Friday, 中秋
    expect(official.isWorkingDay(day("2026-10-08"))).toBe(true);
  });

  it("counts working days across 国庆 2026", () => {
    expect(iso(official.addWorkingDays(day("2026-09-30"), 1))).toBe("2026-10-08");
    expect(iso(official.addWorkingDays(day("2026-09-30"), 3))).toBe("2026-10-10");
    expect(iso(official.addWorkingDays(day("2026-09-18"), 1))).toBe("2026-09-20"); // Friday → the make-up Sunday
    expect(iso(official.addWorkingDays(day("2026-09-24"), 1))).toBe("2026-09-28"); // over 中秋
    // Suggestions' 7 and petitions' 5 working days from the last day before the holiday.
    expect(iso(official.addWorkingDays(day("2026-09-30"), 7))).toBe("2026-10-15");
    expect(iso(official.addWorkingDays(day("2026-09-30"), 5))).toBe("2026-10-13");
    expect(official.workingDaysBetween(day("2026-09-30"), day("2026-10-15"))).toBe(7);
  });

  it("knows 春节 2026 and its two make-up Saturdays", () => {
    expect(official.isWorkingDay(day("2026-02-14"))).toBe(true);
    for (let d = 15; d <= 23; d++) expect(official.isWorkingDay(day(`2026-02-${d}`)), `02-${d}`).toBe(false);
    expect(official.isWorkingDay(day("2026-02-28"))).toBe(true);
    // February 2026: 20 weekdays, less 16–20 and 23 February, plus the Saturdays 14 and 28.
    expect(official.workingDaysBetween(day("2026-01-31"), day("2026-02-28"))).toBe(16);
    expect(iso(official.addWorkingDays(day("2026-02-13"), 1))).toBe("2026-02-14");
    expect(iso(official.addWorkingDays(day("2026-02-14"), 1))).toBe("2026-02-24");
    // 13, 14 (Saturday), 24, 25, 26, 27 and 28 (Saturday) February.
    expect(iso(official.addWorkingDays(day("2026-02-12"), 7))).toBe("2026-02-28");
  });

  it("counts zero working days for an empty or reversed range, and n = 0 stays put", () => {
    expect(official.workingDaysBetween(day("2026-10-08"), day("2026-10-08"))).toBe(0);
    expect(official.workingDaysBetween(day("2026-10-09"), day("2026-10-08"))).toBe(0);
    expect(iso(official.addWorkingDays(day("2026-10-03"), 0))).toBe("2026-10-03");
  });

  it("lists the year's official days with their names", () => {
    const days = officialDays(2026);
    expect(days.find((d) => d.date === "2026-02-14")).toEqual({
      date: "2026-02-14",
      kind: "WORKDAY",
      name: "春节",
      source: "PACKAGE",
    });
    expect(days.filter((d) => d.kind === "WORKDAY").map((d) => d.date)).toEqual([
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
    expect(days.filter((d) => d.name === "国庆节" && d.kind === "HOLIDAY")).toHaveLength(7);
  });
});

describe("the office's overrides", () => {
  // A year the package lacks: the office types in its 国庆 arrangement.
  const y2099: CalendarOverride[] = [
    ...[1, 2, 3, 4, 5, 6, 7].map((d) => ({ date: `2099-10-0${d}`, kind: "HOLIDAY" as const, note: "国庆节" })),
    { date: "2099-10-10", kind: "WORKDAY", note: "国庆节调休上班" },
  ];

  it("add a year the package does not have", () => {
    expect(iso(official.addWorkingDays(day("2099-09-30"), 1))).toBe("2099-10-01"); // Monday–Friday only
    const calendar = workingCalendar(y2099);
    expect(iso(calendar.addWorkingDays(day("2099-09-30"), 1))).toBe("2099-10-08");
    expect(iso(calendar.addWorkingDays(day("2099-09-30"), 3))).toBe("2099-10-10"); // the make-up Saturday
    expect(calendar.isWorkingDay(day("2099-10-11"))).toBe(false);
    expect(officialDays(2099, y2099).map((d) => [d.date, d.source])).toContainEqual(["2099-10-10", "OVERRIDE"]);
  });

  it("correct the package's day, both ways", () => {
    const calendar = workingCalendar([
      { date: "2026-10-08", kind: "HOLIDAY", note: "补充放假" },
      { date: "2026-10-10", kind: "HOLIDAY", note: "取消调休" },
    ]);
    expect(iso(calendar.addWorkingDays(day("2026-09-30"), 1))).toBe("2026-10-09");
    expect(iso(calendar.addWorkingDays(day("2026-09-30"), 2))).toBe("2026-10-12");
    expect(officialDays(2026, [{ date: "2026-10-10", kind: "HOLIDAY", note: "取消调休" }])).toContainEqual({
      date: "2026-10-10",
      kind: "HOLIDAY",
      name: "取消调休",
      source: "OVERRIDE",
    });
  });
});
