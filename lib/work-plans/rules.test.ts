// The progress rules of the year plan: the office's status first, then the linked records, else overdue once
// the month (or the year) has passed.
import { describe, expect, it } from "vitest";
import { addToTally, dueDay, emptyTally, itemProgress, type LinkedRecordState } from "@/lib/work-plans/rules";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
const link = (happened: boolean, exists = true): LinkedRecordState => ({
  module: "SESSION",
  recordId: crypto.randomUUID(),
  exists,
  happened,
});

describe("item progress", () => {
  it("is DONE when every linked record has happened, IN_PROGRESS when one has not", () => {
    const item = { status: "PLANNED" as const, month: 3 };
    expect(itemProgress(item, 2027, [link(true), link(true)], day("2027-02-01"))).toMatchObject({
      status: "DONE",
      source: "LINKS",
      linked: 2,
      happened: 2,
      overdue: false,
    });
    expect(itemProgress(item, 2027, [link(true), link(false)], day("2027-06-01"))).toMatchObject({
      status: "IN_PROGRESS",
      source: "LINKS",
      overdue: false,
    });
  });

  it("warns overdue once the month has passed with nothing linked, not on its last day", () => {
    const item = { status: "PLANNED" as const, month: 3 };
    expect(itemProgress(item, 2027, [], day("2027-03-31")).overdue).toBe(false);
    expect(itemProgress(item, 2027, [], day("2027-04-01"))).toMatchObject({ status: "PLANNED", overdue: true });
    // A link to a record that no longer exists counts as nothing linked.
    expect(itemProgress(item, 2027, [link(true, false)], day("2027-04-01"))).toMatchObject({
      status: "PLANNED",
      linked: 0,
      overdue: true,
    });
  });

  it("takes an all-year item as due on 31 December", () => {
    const item = { status: "PLANNED" as const, month: null };
    expect(dueDay(2027, null).toISOString().slice(0, 10)).toBe("2027-12-31");
    expect(dueDay(2027, 2).toISOString().slice(0, 10)).toBe("2027-02-28");
    expect(itemProgress(item, 2027, [], day("2027-12-31")).overdue).toBe(false);
    expect(itemProgress(item, 2027, [], day("2028-01-01")).overdue).toBe(true);
  });

  it("lets the office's status override the links, and never warns on it", () => {
    const done = itemProgress({ status: "DONE", month: 1 }, 2027, [], day("2027-08-01"));
    expect(done).toMatchObject({ status: "DONE", source: "OFFICE", overdue: false });
    const dropped = itemProgress({ status: "DROPPED", month: 1 }, 2027, [link(true)], day("2027-08-01"));
    expect(dropped).toMatchObject({ status: "DROPPED", source: "OFFICE", linked: 1 });
  });

  it("tallies items by status", () => {
    const t = emptyTally();
    const today = day("2027-05-01");
    addToTally(t, itemProgress({ status: "PLANNED", month: 1 }, 2027, [link(true)], today));
    addToTally(t, itemProgress({ status: "PLANNED", month: 2 }, 2027, [], today));
    addToTally(t, itemProgress({ status: "PLANNED", month: 9 }, 2027, [link(false)], today));
    addToTally(t, itemProgress({ status: "DROPPED", month: 3 }, 2027, [], today));
    addToTally(t, itemProgress({ status: "PLANNED", month: 10 }, 2027, [], today));
    expect(t).toEqual({ planned: 5, done: 1, inProgress: 1, notStarted: 2, overdue: 1, dropped: 1 });
  });
});
