// Search from the header: deputies by name, suggestions by number or title, units by name — each
// through its domain's own list service, so the same policy and scoping as the lists apply (a
// unit sees sitting deputies' names only, a deputy only their own suggestions, and nobody another
// township's records). Nothing is searched that the actor's role may not list.
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/permissions";
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

export type SearchKind = "deputies" | "suggestions" | "units";

export interface SearchGroup {
  kind: SearchKind;
  total: number;
  items: SearchHit[];
  /** The full list filtered by the same words. */
  more: string;
}

interface Source {
  kind: SearchKind;
  /** The list's permission: a role that may not list the kind does not search it. */
  permission: Action;
  /** The kind's own list service, first page of SEARCH_LIMIT, filtered by the words. */
  find: (actor: Actor, q: string) => Promise<{ total: number; items: SearchHit[] }>;
  /** The kind's list page, where the "more" link goes. */
  list: string;
}

const page = { page: 1, pageSize: SEARCH_LIMIT };

/** One row per kind, in the order the groups are shown. */
const SOURCES: Source[] = [
  {
    kind: "deputies",
    permission: "deputy.list",
    list: "/deputies",
    find: async (actor, q) => {
      const r = await listDeputies(actor, DeputyListQuery.parse({ ...page, q }));
      return {
        total: r.total,
        items: r.items.map((d) => ({
          id: d.id,
          title: d.name,
          detail: "group" in d && d.group ? d.group.name : null,
          href: `/deputies/${d.id}`,
        })),
      };
    },
  },
  {
    kind: "suggestions",
    permission: "suggestion.list",
    list: "/suggestions",
    find: async (actor, q) => {
      // A deputy searches their own suggestions, as their list shows them.
      const mine = actor.role === "DEPUTY" ? "true" : undefined;
      const r = await listSuggestions(actor, SuggestionListQuery.parse({ ...page, q, mine }));
      return {
        total: r.total,
        items: r.items.map((s) => ({ id: s.id, title: s.title, detail: s.number, href: `/suggestions/${s.id}` })),
      };
    },
  },
  {
    kind: "units",
    permission: "unit.list",
    list: "/units",
    find: async (actor, q) => {
      const r = await listUnits(actor, UnitListQuery.parse({ ...page, q }));
      return {
        total: r.total,
        items: r.items.map((u) => ({
          id: u.id,
          title: u.name,
          detail: null,
          href: `/units?q=${encodeURIComponent(u.name)}`,
        })),
      };
    },
  },
];

export async function search(actor: Actor, query: SearchQuery): Promise<{ q: string; groups: SearchGroup[] }> {
  const q = query.q?.trim() ?? "";
  if (!q) return { q, groups: [] };
  const words = encodeURIComponent(q);
  const allowed = SOURCES.filter((s) => can(actor, s.permission));
  const found = await Promise.all(allowed.map((s) => s.find(actor, q)));
  return {
    q,
    groups: allowed.map((s, i) => ({ kind: s.kind, ...found[i], more: `${s.list}?q=${words}` })),
  };
}
