// The reception pages' loaders: the year's calendar with its warnings and figures, and one day. Pages call
// these, never the database.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { parseSearchParams } from "@/lib/http/validation";
import { getSettings } from "@/lib/settings";
import { todayInChina } from "@/lib/time/day";
import { receptionYearFigures } from "@/lib/reception/figures";
import { getReceptionDay } from "@/lib/reception/detail";
import { LOCAL_PRACTICE_NOTE, receptionSettings, ruleText, yearWarnings } from "@/lib/reception/rules";
import { ReceptionDayListQuery } from "@/lib/reception/schema";
import { listReceptionDays } from "@/lib/reception/service";
import { suggestionCategories } from "@/lib/suggestions/public";
import { PETITION_CATEGORIES, PETITION_CATEGORY_LABELS } from "@/lib/petitions/public";

type SearchParams = Record<string, string | string[] | undefined>;

/** The sitting deputies' duties on the year's days not cancelled (served or still to come). */
async function assignedCounts(actor: Actor, year: number) {
  const rows = await scopedDb(actor.townshipId).receptionDuty.groupBy({
    by: ["deputyId"],
    where: { day: { year, cancelled: false } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.deputyId, r._count._all]));
}

export async function receptionYearView(actor: Actor, sp: SearchParams) {
  const query = parseSearchParams(ReceptionDayListQuery, { ...sp, pageSize: "100" });
  const year = query.year ?? todayInChina().getUTCFullYear();
  const overview = can(actor, "reception.figures");
  const [list, settings, figures, assigned] = await Promise.all([
    listReceptionDays(actor, { ...query, year, page: 1, pageSize: 100 }),
    getSettings(),
    overview ? receptionYearFigures(db, actor.townshipId, year) : null,
    overview ? assignedCounts(actor, year) : null,
  ]);
  const rules = receptionSettings(settings);
  const sitting = figures?.deputies.all ?? [];
  const warnings = yearWarnings({
    year,
    days: list.items.map((d) => ({ date: new Date(`${d.date}T00:00:00Z`), cancelled: d.cancelled })),
    deputies: sitting.map((d) => ({ id: d.id, name: d.name, duties: assigned?.get(d.id) ?? 0 })),
    settings: rules,
  });
  return {
    year,
    days: list.items,
    figures,
    warnings: overview ? warnings : null,
    rule: ruleText(rules),
    settings: rules,
    localPractice: LOCAL_PRACTICE_NOTE,
    may: { manage: can(actor, "reception.manage") },
  };
}

/** One day, with the suggestion categories when the actor may turn an issue into a suggestion. */
export async function receptionDayView(actor: Actor, id: string) {
  const day = await getReceptionDay(actor, id);
  const categories = day.may.convert
    ? (await suggestionCategories(scopedDb(actor.townshipId), actor.townshipId)).map((c) => ({
        id: c.id,
        name: c.name,
      }))
    : [];
  const petitionCategories = day.may.convert
    ? PETITION_CATEGORIES.map((c) => ({ id: c, name: PETITION_CATEGORY_LABELS[c] }))
    : [];
  return { day, categories, petitionCategories };
}
