import { withRoute } from "@/lib/http/route";
import { buildTemplate, xlsxResponse } from "@/lib/roster/export";

// GET /api/v1/deputies/template — the empty import template (.xlsx) with an example row and instructions (office)
export const GET = withRoute({ permission: "deputy.import" }, async () =>
  xlsxResponse(await buildTemplate(), "代表名册导入模板.xlsx"),
);
