import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, addMonths, daysUntil, formatDay, parseDay, todayInChina, yearDays } from "@/lib/time/day";

const day = parseDay;
const iso = formatDay;

describe("days", () => {
  it("takes today's date in China Standard Time, which is ahead of UTC by eight hours", () => {
    expect(iso(todayInChina(new Date("2026-09-30T15:59:59Z")))).toBe("2026-09-30");
    expect(iso(todayInChina(new Date("2026-09-30T16:00:00Z")))).toBe("2026-10-01");
  });

  it("adds months, falling on the month's last day when the month is shorter (民法典 Art. 202)", () => {
    expect(iso(addMonths(day("2026-01-31"), 1))).toBe("2026-02-28");
    expect(iso(addMonths(day("2026-10-31"), 3))).toBe("2027-01-31");
    expect(iso(addMonths(day("2028-02-29"), 60))).toBe("2033-02-28");
  });

  it("never moves backwards and stays within the target month (property)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 24 }),
        (d, m) => {
          const from = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
          const to = addMonths(from, m);
          expect(to.getTime()).toBeGreaterThanOrEqual(from.getTime());
          expect((to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth()).toBe(m);
          expect(to.getUTCDate()).toBeLessThanOrEqual(from.getUTCDate());
        },
      ),
    );
  });

  it("counts days across month ends, year ends and 29 February", () => {
    expect(daysUntil(day("2026-12-01"), day("2026-11-30"))).toBe(1);
    expect(daysUntil(day("2027-01-01"), day("2026-12-31"))).toBe(1);
    expect(daysUntil(day("2028-03-01"), day("2028-02-28"))).toBe(2); // 2028 is a leap year
    expect(daysUntil(day("2027-03-01"), day("2027-02-28"))).toBe(1);
    expect(daysUntil(day("2026-11-01"), day("2026-11-23"))).toBe(-22);
    expect(iso(addDays(day("2026-12-25"), 14))).toBe("2027-01-08");
    expect(iso(addDays(day("2028-02-20"), 14))).toBe("2028-03-05");
    expect(iso(addDays(day("2026-03-01"), -1))).toBe("2026-02-28");
  });
});

describe("yearDays", () => {
  it("is the whole year, or the year through a day", () => {
    expect(yearDays(2026)).toEqual({ gte: new Date("2026-01-01T00:00:00Z"), lt: new Date("2027-01-01T00:00:00Z") });
    expect(yearDays(2026, new Date("2026-06-30T00:00:00Z"))).toEqual({
      gte: new Date("2026-01-01T00:00:00Z"),
      lte: new Date("2026-06-30T00:00:00Z"),
    });
  });
});
