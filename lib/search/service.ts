// Search from the header: deputies by name, suggestions by number or title, units by name — each
// through its domain's own list service, so the same policy and scoping as the lists apply (a
// unit sees sitting deputies' names only, a deputy only their own suggestions, and nobody another
// township's records). Nothing is searched that the actor's role may not list.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { DeputyListQuery, listDeputies } from "@/lib/roster/public";
import { listSuggestions, SuggestionListQuery } from "@/lib/suggestions/public";
import { listUnits, UnitListQuery } from "@/lib/units/public";
import type { SearchQuery } from "@/lib/search/schema";

/** At most this many of each kind; the "more" link opens the kind's own list with the same words. */
export const SEARCH_LIMIT = 8;

export interface SearchHit {
  id: string;
  title: string;
  detail: string | null;
  href: string;
}

export interface SearchGroup {
  kind: "deputies" | "suggestions" | "units";
  total: number;
  items: SearchHit[];
  /** The full list filtered by the same words. */
  more: string;
}

const none = Promise.resolve(null);

export async function search(actor: Actor, query: SearchQuery): Promise<{ q: string; groups: SearchGroup[] }> {
  const q = query.q?.trim() ?? "";
  if (!q) return { q, groups: [] };
  const page = { page: 1, pageSize: SEARCH_LIMIT };
  const words = encodeURIComponent(q);
  const [deputies, suggestions, units] = await Promise.all([
    can(actor, "deputy.list") ? listDeputies(actor, DeputyListQuery.parse({ ...page, q })) : none,
    can(actor, "suggestion.list")
      ? // A deputy searches their own suggestions, as their list shows them.
        listSuggestions(
          actor,
          SuggestionListQuery.parse({ ...page, q, mine: actor.role === "DEPUTY" ? "true" : undefined }),
        )
      : none,
    can(actor, "unit.list") ? listUnits(actor, UnitListQuery.parse({ ...page, q })) : none,
  ]);
  const groups: SearchGroup[] = [];
  if (deputies)
    groups.push({
      kind: "deputies",
      total: deputies.total,
      items: deputies.items.map((d) => ({
        id: d.id,
        title: d.name,
        detail: "group" in d && d.group ? d.group.name : null,
        href: `/deputies/${d.id}`,
      })),
      more: `/deputies?q=${words}`,
    });
  if (suggestions)
    groups.push({
      kind: "suggestions",
      total: suggestions.total,
      items: suggestions.items.map((s) => ({
        id: s.id,
        title: s.title,
        detail: s.number,
        href: `/suggestions/${s.id}`,
      })),
      more: `/suggestions?q=${words}`,
    });
  if (units)
    groups.push({
      kind: "units",
      total: units.total,
      items: units.items.map((u) => ({
        id: u.id,
        title: u.name,
        detail: null,
        href: `/units?q=${encodeURIComponent(u.name)}`,
      })),
      more: `/units?q=${words}`,
    });
  return { q, groups };
}
