import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  countSittingOn,
  defaultTermEnd,
  isSittingOn,
  linkCountWarning,
  meetsStandard,
  standardFor,
  statusChangeProblem,
} from "@/lib/roster/rules";
import { DAY_MS, formatDay, parseDay, todayInChina } from "@/lib/time/day";

const day = parseDay;
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);

describe("isSittingOn / countSittingOn across status changes", () => {
  const session = day("2027-03-10");
  const termStart = day("2026-09-01");

  it("a deputy who resigned with effect the day before does not count", () => {
    expect(isSittingOn({ startDate: termStart, leftDate: day("2027-03-09") }, session)).toBe(false);
  });

  it("a deputy leaving on the date itself does not count (leftDate is the first day not sitting)", () => {
    expect(isSittingOn({ startDate: termStart, leftDate: day("2027-03-10") }, session)).toBe(false);
  });

  it("a deputy leaving the day after still counts", () => {
    expect(isSittingOn({ startDate: termStart, leftDate: day("2027-03-11") }, session)).toBe(true);
  });

  it("a sitting deputy counts", () => {
    expect(isSittingOn({ startDate: termStart, leftDate: null }, session)).toBe(true);
  });

  it("a by-elected deputy counts only from their start date", () => {
    const byElected = { startDate: day("2027-03-10"), leftDate: null };
    expect(isSittingOn(byElected, day("2027-03-09"))).toBe(false);
    expect(isSittingOn(byElected, day("2027-03-10"))).toBe(true);
    expect(isSittingOn(byElected, day("2027-03-11"))).toBe(true);
  });

  it("counts the roster on a session date", () => {
    const roster = [
      { startDate: termStart, leftDate: null },
      { startDate: termStart, leftDate: day("2027-03-09") },
      { startDate: termStart, leftDate: day("2027-03-10") },
      { startDate: termStart, leftDate: day("2027-03-11") },
      { startDate: day("2027-03-10"), leftDate: null },
      { startDate: day("2027-03-11"), leftDate: null },
    ];
    expect(countSittingOn(roster, session)).toBe(3);
    expect(countSittingOn(roster, day("2027-03-09"))).toBe(3);
    expect(countSittingOn(roster, day("2027-03-11"))).toBe(3);
    expect(countSittingOn([], session)).toBe(0);
  });

  // Days as small integers from a base date; a deputy is [start, left) with left > start or open.
  const BASE = day("2026-09-01");
  const arbDeputy = fc
    .record({
      start: fc.integer({ min: 0, max: 60 }),
      length: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    })
    .map(({ start, length }) => ({
      startDate: plusDays(BASE, start),
      leftDate: length === null ? null : plusDays(BASE, start + length),
    }));

  it("property: countSittingOn equals the number of [startDate, leftDate) intervals containing the date", () => {
    fc.assert(
      fc.property(fc.array(arbDeputy, { maxLength: 30 }), fc.integer({ min: -5, max: 130 }), (roster, offset) => {
        const date = plusDays(BASE, offset);
        const t = date.getTime();
        const expected = roster.filter(
          (d) => d.startDate.getTime() <= t && (d.leftDate === null || t < d.leftDate.getTime()),
        ).length;
        expect(countSittingOn(roster, date)).toBe(expected);
      }),
    );
  });

  it("property: moving any deputy's leftDate earlier never increases the count", () => {
    fc.assert(
      fc.property(
        fc.array(arbDeputy, { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: -5, max: 130 }),
        (roster, pick, earlierBy, offset) => {
          const i = pick % roster.length;
          const d = roster[i];
          // An open-ended deputy "leaves" at some day; a leaving one leaves earlier (never before starting).
          const current = d.leftDate ?? plusDays(BASE, 200);
          const moved = new Date(Math.max(d.startDate.getTime(), current.getTime() - earlierBy * DAY_MS));
          const changed = roster.map((x, j) => (j === i ? { ...x, leftDate: moved } : x));
          const date = plusDays(BASE, offset);
          expect(countSittingOn(changed, date)).toBeLessThanOrEqual(countSittingOn(roster, date));
        },
      ),
    );
  });
});

