import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { FindingInput } from "@/lib/supervision/rectification/schema";
import { addFinding } from "@/lib/supervision/opinions";

// POST /api/v1/supervision/{id}/findings — the office records a finding {text, targetId?} (read with …/opinions)
export const POST = withRoute(
  { permission: "supervision_opinion.manage", params: IdParams, body: FindingInput },
  async ({ actor, params, body }) => json(await addFinding(actor, params.id, body), { status: 201 }),
);
