import { json, withRoute } from "@/lib/http/route";
import { SixOneQuery } from "@/lib/duties/schema";
import { sixOneCardFor } from "@/lib/duties/access";

// GET /api/v1/duties/six-one?year=&deputyId= — a deputy's "六个一" card (own without deputyId; presidium: linked deputies)
export const GET = withRoute({ permission: "duty.list", query: SixOneQuery }, async ({ actor, query }) =>
  json(await sixOneCardFor(actor, query.deputyId, query.year)),
);
