// The rectification pages' loaders: the list with the reminder counts (the office's 催办 list and a
// unit's own), and one task. Pages call these, never the database.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { parseSearchParams } from "@/lib/http/validation";
import { scopedDb } from "@/lib/db/township-scope";
import { dueCounts } from "@/lib/inbox/read";
import { getSettings } from "@/lib/settings";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { RectificationListQuery } from "@/lib/supervision/rectification/schema";
import { getRectification, listRectifications } from "@/lib/supervision/rectification/service";
import { RECTIFICATION_KIND } from "@/lib/supervision/rectification/inbox";

type SearchParams = Record<string, string | string[] | undefined>;

export async function rectificationsView(actor: Actor, sp: SearchParams) {
  const query = parseSearchParams(RectificationListQuery, sp);
  const soonDays = (await getSettings())["suggestions.dueSoonDays"];
  const today = todayInChina();
  const unitId = actor.role === "UNIT" ? (actor.unitId ?? "00000000-0000-0000-0000-000000000000") : null;
  const [list, counts, unit] = await Promise.all([
    listRectifications(actor, query),
    dueCounts({
      kinds: [RECTIFICATION_KIND],
      townshipId: actor.townshipId,
      unitId,
      today: formatDay(today),
      horizon: formatDay(addDays(today, soonDays)),
    }),
    // The unit a figure's link filters by, named on the page.
    query.unitId
      ? scopedDb(actor.townshipId).handlingUnit.findFirst({ where: { id: query.unitId }, select: { name: true } })
      : null,
  ]);
  return {
    query,
    list,
    counts: { ...counts, soonDays },
    office: can(actor, "rectification.review"),
    unitName: unit?.name ?? null,
  };
}

export const rectificationView = (actor: Actor, id: string) => getRectification(actor, id);
