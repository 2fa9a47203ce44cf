import { withRoute } from "@/lib/http/route";
import { fileResponse } from "@/lib/files/http";
import { ArchiveZipQuery } from "@/lib/archive/schema";
import { archiveZip } from "@/lib/archive/service";

// GET /api/v1/archive/zip?year=&category= — the year's archive (.zip: 目录.xlsx and a folder per category); audited.
// Built in memory: a year above `archive.zipMaxMb` is refused (409) before any file is read.
export const GET = withRoute({ permission: "archive.view", query: ArchiveZipQuery }, async ({ actor, query }) => {
  const { buffer, filename } = await archiveZip(actor, query.year, query.category);
  return fileResponse(new Uint8Array(buffer), filename, "application/zip", buffer.length);
});
