import { withRoute, json } from "@/lib/http/route";
import { presidiumOverview } from "@/lib/roster/presidium";

// GET /api/v1/presidium-links — presidium members, their linked deputies and warnings, unlinked deputies
export const GET = withRoute({ permission: "presidium_link.list" }, async ({ actor }) =>
  json(await presidiumOverview(actor)),
);
