import { json, withRoute } from "@/lib/http/route";
import { DutyYearQuery } from "@/lib/duties/schema";
import { dutyFiguresFor } from "@/lib/duties/access";

// GET /api/v1/duties/figures?year= — the year's duty register and 述职 figures (verified entries by kind, rate)
export const GET = withRoute({ permission: "duty.figures", query: DutyYearQuery }, async ({ actor, query }) =>
  json(await dutyFiguresFor(actor, query.year)),
);
