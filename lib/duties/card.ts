// The "六个一" card of one deputy and year, filled from the verified entries of the register and from the
// suggestions module (the deputy's valuable suggestions). The targets are settings (local practice).
import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { deputyYearSuggestions, VALUABLE_SUGGESTION_RULE } from "@/lib/suggestions/public";
import {
  buildSixOneCard,
  countEntries,
  SIX_ONE_RULE,
  sixOneTargets,
  yearRange,
  type SixOneCard,
} from "@/lib/duties/rules";

export interface DeputySixOneCard extends SixOneCard {
  year: number;
  deputyId: string;
  rules: { card: string; valuable: string };
}

/** The deputy's card for the year. Every query names the township: pass the plain client or a transaction. */
export async function sixOneCard(
  client: Tx,
  townshipId: string,
  deputyId: string,
  year: number,
): Promise<DeputySixOneCard> {
  const [entries, suggestions, settings] = await Promise.all([
    client.deputyDuty.findMany({
      where: { townshipId, deputyId, state: "VERIFIED", occurredOn: yearRange(year) },
      select: { kind: true, voters: true, households: true },
    }),
    deputyYearSuggestions(client, townshipId, deputyId, year),
    getSettings(),
  ]);
  const counts = countEntries(entries, suggestions.filter((s) => s.valuable).length);
  return {
    year,
    deputyId,
    ...buildSixOneCard(counts, sixOneTargets(settings)),
    rules: { card: SIX_ONE_RULE, valuable: VALUABLE_SUGGESTION_RULE },
  };
}