describe("statusChangeProblem", () => {
  const today = day("2026-11-23");
  const sitting = { status: "SITTING" as const, startDate: day("2026-09-01") };

  it("SAME_STATUS when the status would not change", () => {
    expect(
      statusChangeProblem(
        { ...sitting, status: "RESIGNED" },
        { status: "RESIGNED", effectiveDate: day("2026-10-01") },
        today,
      ),
    ).toBe("SAME_STATUS");
  });

  it("NOT_SITTING when the deputy already left", () => {
    expect(
      statusChangeProblem(
        { ...sitting, status: "RESIGNED" },
        { status: "DECEASED", effectiveDate: day("2026-10-01") },
        today,
      ),
    ).toBe("NOT_SITTING");
  });

  it("BEFORE_START when dated before the deputy's start", () => {
    expect(statusChangeProblem(sitting, { status: "RESIGNED", effectiveDate: day("2026-08-31") }, today)).toBe(
      "BEFORE_START",
    );
  });

  it("IN_FUTURE when dated after today", () => {
    expect(statusChangeProblem(sitting, { status: "TRANSFERRED", effectiveDate: day("2026-11-24") }, today)).toBe(
      "IN_FUTURE",
    );
  });

  it("ok on the start date, on today and in between", () => {
    for (const d of ["2026-09-01", "2026-10-15", "2026-11-23"]) {
      expect(statusChangeProblem(sitting, { status: "RECALLED", effectiveDate: day(d) }, today), d).toBeNull();
    }
  });
});

describe("defaultTermEnd", () => {
  it("ends the day before the fifth anniversary", () => {
    expect(formatDay(defaultTermEnd(day("2026-09-01")))).toBe("2031-08-31");
    expect(formatDay(defaultTermEnd(day("2027-01-01")))).toBe("2031-12-31");
  });

  it("a term starting on a leap day: the anniversary falls on 28 February (民法典 第二百零二条), so it ends on the 27th", () => {
    expect(formatDay(defaultTermEnd(day("2028-02-29")))).toBe("2033-02-27");
    expect(formatDay(defaultTermEnd(day("2028-03-01")))).toBe("2033-02-28");
    expect(formatDay(defaultTermEnd(day("2027-03-01")))).toBe("2032-02-29");
  });
});

describe("todayInChina", () => {
  it("23:30 UTC is already the next day in China", () => {
    expect(formatDay(todayInChina(new Date("2026-11-23T23:30:00Z")))).toBe("2026-11-24");
  });

  it("15:59 UTC is still the same day; 16:00 UTC is the next", () => {
    expect(formatDay(todayInChina(new Date("2026-11-23T15:59:59Z")))).toBe("2026-11-23");
    expect(formatDay(todayInChina(new Date("2026-11-23T16:00:00Z")))).toBe("2026-11-24");
  });

  it("returns UTC midnight", () => {
    expect(todayInChina(new Date("2026-12-31T20:00:00Z")).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});

describe("standards (三有 / 五有)", () => {
  it("groups and liaison stations: 三有; centre groups and deputies' homes: 五有", () => {
    expect(standardFor("GROUP")).toEqual({ name: "三有", items: ["SIGN", "RULES", "RECORDS"] });
    expect(standardFor("LIAISON_STATION").name).toBe("三有");
    expect(standardFor("CENTRE_GROUP")).toEqual({ name: "五有", items: ["ROOM", "SIGN", "RULES", "RECORDS", "PLAN"] });
    expect(standardFor("DEPUTY_HOME").name).toBe("五有");
  });

  it("meets the standard only with every item", () => {
    expect(meetsStandard("GROUP", ["SIGN", "RULES", "RECORDS"])).toBe(true);
    expect(meetsStandard("GROUP", ["SIGN", "RULES"])).toBe(false);
    expect(meetsStandard("CENTRE_GROUP", ["SIGN", "RULES", "RECORDS"])).toBe(false);
    expect(meetsStandard("DEPUTY_HOME", ["PLAN", "RECORDS", "RULES", "SIGN", "ROOM"])).toBe(true);
  });
});

describe("linkCountWarning (5–10 deputies per presidium member)", () => {
  it.each([
    [0, "TOO_FEW"],
    [4, "TOO_FEW"],
    [5, null],
    [10, null],
    [11, "TOO_MANY"],
  ] as const)("%i → %s", (count, expected) => {
    expect(linkCountWarning(count, 5, 10)).toBe(expected);
  });
});
