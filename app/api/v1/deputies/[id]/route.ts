import { z } from "zod";
import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { getDeputyOrThrow, updateDeputy } from "@/lib/roster/deputies";

// GET /api/v1/deputies/{id} — a deputy's profile as the actor may see it
export const GET = withRoute({ permission: "deputy.view", params: IdParams }, async ({ actor, params }) =>
  json(await getDeputyOrThrow(actor, params.id)),
);

// PATCH /api/v1/deputies/{id} — the office edits the record; a deputy only their own phone and address
export const PATCH = withRoute(
  { permission: "deputy.update", params: IdParams, body: z.looseObject({}) },
  async ({ actor, params, body }) => json(await updateDeputy(actor, params.id, body)),
);
