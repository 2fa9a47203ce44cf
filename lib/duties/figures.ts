// The year's figures of the duty register and the reports to voters (履职登记与述职年度数字): one function the
// annual summary calls and the register's page shows; every number is counted from the records, with its rule.
import type { Tx } from "@/lib/db";
import type { DutyKind } from "@/lib/generated/prisma/enums";
import { getSettings } from "@/lib/settings";
import {
  addTallies,
  EMPTY_TALLY,
  rateRuleText,
  rateWithFigures,
  satisfactionRate,
  type Tally,
} from "@/lib/supervision/public";
import { DUTY_KIND_LABELS } from "@/lib/duties/labels";
import { DUTY_KINDS } from "@/lib/duties/rules";
import { yearDays } from "@/lib/time/day";
import { tallyOf } from "@/lib/duties/voter-report-rules";

export const DUTY_FIGURES_RULE =
  "履职登记按履职日期计入当年，只计人大办已核实的登记；待核实、已退回的另列。帮扶户数、人数、增收金额为已核实的帮扶困难户登记之和。";

export interface DutyYearFigures {
  year: number;
  rules: { entries: string; rate: string };
  byKind: { kind: DutyKind; label: string; verified: number }[];
  verified: number;
  pending: number;
  returned: number;
  /** Deputies with at least one verified entry. */
  deputies: number;
  votersReached: number;
  poverty: { households: number; persons: number; incomeRaised: string };
  voterReports: { scheduled: number; held: number; rated: number; tally: Tally; rate: number | null; figures: string };
}

/** The year's figures; `through` counts only the entries that happened up to that day (the half-year brief). */
export async function dutyYearFigures(
  client: Tx,
  townshipId: string,
  year: number,
  opts: { through?: Date } = {},
): Promise<DutyYearFigures> {
  const occurredOn = yearDays(year, opts.through);
  const [byKindState, people, sums, reports, settings] = await Promise.all([
    client.deputyDuty.groupBy({ by: ["kind", "state"], where: { townshipId, occurredOn }, _count: { _all: true } }),
    client.deputyDuty.groupBy({ by: ["deputyId"], where: { townshipId, occurredOn, state: "VERIFIED" } }),
    client.deputyDuty.aggregate({
      where: { townshipId, occurredOn, state: "VERIFIED" },
      _sum: { voters: true, households: true, persons: true, incomeRaised: true },
    }),
    client.voterReport.findMany({ where: { townshipId, year } }),
    getSettings(),
  ]);
  const satisfiedOnly = settings["supervision.rateCountsSatisfiedOnly"] === 1;
  const count = (pred: (r: (typeof byKindState)[number]) => boolean) =>
    byKindState.filter(pred).reduce((n, r) => n + r._count._all, 0);
  const tally = reports.map(tallyOf).reduce<Tally>((t, r) => (r ? addTallies(t, r) : t), EMPTY_TALLY);
  return {
    year,
    rules: { entries: DUTY_FIGURES_RULE, rate: rateRuleText(satisfiedOnly) },
    byKind: DUTY_KINDS.map((kind) => ({
      kind,
      label: DUTY_KIND_LABELS[kind],
      verified: count((r) => r.kind === kind && r.state === "VERIFIED"),
    })),
    verified: count((r) => r.state === "VERIFIED"),
    pending: count((r) => r.state === "SUBMITTED"),
    returned: count((r) => r.state === "RETURNED"),
    deputies: people.length,
    votersReached: sums._sum.voters ?? 0,
    poverty: {
      households: sums._sum.households ?? 0,
      persons: sums._sum.persons ?? 0,
      incomeRaised: (sums._sum.incomeRaised ?? 0).toString(),
    },
    voterReports: {
      scheduled: reports.length,
      held: reports.filter((r) => r.heldOn).length,
      rated: reports.filter((r) => r.ratedAt).length,
      tally,
      rate: satisfactionRate(tally, satisfiedOnly),
      figures: rateWithFigures(tally, satisfiedOnly),
    },
  };
}
