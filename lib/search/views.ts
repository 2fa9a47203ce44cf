// The /search page's one view loader.
import type { Actor } from "@/lib/auth/actor";
import { parseSearchParams } from "@/lib/http/validation";
import { SearchQuery } from "@/lib/search/schema";
import { search } from "@/lib/search/service";

export async function searchView(actor: Actor, sp: Record<string, string | undefined>) {
  return search(actor, parseSearchParams(SearchQuery, sp));
}
