import { z } from "zod";
import { searchText } from "@/lib/http/fields";

/** GET /api/v1/search and the /search page: a name, a suggestion's number or title, a unit's name. */
export const SearchQuery = z.object({ q: searchText("搜索内容", 50) });
export type SearchQuery = z.infer<typeof SearchQuery>;
