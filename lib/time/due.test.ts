import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, parseDay } from "@/lib/time/day";
import { countdown, dueStatus } from "@/lib/time/due";

const day = parseDay;

describe("due status and countdown", () => {
  it("marks overdue and due within 14 days", () => {
    const today = day("2026-11-23");
    expect(dueStatus(day("2026-11-22"), today)).toBe("OVERDUE");
    expect(dueStatus(day("2026-11-23"), today)).toBe("DUE_SOON");
    expect(dueStatus(day("2026-12-07"), today)).toBe("DUE_SOON");
    expect(dueStatus(day("2026-12-08"), today)).toBe("ON_TRACK");
  });

  it("says how many days are left or overdue", () => {
    const today = day("2026-11-23");
    expect(countdown(day("2026-11-01"), today)).toEqual({
      status: "OVERDUE",
      daysLeft: 0,
      daysOverdue: 22,
      text: "逾期 22 天",
    });
    expect(countdown(day("2026-11-22"), today)).toEqual({
      status: "OVERDUE",
      daysLeft: 0,
      daysOverdue: 1,
      text: "逾期 1 天",
    });
    expect(countdown(day("2026-11-23"), today)).toEqual({
      status: "DUE_SOON",
      daysLeft: 0,
      daysOverdue: 0,
      text: "今天到期",
    });
    expect(countdown(day("2026-12-07"), today)).toEqual({
      status: "DUE_SOON",
      daysLeft: 14,
      daysOverdue: 0,
      text: "还剩 14 天",
    });
    expect(countdown(day("2026-12-08"), today)).toEqual({
      status: "ON_TRACK",
      daysLeft: 15,
      daysOverdue: 0,
      text: "还剩 15 天",
    });
    // A shorter window (setting suggestions.dueSoonDays) moves the boundary.
    expect(countdown(day("2026-11-30"), today, 7).status).toBe("DUE_SOON");
    expect(countdown(day("2026-12-01"), today, 7).status).toBe("ON_TRACK");
    // Over a year end and February of a leap year.
    expect(countdown(day("2027-01-02"), day("2026-12-28")).text).toBe("还剩 5 天");
    expect(countdown(day("2028-02-27"), day("2028-03-02")).text).toBe("逾期 4 天");
  });

  it("counts whole days for any pair of days (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: -400, max: 400 }), (start, offset) => {
        const today = addDays(day("2024-01-01"), start);
        const due = addDays(today, offset);
        const c = countdown(due, today);
        expect(c.daysLeft - c.daysOverdue).toBe(offset);
        expect(c.status).toBe(offset < 0 ? "OVERDUE" : offset <= 14 ? "DUE_SOON" : "ON_TRACK");
      }),
    );
  });
});
