import { withRoute, json } from "@/lib/http/route";
import { ChecklistTemplateInput } from "@/lib/sessions/schema";
import { replaceTemplate, templateItems } from "@/lib/sessions/checklist";
import { scopedDb } from "@/lib/db/township-scope";

// GET /api/v1/checklist-template — the preparation checklist new sessions start from (office)
export const GET = withRoute({ permission: "session.manage" }, async ({ actor }) =>
  json({ items: await templateItems(scopedDb(actor.townshipId)) }),
);

// PUT /api/v1/checklist-template — replace the template (office)
export const PUT = withRoute({ permission: "session.manage", body: ChecklistTemplateInput }, async ({ actor, body }) =>
  json({ items: await replaceTemplate(actor, body) }),
);
