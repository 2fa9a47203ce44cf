import { json, withRoute } from "@/lib/http/route";
import { ReceptionGenerateInput } from "@/lib/reception/schema";
import { generateReceptionYear } from "@/lib/reception/service";

// POST /api/v1/reception-days/generate — the year's calendar by the township's rule (the 10th, moved to the next working day); months that have a day are kept (office)
export const POST = withRoute(
  { permission: "reception.manage", body: ReceptionGenerateInput },
  async ({ actor, body }) => json(await generateReceptionYear(actor, body), { status: 201 }),
);
