// 向选民述职 (代表法第五十八条第二款: the presidium organises deputies' reports to voters): the voters' rating from
// paper counts, its rate by the same rule as every other poll (lib/supervision's satisfactionRate).
import { rateWithFigures, satisfactionRate, type Tally } from "@/lib/supervision/public";

export interface VoterReportCounts {
  votersPresent: number | null;
  satisfied: number | null;
  basic: number | null;
  unsatisfied: number | null;
  invalid: number | null;
}

export const tallyOf = (r: VoterReportCounts): Tally | null =>
  r.satisfied == null
    ? null
    : { satisfied: r.satisfied, basic: r.basic ?? 0, unsatisfied: r.unsatisfied ?? 0, invalid: r.invalid ?? 0 };

/** More sheets than voters present cannot be: field → message. */
export function checkRatingCounts(r: Required<{ [K in keyof VoterReportCounts]: number }>): Record<string, string> {
  const sheets = r.satisfied + r.basic + r.unsatisfied + r.invalid;
  if (sheets > r.votersPresent)
    return { votersPresent: `到会选民人数：测评票共 ${sheets} 张，多于到会选民 ${r.votersPresent} 人` };
  if (sheets === 0) return { satisfied: "满意票数：至少要有一张测评票" };
  return {};
}

export function reportRate(r: VoterReportCounts, satisfiedOnly: boolean) {
  const t = tallyOf(r);
  return t ? { tally: t, rate: satisfactionRate(t, satisfiedOnly), figures: rateWithFigures(t, satisfiedOnly) } : null;
}
