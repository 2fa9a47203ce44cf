import { json, withRoute } from "@/lib/http/route";
import { IdParams, PageQuery } from "@/lib/http/validation";
import { ContactInput } from "@/lib/suggestions/contact-schema";
import { listContacts, recordContact } from "@/lib/suggestions/contacts";

// GET /api/v1/suggestions/{id}/contacts — the contact records (联系代表): the office, the chair, the
// suggestion's units and its deputies
export const GET = withRoute(
  { permission: "suggestion.contacts_view", params: IdParams, query: PageQuery },
  async ({ actor, params, query }) => json(await listContacts(actor, params.id, query)),
);

// POST /api/v1/suggestions/{id}/contacts — the lead or a co-unit records a contact with the deputy; the
// office keys a unit's paper record in for it (代录)
export const POST = withRoute(
  { permission: "suggestion.record_contact", params: IdParams, body: ContactInput },
  async ({ actor, params, body }) => json(await recordContact(actor, params.id, body), { status: 201 }),
);
