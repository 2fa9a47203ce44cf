// What the archive page shows: the year, its categories with counts, and a page of files.
import type { Actor } from "@/lib/auth/actor";
import { parseSearchParams } from "@/lib/http/validation";
import { todayInChina } from "@/lib/time/day";
import { ArchiveQuery } from "@/lib/archive/schema";
import { browseArchive } from "@/lib/archive/service";

export async function archiveView(actor: Actor, sp: Record<string, string | string[] | undefined>) {
  const year = todayInChina().getUTCFullYear();
  const q = parseSearchParams(ArchiveQuery.partial({ year: true }), sp);
  return browseArchive(actor, { ...q, year: q.year ?? year, page: q.page ?? 1, pageSize: q.pageSize ?? 50 });
}
