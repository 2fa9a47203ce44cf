import { json, withRoute } from "@/lib/http/route";
import { ArchiveQuery } from "@/lib/archive/schema";
import { browseArchive } from "@/lib/archive/service";

// GET /api/v1/archive?year=&category=&page= — the year's files by category: counts and sizes, and a page of files
export const GET = withRoute({ permission: "archive.view", query: ArchiveQuery }, async ({ actor, query }) =>
  json(await browseArchive(actor, query)),
);
