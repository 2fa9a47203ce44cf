import { json, withRoute } from "@/lib/http/route";
import { TermReviewParams } from "@/lib/year/schema";
import { termReview } from "@/lib/year/summary";

// GET /api/v1/summary/term/{termId} — the term's review (届期工作回顾): the key figures year by year, with totals
export const GET = withRoute({ permission: "summary.view", params: TermReviewParams }, async ({ actor, params }) =>
  json(await termReview(actor.townshipId, params.termId)),
);
