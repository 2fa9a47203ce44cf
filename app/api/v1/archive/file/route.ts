import { withRoute } from "@/lib/http/route";
import { fileResponse } from "@/lib/files/http";
import { ArchiveFileQuery } from "@/lib/archive/schema";
import { openArchiveFile } from "@/lib/archive/service";

// GET /api/v1/archive/file?category=&id= — one file of the archive (as an attachment, nosniff); audited
export const GET = withRoute({ permission: "archive.view", query: ArchiveFileQuery }, async ({ actor, query }) => {
  const f = await openArchiveFile(actor, query);
  return fileResponse(new Uint8Array(f.bytes), f.filename, f.mimeType, f.bytes.length);
});
