// The dashboards' links to the filtered lists, and the "六个一" summary of the year's cards — pure.
import type { DeputySixOneCard } from "@/lib/duties/public";

type Param = string | number | null | undefined;

/** A list URL with its filters as query parameters, in the order given; empty values left out. */
export function listHref(path: string, params: Record<string, Param>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * The register's entries behind each line of the card (verified, that year, of that kind): 联系选民 is
 * counted from contacts and forums, so it opens the contacts; 有价值的建议 opens the year's valuable suggestions
 * (`valuable=true`, the same rule as the cards count: lib/suggestions/deputy-suggestions.ts).
 */
const LINE_KIND: Record<string, string | null> = {
  voters: "VOTER_CONTACT",
  forums: "VOTER_FORUM",
  suggestions: null,
  practical: "PRACTICAL_THING",
  households: "POVERTY_HELP",
  disputes: "DISPUTE_MEDIATION",
};

export interface SixOneSummary {
  year: number;
  /** Deputies with a card (the sitting deputies). */
  deputies: number;
  /** Deputies who met all six. */
  complete: number;
  lines: { key: string; label: string; target: number; met: number; href: string }[];
  href: string;
  rule: string;
}

/** How many deputies met each line of the card, and all six, from every deputy's card of the year. */
export function sixOneSummary(
  cards: readonly Pick<DeputySixOneCard, "lines" | "complete">[],
  year: number,
  rule: string,
): SixOneSummary {
  const first = cards[0]?.lines ?? [];
  const lineHref = (key: string) => {
    const kind = LINE_KIND[key];
    return kind === null
      ? listHref("/suggestions", { year, valuable: "true" })
      : listHref("/duties", { year, state: "VERIFIED", kind });
  };
  return {
    year,
    deputies: cards.length,
    complete: cards.filter((c) => c.complete).length,
    lines: first.map((l) => ({
      key: l.key,
      label: l.label,
      target: l.target,
      met: cards.filter((c) => c.lines.some((x) => x.key === l.key && x.met)).length,
      href: lineHref(l.key),
    })),
    href: listHref("/duties", { year, state: "VERIFIED" }),
    rule,
  };
}
