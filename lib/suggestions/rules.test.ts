import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  ACTIONS,
  allowedActions,
  formatNumber,
  latestDelayDate,
  nextState,
  onTimeRate,
  replyDeadline,
  satisfactionRate,
  STATES,
  TERMINAL_STATES,
  type SuggestionAction,
  type SuggestionState,
} from "@/lib/suggestions/rules";
import { addMonths } from "@/lib/time/day";
import { coUnitInputDue } from "@/lib/handling/deadlines";

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

  it("caps a delay at six months from assignment", () => {
    expect(iso(latestDelayDate(day("2026-05-31")))).toBe("2026-11-30");
  });
});

describe("co-units' input against the reply deadline", () => {
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
    // An overdue, unanswered suggestion is in the denominator.
    expect(onTimeRate(9, 10, 2)).toBe(75);
    expect(onTimeRate(0, 0, 3)).toBe(0);
  });

  it("numbers registrations as year-sequence", () => {
    expect(formatNumber(2026, 17)).toBe("2026-017");
    expect(formatNumber(2026, 1234)).toBe("2026-1234");
  });
});
