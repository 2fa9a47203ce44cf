import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ACTIONS,
  addDays,
  addMonths,
  addWorkingDays,
  allowedActions,
  countdown,
  coUnitInputDue,
  coUnitInputLate,
  daysUntil,
  dueDate,
  dueStatus,
  formatNumber,
  latestDelayDate,
  nextState,
  onTimeRate,
  replyDeadline,
  reminderWindow,
  satisfactionRate,
  STATES,
  TERMINAL_STATES,
  type SuggestionAction,
  type SuggestionState,
} from "@/lib/suggestions/rules";

const day = (t: string) => new Date(`${t}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("reply deadlines (代表法 Art. 51)", () => {
  it("is three months after assignment, six for broad or difficult suggestions", () => {
    expect(iso(replyDeadline(day("2026-03-15"), false))).toBe("2026-06-15");
    expect(iso(replyDeadline(day("2026-03-15"), true))).toBe("2026-09-15");
  });

  it("falls on the month's last day when the month is shorter (民法典 Art. 202)", () => {
    expect(iso(replyDeadline(day("2026-11-30"), false))).toBe("2027-02-28");
    expect(iso(replyDeadline(day("2027-11-30"), false))).toBe("2028-02-29");
    expect(iso(replyDeadline(day("2026-08-31"), true))).toBe("2027-02-28");
    expect(iso(addMonths(day("2026-01-31"), 1))).toBe("2026-02-28");
    expect(iso(addMonths(day("2026-10-31"), 3))).toBe("2027-01-31");
  });

  it("honours other lengths from the settings", () => {
    expect(iso(replyDeadline(day("2026-01-10"), false, { normal: 2, broad: 4 }))).toBe("2026-03-10");
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

  it("caps a delay at six months from assignment", () => {
    expect(iso(latestDelayDate(day("2026-05-31")))).toBe("2026-11-30");
  });
});

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

  it("always falls before the three-month reply deadline (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), (d) => {
        const from = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
        expect(coUnitInputDue(from).getTime()).toBeGreaterThan(from.getTime());
        expect(coUnitInputDue(from).getTime()).toBeLessThan(replyDeadline(from, false).getTime());
      }),
    );
  });
});

describe("reminders", () => {
  it("marks overdue and due within 14 days", () => {
    const today = day("2026-11-23");
    expect(dueStatus(day("2026-11-22"), today)).toBe("OVERDUE");
    expect(dueStatus(day("2026-11-23"), today)).toBe("DUE_SOON");
    expect(dueStatus(day("2026-12-07"), today)).toBe("DUE_SOON");
    expect(dueStatus(day("2026-12-08"), today)).toBe("ON_TRACK");
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

  it("counts working days, skipping weekends", () => {
    expect(iso(addWorkingDays(day("2026-11-20"), 7))).toBe("2026-12-01"); // Friday + 7 working days
    expect(iso(addWorkingDays(day("2026-11-23"), 5))).toBe("2026-11-30");
  });
});

describe("the state machine", () => {
  it("walks the main path", () => {
    const path: SuggestionAction[] = ["submit", "register", "assign", "reply", "rate_satisfied", "close"];
    let s: SuggestionState = "DRAFT";
    for (const a of path) s = nextState(s, a)!;
    expect(s).toBe("CLOSED");
  });

  it("sends an unsatisfactory reply back for re-handling, and the unit replies again", () => {
    expect(nextState("REPLIED", "rate_unsatisfied")).toBe("REHANDLING");
    expect(nextState("REHANDLING", "reply")).toBe("REPLIED");
    expect(nextState("REHANDLING", "close")).toBeNull();
  });

  it("refuses transitions out of order", () => {
    expect(nextState("DRAFT", "assign")).toBeNull();
    expect(nextState("SUBMITTED", "reply")).toBeNull();
    expect(nextState("ASSIGNED", "rate_satisfied")).toBeNull();
    expect(nextState("ASSIGNED", "withdraw")).toBeNull();
  });

  it("lets a returned assignment be assigned again", () => {
    expect(nextState("ASSIGNED", "return")).toBe("REGISTERED");
    expect(nextState("REGISTERED", "assign")).toBe("ASSIGNED");
  });

  it("no sequence of actions leaves the known states or leaves a terminal state (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ACTIONS), { maxLength: 40 }), (actions) => {
        let s: SuggestionState = "DRAFT";
        for (const a of actions) {
          const next = nextState(s, a);
          if (TERMINAL_STATES.includes(s)) expect(next).toBeNull();
          if (next) {
            expect(STATES).toContain(next);
            expect(allowedActions(s)).toContain(a);
            s = next;
          } else expect(allowedActions(s)).not.toContain(a);
        }
        // A rating or a reply can only exist after an assignment: RATED/REPLIED/REHANDLING are
        // reachable only through ASSIGNED.
        if (["REPLIED", "RATED", "REHANDLING"].includes(s)) expect(actions).toContain("assign");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("figures", () => {
  it("satisfaction rate is (满意 + 基本满意) / rated", () => {
    expect(satisfactionRate(3, 1, 5)).toBe(80);
    expect(satisfactionRate(2, 0, 3)).toBe(66.7);
    expect(satisfactionRate(0, 0, 0)).toBeNull();
  });

  it("on-time rate", () => {
    expect(onTimeRate(9, 10)).toBe(90);
    expect(onTimeRate(0, 0)).toBeNull();
  });

  it("numbers registrations as year-sequence", () => {
    expect(formatNumber(2026, 17)).toBe("2026-017");
    expect(formatNumber(2026, 1234)).toBe("2026-1234");
  });
});
