import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { ATTACHMENT_UPLOAD, addSuggestionAttachments, listAttachments } from "@/lib/suggestions/attachments";

// GET /api/v1/suggestions/{id}/attachments — the files the caller may download (metadata only)
export const GET = withRoute({ permission: "suggestion.view", params: IdParams }, async ({ actor, params }) => {
  const items = await listAttachments(actor, params.id);
  return json({ items, total: items.length, page: 1, pageSize: items.length });
});

// POST /api/v1/suggestions/{id}/attachments — add files (multipart `attachments`) while the suggestion is a draft or submitted (lead proposer or office)
export const POST = withRoute(
  { permission: "suggestion.attach", params: IdParams, files: ATTACHMENT_UPLOAD },
  async ({ actor, params, files }) => json(await addSuggestionAttachments(actor, params.id, files), { status: 201 }),
);
