// What the publicity pages show: the year's items, figures and the county's table in force; one item with its
// 更正记录.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { parseSearchParams } from "@/lib/http/validation";
import { getSettings, SETTING_DEFAULTS } from "@/lib/settings";
import { formatDay, todayInChina } from "@/lib/time/day";
import { scoringTable } from "@/lib/publicity/rules";
import { PublicityListQuery } from "@/lib/publicity/schema";
import { getPublicity, listPublicity } from "@/lib/publicity/service";

/**
 * The county's table in force, and whether it is still the app's own defaults (the placeholders shipped until
 * the county's yearly table is keyed) — the page says so, the table being local practice, not law.
 */
async function tableInForce() {
  const settings = await getSettings();
  const table = scoringTable(settings);
  const defaults = scoringTable(SETTING_DEFAULTS);
  const isDefault =
    Object.entries(table).every(([k, v]) => defaults[k as keyof typeof defaults] === v) &&
    settings["publicity.yearTarget"] === SETTING_DEFAULTS["publicity.yearTarget"] &&
    settings["publicity.advancedScore"] === SETTING_DEFAULTS["publicity.advancedScore"];
  return { table, isDefault };
}

export type PublicityTable = Awaited<ReturnType<typeof tableInForce>>;

export async function publicityView(actor: Actor, sp: Record<string, string | string[] | undefined>) {
  const q = parseSearchParams(PublicityListQuery, sp);
  const [list, scoring] = await Promise.all([listPublicity(actor, { ...q, pageSize: 50 }), tableInForce()]);
  return {
    list,
    today: formatDay(todayInChina()),
    table: scoring.table,
    scoring,
    may: { manage: can(actor, "publicity.manage") },
  };
}

/** One item, its 更正记录 and the table a changed kind would be scored by. */
export async function publicityItemView(actor: Actor, id: string) {
  const [item, scoring] = await Promise.all([getPublicity(actor, id), tableInForce()]);
  return {
    item,
    today: formatDay(todayInChina()),
    table: scoring.table,
    may: { manage: can(actor, "publicity.manage") },
  };
}
