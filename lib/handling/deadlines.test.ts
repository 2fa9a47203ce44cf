import { describe, expect, it } from "vitest";
import {
  coUnitInputDue,
  coUnitInputLate,
  dueDate,
  isOverdue,
  overdueWhere,
  reminderWindow,
  returnDeadline,
} from "@/lib/handling/deadlines";
import { assignedUnits, mayStillReturn } from "@/lib/handling/assignment";
import { countdown } from "@/lib/time/due";
import { workingCalendar } from "@/lib/time/working-days";

const day = (t: string) => new Date(`${t}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("co-units' input (协办意见)", () => {
  it("is due one month after assignment, on the month's last day when it is shorter", () => {
    expect(iso(coUnitInputDue(day("2026-03-15")))).toBe("2026-04-15");
    expect(iso(coUnitInputDue(day("2026-01-31")))).toBe("2026-02-28");
    expect(iso(coUnitInputDue(day("2027-01-31")))).toBe("2027-02-28");
    expect(iso(coUnitInputDue(day("2028-01-31")))).toBe("2028-02-29");
    expect(iso(coUnitInputDue(day("2026-12-20")))).toBe("2027-01-20");
  });

  it("honours another length from the settings", () => {
    expect(iso(coUnitInputDue(day("2026-03-31"), 2))).toBe("2026-05-31");
    expect(iso(coUnitInputDue(day("2026-08-31"), 3))).toBe("2026-11-30");
  });

  it("is late only after the due day", () => {
    expect(coUnitInputLate(day("2026-04-15"), day("2026-04-15"))).toBe(false);
    expect(coUnitInputLate(day("2026-04-15"), day("2026-04-14"))).toBe(false);
    expect(coUnitInputLate(day("2026-04-15"), day("2026-04-16"))).toBe(true);
  });
});

describe("reminders", () => {
  it("uses the delay notice's date when there is one", () => {
    expect(iso(dueDate({ deadline: day("2026-11-01"), delayedTo: day("2027-01-15") })!)).toBe("2027-01-15");
    expect(iso(dueDate({ deadline: day("2026-11-01"), delayedTo: null })!)).toBe("2026-11-01");
    expect(dueDate({ deadline: null, delayedTo: null })).toBeNull();
  });

  it("puts the window's far end soonDays after today, both ends included", () => {
    const w = reminderWindow(day("2026-12-20"), 14);
    expect(iso(w.today)).toBe("2026-12-20");
    expect(iso(w.horizon)).toBe("2027-01-03");
    expect(countdown(w.horizon, w.today).status).toBe("DUE_SOON");
    expect(countdown(day("2027-01-04"), w.today).status).toBe("ON_TRACK");
    expect(iso(reminderWindow(day("2026-12-20"), 0).horizon)).toBe("2026-12-20");
  });
});

describe("the return window", () => {
  it("counts working days on the official calendar: 国庆 2026 and its make-up Saturday 10 October", () => {
    const calendar = workingCalendar();
    // Assigned Wednesday 30 September: 1–7 October are holidays, Saturday 10 October a working day.
    // 8, 9, 10 (Saturday, make-up), 12, 13, 14, 15 October; Monday–Friday alone would give 9 October.
    expect(iso(returnDeadline(day("2026-09-30"), calendar, 7))).toBe("2026-10-15");
    expect(iso(returnDeadline(day("2026-11-20"), calendar))).toBe("2026-12-01"); // Friday + 7 working days
  });
});

describe("overdue", () => {
  it("is after the due day, the delay's date counting over the deadline", () => {
    const today = day("2026-11-02");
    expect(isOverdue(dueDate({ deadline: day("2026-11-01"), delayedTo: null }), today)).toBe(true);
    expect(isOverdue(dueDate({ deadline: day("2026-11-01"), delayedTo: day("2027-01-15") }), today)).toBe(false);
    expect(isOverdue(day("2026-11-02"), today)).toBe(false);
    expect(isOverdue(null, today)).toBe(false);
  });

  it("as a filter: the delay's date when there is one, else the deadline", () => {
    const today = day("2026-11-02");
    expect(overdueWhere(today)).toEqual({
      OR: [{ delayedTo: { lt: today } }, { delayedTo: null, deadline: { lt: today } }],
    });
  });
});

describe("assignment", () => {
  it("one lead unit, each co-unit once, the lead never also a co-unit", () => {
    expect(assignedUnits("a", ["b", "a", "c", "b"])).toEqual([
      { unitId: "a", lead: true },
      { unitId: "b", lead: false },
      { unitId: "c", lead: false },
    ]);
    expect(assignedUnits("a", [])).toEqual([{ unitId: "a", lead: true }]);
  });

  it("a return through the window's last day, never when unassigned", () => {
    expect(mayStillReturn(day("2026-10-15"), day("2026-10-15"))).toBe(true);
    expect(mayStillReturn(day("2026-10-15"), day("2026-10-16"))).toBe(false);
    expect(mayStillReturn(null, day("2026-10-15"))).toBe(false);
  });
});
