import { describe, expect, it } from "vitest";
import {
  clockFromSettings,
  extensionProblem,
  finishedInTime,
  handlingDue,
  LEGAL_CLOCK,
  noticeDue,
  notifiedInTime,
  objectionDeadline,
  reviewAnswerDue,
  reviewRequestDeadline,
} from "@/lib/petitions/clock";
import { workingCalendar } from "@/lib/time/working-days";
import { SETTING_DEFAULTS } from "@/lib/settings";

const day = (t: string) => new Date(`${t}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("the written notice (Art. 23 para 2: 15 days of receipt)", () => {
  it("is due 15 calendar days after receipt, the day of receipt not counted, across a month's end", () => {
    expect(iso(noticeDue(day("2026-03-01")))).toBe("2026-03-16");
    expect(iso(noticeDue(day("2026-12-25")))).toBe("2027-01-09");
    // Calendar days: the National Day holiday does not stop the clock.
    expect(iso(noticeDue(day("2026-09-28")))).toBe("2026-10-13");
  });

  it("is in time on the 15th day, late on the 16th", () => {
    expect(notifiedInTime(day("2026-03-01"), day("2026-03-16"))).toBe(true);
    expect(notifiedInTime(day("2026-03-01"), day("2026-03-17"))).toBe(false);
    expect(notifiedInTime(day("2026-03-01"), day("2026-03-01"))).toBe(true);
  });
});

describe("the objection window (Art. 23 para 3: 5 working days)", () => {
  const calendar = workingCalendar();

  it("skips the National Day holiday and counts its make-up Saturday (调休)", () => {
    // Received Wednesday 30 September 2026: 1–7 October are holidays, Saturday 10 October is a working day.
    // 8, 9, 10 (Saturday, 调休), 12, 13 October; Monday–Friday alone would give 14 October.
    expect(iso(objectionDeadline(day("2026-09-30"), calendar))).toBe("2026-10-13");
  });

  it("is five weekdays in an ordinary week, skipping the weekend", () => {
    expect(iso(objectionDeadline(day("2026-11-20"), calendar))).toBe("2026-11-27"); // Friday → next Friday
    expect(iso(objectionDeadline(day("2026-11-16"), calendar))).toBe("2026-11-23"); // Monday → next Monday
  });

  it("follows the office's override of the calendar", () => {
    const withHoliday = workingCalendar([{ date: "2026-11-23", kind: "HOLIDAY", note: "测试" }]);
    expect(iso(objectionDeadline(day("2026-11-16"), withHoliday))).toBe("2026-11-24");
  });
});

describe("handling (Art. 34: 60 days of acceptance, once + at most 30)", () => {
  it("is due 60 days after acceptance, 90 with a 30-day extension", () => {
    expect(iso(handlingDue(day("2026-03-02")))).toBe("2026-05-01");
    expect(iso(handlingDue(day("2026-03-02"), 30))).toBe("2026-05-31");
    expect(iso(handlingDue(day("2026-03-02"), 10))).toBe("2026-05-11");
  });

  it("allows one extension of 1 to 30 days and no second one", () => {
    expect(extensionProblem(null, 30)).toBeNull();
    expect(extensionProblem(null, 1)).toBeNull();
    expect(extensionProblem(null, 31)).toBe("TOO_LONG");
    expect(extensionProblem(null, 0)).toBe("NOT_POSITIVE");
    expect(extensionProblem(null, 2.5)).toBe("NOT_POSITIVE");
    expect(extensionProblem(15, 10)).toBe("ALREADY_EXTENDED");
  });

  it("is finished in time on the due day, not the day after", () => {
    const due = handlingDue(day("2026-03-02"));
    expect(finishedInTime(day("2026-05-01"), due)).toBe(true);
    expect(finishedInTime(day("2026-05-02"), due)).toBe(false);
  });
});

describe("复查 and 复核 (Art. 35–36: 30 days to ask, 30 to answer)", () => {
  it("counts 30 + 30 calendar days", () => {
    const answered = day("2026-06-10");
    const askBy = reviewRequestDeadline(answered);
    expect(iso(askBy)).toBe("2026-07-10");
    expect(iso(reviewAnswerDue(askBy))).toBe("2026-08-09");
    // 复核 after the 复查's answer: the same two periods again.
    expect(iso(reviewRequestDeadline(day("2026-08-09")))).toBe("2026-09-08");
    expect(iso(reviewAnswerDue(day("2026-09-08")))).toBe("2026-10-08");
  });
});

describe("the settings", () => {
  it("default to the law's figures", () => {
    expect(clockFromSettings(SETTING_DEFAULTS)).toEqual(LEGAL_CLOCK);
  });

  it("an overridden figure moves the clock", () => {
    const clock = { ...LEGAL_CLOCK, handlingDays: 30, maxExtensionDays: 15 };
    expect(iso(handlingDue(day("2026-03-02"), null, clock))).toBe("2026-04-01");
    expect(extensionProblem(null, 16, clock)).toBe("TOO_LONG");
  });
});
