// A deputy's duties of a year as the 履职档案 shows them (代表法第五十八条第二款: the presidium records deputies'
// duties and organises their reports to voters): the register's entries by kind, the "六个一" card and the
// reports to voters with their rates. Every query names the township: pass the plain client or a transaction.
import type { Tx } from "@/lib/db";
import type { DutyEntryState, DutyKind } from "@/lib/generated/prisma/enums";
import { getSettings } from "@/lib/settings";
import { rateRuleText } from "@/lib/supervision/public";
import { formatDay } from "@/lib/time/day";
import { publicationRollIds } from "@/lib/roster/public";
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
    byKind: kindCounts(items.filter((e) => e.state === "VERIFIED").map((e) => ({ kind: e.kind, n: 1 }))).map((k) => {
      const of = items.filter((e) => e.kind === k.kind);
      return { ...k, pending: of.filter((e) => e.state === "SUBMITTED").length, entries: of };
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

export interface DutyKindCount {
  kind: DutyKind;
  label: string;
  verified: number;
}

/** Every kind in the register's order with its verified entries, from rows of (kind, how many). */
function kindCounts(rows: readonly { kind: DutyKind; n: number }[]): DutyKindCount[] {
  return DUTY_KINDS.map((kind) => ({
    kind,
    label: DUTY_KIND_LABELS[kind],
    verified: rows.filter((r) => r.kind === kind).reduce((n, r) => n + r.n, 0),
  }));
}

export interface DeputyDutyCounts {
  deputyId: string;
  /** Every kind, in the register's order, as the record's byKind counts it (verified entries only). */
  byKind: DutyKindCount[];
  verified: number;
}

/**
 * Every sitting deputy's verified entries of the year by kind (those the 公示 lists), or the named deputies';
 * the record's rule (deputyDutiesRecord's byKind) in one grouped query whatever the number of deputies.
 */
export async function deputyDutyCounts(
  client: Tx,
  townshipId: string,
  year: number,
  deputyIds?: string[],
): Promise<Map<string, DeputyDutyCounts>> {
  const ids = deputyIds ?? (await publicationRollIds(client, townshipId, year));
  const rows = await client.deputyDuty.groupBy({
    by: ["deputyId", "kind"],
    where: { townshipId, deputyId: { in: ids }, state: "VERIFIED", occurredOn: yearRange(year) },
    _count: { _all: true },
  });
  return new Map(
    ids.map((deputyId) => {
      const byKind = kindCounts(
        rows.filter((r) => r.deputyId === deputyId).map((r) => ({ kind: r.kind, n: r._count._all })),
      );
      return [deputyId, { deputyId, byKind, verified: byKind.reduce((n, k) => n + k.verified, 0) }];
    }),
  );
}
