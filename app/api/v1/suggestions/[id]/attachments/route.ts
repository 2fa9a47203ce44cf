import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { addSuggestionAttachments, listAttachments } from "@/lib/suggestions/attachments";

// GET /api/v1/suggestions/{id}/attachments — the files the caller may download (metadata only)
export const GET = withRoute({ permission: "suggestion.view", params: IdParams }, async ({ actor, params }) => {
  const items = await listAttachments(actor, params.id);
  return json({ items, total: items.length, page: 1, pageSize: items.length });
});

// POST /api/v1/suggestions/{id}/attachments — add files (multipart `attachments`) while the suggestion is a draft or submitted (lead proposer or office)
export const POST = withRoute({ permission: "suggestion.attach", params: IdParams }, async ({ req, actor, params }) =>
  json(await addSuggestionAttachments(actor, params.id, req), { status: 201 }),
);
