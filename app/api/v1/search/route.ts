import { withRoute, json } from "@/lib/http/route";
import { SearchQuery } from "@/lib/search/schema";
import { search } from "@/lib/search/service";

// GET /api/v1/search?q= — deputies, suggestions and units the actor may list, matching the words
export const GET = withRoute({ permission: "search.run", query: SearchQuery }, async ({ actor, query }) =>
  json(await search(actor, query)),
);
