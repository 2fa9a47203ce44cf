// The reception calendar (the township's rule, not law): the 10th of each month, moved to the next working day
// on the official calendar — over weekends, over a public holiday into a 调休 working Sunday, and kept on a 调休
// working Saturday — and the year's warnings.
import { describe, expect, it } from "vitest";
import { workingCalendar } from "@/lib/time/working-days";
import { parseDay } from "@/lib/time/day";
import {
  dayStatus,
  noticeDueOn,
  noticeOwed,
  plannedDayOf,
  ruleText,
  yearCalendar,
  yearWarnings,
  type ReceptionSettings,
} from "@/lib/reception/rules";

const official = workingCalendar();
const isWorking = (d: Date) => official.isWorkingDay(d);
const SETTINGS: ReceptionSettings = { dayOfMonth: 10, minPerYear: 8, noticeDaysAhead: 3, minDutiesPerDeputy: 1 };

describe("the year's reception calendar", () => {
  it("keeps the 10th when it is a working day", () => {
    expect(plannedDayOf(2026, 3, 10, isWorking)).toEqual({ month: 3, date: "2026-03-10", movedFrom: null });
  });

  it("moves a 10th on a Saturday to the Monday after", () => {
    expect(plannedDayOf(2026, 1, 10, isWorking)).toEqual({ month: 1, date: "2026-01-12", movedFrom: "2026-01-10" });
  });

  it("moves a 10th in the Spring Festival holiday to the 调休 working Sunday after it", () => {
    // 2024: 春节 10–17 February off, Sunday the 18th a make-up working day.
    expect(plannedDayOf(2024, 2, 10, isWorking)).toEqual({ month: 2, date: "2024-02-18", movedFrom: "2024-02-10" });
  });

  it("moves a 10th on a weekday holiday (端午 2024-06-10, a Monday) to the next day", () => {
    expect(plannedDayOf(2024, 6, 10, isWorking).date).toBe("2024-06-11");
  });

  it("keeps a 10th that falls on a 调休 working Saturday (2026-10-10)", () => {
    expect(new Date("2026-10-10T00:00:00Z").getUTCDay()).toBe(6);
    expect(plannedDayOf(2026, 10, 10, isWorking)).toEqual({ month: 10, date: "2026-10-10", movedFrom: null });
  });

  it("follows the office's own overrides of the calendar", () => {
    const cal = workingCalendar([{ date: "2026-03-10", kind: "HOLIDAY", note: "本镇停电" }]);
    expect(plannedDayOf(2026, 3, 10, (d) => cal.isWorkingDay(d)).date).toBe("2026-03-11");
  });

  it("gives twelve days, one a month, and takes the last day of a short month", () => {
    const days = yearCalendar(2026, 10, isWorking);
    expect(days.map((d) => d.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(days.every((d) => d.date.startsWith("2026-"))).toBe(true);
    expect(plannedDayOf(2026, 2, 31, () => true).date).toBe("2026-02-28");
  });
});

describe("the year's warnings", () => {
  const day = (date: string, cancelled = false) => ({ date: parseDay(date), cancelled });

  it("warns below the minimum a year, counting only days not cancelled", () => {
    const days = ["01-12", "02-10", "03-10", "04-10", "05-11", "06-10", "07-10"].map((m) => day(`2026-${m}`));
    days.push(day("2026-08-10", true));
    const w = yearWarnings({ year: 2026, days, deputies: [], settings: SETTINGS });
    expect(w.planned).toBe(7);
    expect(w.tooFew).toBe("2026年安排接待选民日 7 次，少于本镇规定的 8 次");
    expect(w.monthsWithout).toEqual([8, 9, 10, 11, 12]);
    days.push(day("2026-09-10"));
    expect(yearWarnings({ year: 2026, days, deputies: [], settings: SETTINGS }).tooFew).toBeNull();
  });

  it("names the sitting deputies below their yearly duties, in the order given", () => {
    const deputies = [
      { id: "a", name: "王芳", duties: 0 },
      { id: "b", name: "李强", duties: 2 },
      { id: "c", name: "张伟", duties: 0 },
    ];
    const w = yearWarnings({ year: 2026, days: [], deputies, settings: SETTINGS });
    expect(w.notServed.map((d) => d.name)).toEqual(["王芳", "张伟"]);
    const two = yearWarnings({ year: 2026, days: [], deputies, settings: { ...SETTINGS, minDutiesPerDeputy: 3 } });
    expect(two.notServed).toHaveLength(3);
  });

  it("states the rule with the township's figures", () => {
    expect(ruleText(SETTINGS)).toBe(
      "每月10日为接待选民日，遇节假日顺延至下一个工作日；全年不少于8次；提前3天发布公告；每名在任代表每年至少参加1次。",
    );
  });
});

describe("a day's status and its notice", () => {
  const today = parseDay("2026-03-08");
  const base = { date: parseDay("2026-03-10"), cancelled: false, heldOn: null, noticePublishedOn: null };

  it("is to come, unrecorded once past, held, or cancelled", () => {
    expect(dayStatus(base, today)).toBe("PLANNED");
    expect(dayStatus(base, parseDay("2026-03-11"))).toBe("UNRECORDED");
    expect(dayStatus({ ...base, heldOn: base.date }, today)).toBe("HELD");
    expect(dayStatus({ ...base, cancelled: true }, today)).toBe("CANCELLED");
  });

  it("owes its notice from three days ahead until the day, unless published or cancelled", () => {
    expect(noticeDueOn(base.date, 3)).toEqual(parseDay("2026-03-07"));
    expect(noticeOwed(base, 3, parseDay("2026-03-06"))).toBe(false);
    expect(noticeOwed(base, 3, today)).toBe(true);
    expect(noticeOwed({ ...base, noticePublishedOn: today }, 3, today)).toBe(false);
    expect(noticeOwed({ ...base, cancelled: true }, 3, today)).toBe(false);
    expect(noticeOwed(base, 3, parseDay("2026-03-11"))).toBe(false);
  });
});
