import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/time/day";
import { countedDays, sessionDays } from "@/lib/sessions/year-figures";

const d = parseDay;

describe("the sessions' year rules", () => {
  it("counts a session's calendar days, both ends included", () => {
    expect(sessionDays(d("2026-03-10"), d("2026-03-10"))).toBe(1);
    expect(sessionDays(d("2026-03-10"), d("2026-03-12"))).toBe(3);
    expect(sessionDays(d("2025-12-30"), d("2026-01-02"))).toBe(4);
  });

  it("counts from 1 January to the earliest of 31 December, today and `through`", () => {
    expect(countedDays(2025, { today: d("2026-12-07") })).toEqual({ gte: d("2025-01-01"), lte: d("2025-12-31") });
    expect(countedDays(2026, { today: d("2026-12-07") })).toEqual({ gte: d("2026-01-01"), lte: d("2026-12-07") });
    expect(countedDays(2026, { today: d("2026-12-07"), through: d("2026-06-30") }).lte).toEqual(d("2026-06-30"));
    expect(countedDays(2026, { today: d("2026-03-01"), through: d("2026-06-30") }).lte).toEqual(d("2026-03-01"));
  });
});
