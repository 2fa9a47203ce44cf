// The header search's dropdown: which of /api/v1/search's hits it shows, grouped, and the
// keyboard's moves through them. Pure, so a unit test covers it without a browser.

export type SuggestKind = "deputies" | "suggestions" | "units";

export interface SuggestHit {
  id: string;
  title: string;
  detail: string | null;
  href: string;
}

export interface SuggestGroup {
  kind: SuggestKind;
  items: SuggestHit[];
}

/** The dropdown's group headings (the /search page's are longer). */
export const SUGGEST_LABELS: Record<SuggestKind, string> = { deputies: "代表", suggestions: "建议", units: "单位" };

/** At most this many hits in the dropdown; the rest are one Enter away on /search. */
export const SUGGEST_MAX = 8;

/**
 * Up to `max` hits, shared between the groups in turns (one from each, then a second from each…)
 * so a name matching many deputies still leaves room for a unit; empty groups are dropped and
 * the groups keep their order.
 */
export function pickSuggestions(groups: SuggestGroup[], max = SUGGEST_MAX): SuggestGroup[] {
  const taken = groups.map(() => 0);
  let left = max;
  for (let round = 0; left > 0; round++) {
    let progressed = false;
    groups.forEach((g, i) => {
      if (left > 0 && g.items.length > round) {
        taken[i]++;
        left--;
        progressed = true;
      }
    });
    if (!progressed) break;
  }
  return groups.map((g, i) => ({ kind: g.kind, items: g.items.slice(0, taken[i]) })).filter((g) => g.items.length);
}

/** The option after (`step` 1) or before (-1) `active` among `count`, wrapping; -1 is "none". */
export function moveActive(active: number, count: number, step: 1 | -1): number {
  if (!count) return -1;
  if (active < 0) return step === 1 ? 0 : count - 1;
  return (active + step + count) % count;
}
