// A deputy's duties of a year as the 履职档案 shows them (代表法第五十八条第二款: the presidium records deputies'
// duties and organises their reports to voters): the register's entries by kind, the "六个一" card and the
// reports to voters with their rates. Every query names the township: pass the plain client or a transaction.
import type { Tx } from "@/lib/db";
import type { DutyEntryState, DutyKind } from "@/lib/generated/prisma/enums";
import { getSettings } from "@/lib/settings";
import { rateRuleText } from "@/lib/supervision/public";
import { formatDay } from "@/lib/time/day";
import { sixOneCard, type DeputySixOneCard } from "@/lib/duties/card";
import { DUTY_KIND_LABELS, DUTY_STATE_LABELS } from "@/lib/duties/labels";
import { DUTY_KINDS, yearRange } from "@/lib/duties/rules";
import { reportRate } from "@/lib/duties/voter-report-rules";

export interface RecordEntry {
  id: string;
  kind: DutyKind;
  occurredOn: string;
  description: string;
  voters: number | null;
  households: number | null;
  persons: number | null;
  incomeRaised: string | null;
  state: DutyEntryState;
  stateLabel: string;
  /** 代录: keyed by the office for the deputy. */
  onBehalf: boolean;
}

export interface DeputyDutiesRecord {
  year: number;
  deputyId: string;
  /** Every kind, in the register's order; `verified` counts only verified entries (the figures' rule). */
  byKind: { kind: DutyKind; label: string; verified: number; pending: number; entries: RecordEntry[] }[];
  card: DeputySixOneCard;
  voterReports: {
    id: string;
    scheduledOn: string;
    heldOn: string | null;
    place: string | null;
    votersPresent: number | null;
    rate: number | null;
    /** "16/17 = 94%", or null before the rating. */
    figures: string | null;
  }[];
  rateRule: string;
}

export async function deputyDutiesRecord(
  client: Tx,
  townshipId: string,
  deputyId: string,
  year: number,
): Promise<DeputyDutiesRecord> {
  const [entries, reports, card, settings] = await Promise.all([
    client.deputyDuty.findMany({
      where: { townshipId, deputyId, occurredOn: yearRange(year) },
      orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
    }),
    client.voterReport.findMany({
      where: { townshipId, deputyId, year },
      orderBy: [{ scheduledOn: "asc" }, { createdAt: "asc" }],
    }),
    sixOneCard(client, townshipId, deputyId, year),
    getSettings(),
  ]);
  const satisfiedOnly = settings["supervision.rateCountsSatisfiedOnly"] === 1;
  const items: RecordEntry[] = entries.map((e) => ({
    id: e.id,
    kind: e.kind,
    occurredOn: formatDay(e.occurredOn),
    description: e.description,
    voters: e.voters,
    households: e.households,
    persons: e.persons,
    incomeRaised: e.incomeRaised?.toString() ?? null,
    state: e.state,
    stateLabel: DUTY_STATE_LABELS[e.state],
    onBehalf: !!e.enteredById,
  }));
  return {
    year,
    deputyId,
    byKind: DUTY_KINDS.map((kind) => {
      const of = items.filter((e) => e.kind === kind);
      return {
        kind,
        label: DUTY_KIND_LABELS[kind],
        verified: of.filter((e) => e.state === "VERIFIED").length,
        pending: of.filter((e) => e.state === "SUBMITTED").length,
        entries: of,
      };
    }),
    card,
    voterReports: reports.map((r) => {
      const rated = reportRate(r, satisfiedOnly);
      return {
        id: r.id,
        scheduledOn: formatDay(r.scheduledOn),
        heldOn: r.heldOn ? formatDay(r.heldOn) : null,
        place: r.place,
        votersPresent: r.votersPresent,
        rate: rated?.rate ?? null,
        figures: rated?.figures ?? null,
      };
    }),
    rateRule: rateRuleText(satisfiedOnly),
  };
}
