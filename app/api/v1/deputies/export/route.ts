import { withRoute } from "@/lib/http/route";
import { DeputyListQuery } from "@/lib/roster/schema";
import { exportDeputies, xlsxResponse } from "@/lib/roster/export";
import { formatDay, todayInChina } from "@/lib/time/day";

// GET /api/v1/deputies/export — the filtered roster (same query as the list, all pages) as .xlsx, ID numbers in full (office)
export const GET = withRoute({ permission: "deputy.export", query: DeputyListQuery }, async ({ actor, query }) =>
  xlsxResponse(await exportDeputies(actor, query), `代表名册-${formatDay(todayInChina())}.xlsx`),
);
