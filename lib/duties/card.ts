// The "六个一" card of a deputy and year, filled from the verified entries of the register and from the
// suggestions module (the deputy's valuable suggestions). The targets are settings (local practice). One deputy's
// card (the record, the API) and every sitting deputy's (the 公示, the dashboard) are built by the same code in a
// constant number of queries.
import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { publicationRollIds } from "@/lib/roster/public";
import { deputySuggestions, VALUABLE_SUGGESTION_RULE } from "@/lib/suggestions/public";
import {
  buildSixOneCard,
  countEntries,
  SIX_ONE_RULE,
  sixOneTargets,
  yearRange,
  type CountedEntry,
  type SixOneCard,
} from "@/lib/duties/rules";

export interface DeputySixOneCard extends SixOneCard {
  year: number;
  deputyId: string;
  rules: { card: string; valuable: string };
}

async function cardsOf(client: Tx, townshipId: string, deputyIds: string[], year: number) {
  const [entries, suggestions, settings] = await Promise.all([
    client.deputyDuty.findMany({
      where: { townshipId, deputyId: { in: deputyIds }, state: "VERIFIED", occurredOn: yearRange(year) },
      select: { deputyId: true, kind: true, voters: true, households: true },
    }),
    deputySuggestions(client, townshipId, deputyIds, year),
    getSettings(),
  ]);
  const byDeputy = new Map<string, CountedEntry[]>(deputyIds.map((id) => [id, []]));
  for (const e of entries) byDeputy.get(e.deputyId)?.push(e);
  const targets = sixOneTargets(settings);
  return new Map<string, DeputySixOneCard>(
    deputyIds.map((deputyId) => {
      const valuable = (suggestions.get(deputyId) ?? []).filter((s) => s.valuable).length;
      const card = buildSixOneCard(countEntries(byDeputy.get(deputyId) ?? [], valuable), targets);
      return [deputyId, { year, deputyId, ...card, rules: { card: SIX_ONE_RULE, valuable: VALUABLE_SUGGESTION_RULE } }];
    }),
  );
}

/** The deputy's card for the year. Every query names the township: pass the plain client or a transaction. */
export async function sixOneCard(
  client: Tx,
  townshipId: string,
  deputyId: string,
  year: number,
): Promise<DeputySixOneCard> {
  return (await cardsOf(client, townshipId, [deputyId], year)).get(deputyId)!;
}

/**
 * Every sitting deputy's card for the year (those the 公示 lists, in name order), or the named deputies'; the
 * same rules as sixOneCard, in a constant number of queries whatever the number of deputies.
 */
export async function sixOneCards(
  client: Tx,
  townshipId: string,
  year: number,
  deputyIds?: string[],
): Promise<Map<string, DeputySixOneCard>> {
  const ids = deputyIds ?? (await publicationRollIds(client, townshipId, year));
  return cardsOf(client, townshipId, ids, year);
}
