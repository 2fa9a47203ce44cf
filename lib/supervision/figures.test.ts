import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/time/day";
import { pollAnchor, TIMELINESS_FILTER, timeliness } from "@/lib/supervision/figures";

const task = (due: string, ...reports: string[]) => ({
  dueDate: parseDay(due),
  reports: reports.map((d) => ({ submittedOn: parseDay(d) })),
});

describe("a rectification task's timeliness (the on-time rate and the list's onTime filter)", () => {
  it("reads the first report against the due day; with none, past the due day is in the base", () => {
    expect(timeliness(task("2026-11-30", "2026-11-30"), "2026-12-10")).toBe("on_time");
    expect(timeliness(task("2026-11-30", "2026-12-01"), "2026-12-10")).toBe("late");
    // Only the first report counts (the caller passes the reports oldest first).
    expect(timeliness(task("2026-11-30", "2026-11-20", "2026-12-05"), "2026-12-10")).toBe("on_time");
    expect(timeliness(task("2026-12-09"), "2026-12-10")).toBe("unreported");
    // Due today is not yet past.
    expect(timeliness(task("2026-12-10"), "2026-12-10")).toBe("not_due");
  });

  it("filters: true the on-time ones, base the rate's base (not the tasks not yet due)", () => {
    expect(TIMELINESS_FILTER.true).toEqual(["on_time"]);
    expect([...TIMELINESS_FILTER.base].sort()).toEqual(["late", "on_time", "unreported"]);
  });

  it("names a target's poll row of a round", () => {
    expect(pollAnchor("t1", 2)).toBe("poll-t1-2");
  });
});
