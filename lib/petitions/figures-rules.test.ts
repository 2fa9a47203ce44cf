// The year's petition figures counted from dates: the 15-day notice on the clock's noticeDue (the day of receipt
// not counted, name or address unclear → not owed) and finishing by the due day (the extension included).
import { describe, expect, it } from "vitest";
import { LEGAL_CLOCK } from "@/lib/petitions/clock";
import {
  groupTallies,
  handlingTally,
  noticeTally,
  tallyPetitions,
  type FigureRow,
} from "@/lib/petitions/figures-rules";
import { parseDay } from "@/lib/time/day";

const TODAY = parseDay("2026-12-10");
const d = (s: string | null) => (s ? parseDay(s) : null);

function row(
  o: Partial<Omit<FigureRow, "receivedOn">> & { received: string; notified?: string; due?: string; closed?: string },
): FigureRow {
  const { received, notified, due, closed, ...rest } = o;
  return {
    channel: "LETTER",
    category: "APPEAL_CLAIM",
    intake: null,
    state: "REGISTERED",
    notifiedOn: d(notified ?? null),
    noticeWaived: false,
    dueDate: d(due ?? null),
    closedOn: d(closed ?? null),
    resolved: null,
    leadUnit: null,
    ...rest,
    receivedOn: parseDay(received),
  };
}

describe("the 15-day notice", () => {
  it("counts the 15th day after receipt as in time and the 16th as late", () => {
    const t = noticeTally(
      [
        row({ received: "2026-03-01", notified: "2026-03-16" }),
        row({ received: "2026-03-01", notified: "2026-03-17" }),
      ],
      TODAY,
      LEGAL_CLOCK,
    );
    expect(t).toMatchObject({ onTime: 1, late: 1, overdue: 0, pending: 0, rate: 50 });
  });

  it("counts an unsent notice overdue after its last day, pending until then; a waived one not at all", () => {
    const t = noticeTally(
      [
        row({ received: "2026-11-24" }), // due 12-09: overdue on 12-10
        row({ received: "2026-11-25" }), // due 12-10: still pending today
        row({ received: "2026-11-01", noticeWaived: true }),
        row({ received: "2026-11-01", notified: "2026-11-05" }),
      ],
      TODAY,
      LEGAL_CLOCK,
    );
    expect(t).toEqual({ onTime: 1, late: 0, overdue: 1, pending: 1, waived: 1, rate: 50 });
  });

  it("follows the setting's number of days", () => {
    const t = noticeTally([row({ received: "2026-03-01", notified: "2026-03-16" })], TODAY, {
      ...LEGAL_CLOCK,
      noticeDays: 10,
    });
    expect(t.late).toBe(1);
  });
});

describe("finishing on time", () => {
  it("counts only cases with a due day: closed on it is on time, after it late, open past it overdue", () => {
    const t = handlingTally(
      [
        row({ received: "2026-01-05", due: "2026-03-10", closed: "2026-03-10" }),
        row({ received: "2026-01-05", due: "2026-03-10", closed: "2026-03-11" }),
        row({ received: "2026-09-01", due: "2026-12-09" }),
        row({ received: "2026-11-01", due: "2027-01-05" }),
        row({ received: "2026-11-01", closed: "2026-11-03" }),
      ],
      TODAY,
    );
    expect(t).toEqual({ onTime: 1, late: 1, overdue: 1, pending: 1, rate: 33 });
  });

  it("has no rate when nothing is due", () => {
    expect(handlingTally([row({ received: "2026-11-01" })], TODAY).rate).toBeNull();
  });
});

describe("the tally and its groups", () => {
  const rows = [
    row({ received: "2026-02-01", intake: "ACCEPT", state: "CLOSED", resolved: true, leadUnit: "民政办" }),
    row({ received: "2026-02-02", intake: "ACCEPT", state: "CLOSED", resolved: false, leadUnit: "民政办" }),
    row({ received: "2026-02-03", intake: "FORWARD", state: "CLOSED", channel: "VISIT", resolved: true }),
    row({ received: "2026-02-04", intake: "REDIRECT", channel: "VISIT", category: "ACCUSATION" }),
    row({
      received: "2026-02-05",
      channel: "COUNTY_TRANSFER",
      intake: "ACCEPT",
      state: "TRANSFERRED",
      leadUnit: "国土所",
    }),
  ];

  it("counts received, accepted, forwarded, redirected, closed and resolved (resolved only when closed)", () => {
    expect(tallyPetitions(rows, TODAY, LEGAL_CLOCK)).toMatchObject({
      received: 5,
      accepted: 3,
      forwarded: 1,
      redirected: 1,
      closed: 3,
      resolved: 2,
    });
  });

  it("groups in the keys' order, leaving out keys with no petition", () => {
    const byChannel = groupTallies(
      rows,
      (r) => r.channel,
      ["LETTER", "VISIT", "PHONE", "COUNTY_TRANSFER"] as const,
      (k) => k.toLowerCase(),
      TODAY,
      LEGAL_CLOCK,
    );
    expect(byChannel.map((g) => [g.key, g.label, g.tally.received])).toEqual([
      ["LETTER", "letter", 2],
      ["VISIT", "visit", 2],
      ["COUNTY_TRANSFER", "county_transfer", 1],
    ]);
    const byUnit = groupTallies(
      rows,
      (r) => r.leadUnit,
      ["国土所", "民政办"],
      (k) => k,
      TODAY,
      LEGAL_CLOCK,
    );
    expect(byUnit.map((g) => [g.key, g.tally.received, g.tally.resolved])).toEqual([
      ["国土所", 1, 0],
      ["民政办", 2, 1],
    ]);
  });
});
