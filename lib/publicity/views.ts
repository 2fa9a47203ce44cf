// What the publicity page shows: the year's items, figures and the county's table in force.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { parseSearchParams } from "@/lib/http/validation";
import { getSettings } from "@/lib/settings";
import { formatDay, todayInChina } from "@/lib/time/day";
import { scoringTable } from "@/lib/publicity/rules";
import { PublicityListQuery } from "@/lib/publicity/schema";
import { listPublicity } from "@/lib/publicity/service";

export async function publicityView(actor: Actor, sp: Record<string, string | string[] | undefined>) {
  const q = parseSearchParams(PublicityListQuery, sp);
  const [list, settings] = await Promise.all([listPublicity(actor, { ...q, pageSize: 50 }), getSettings()]);
  return {
    list,
    today: formatDay(todayInChina()),
    table: scoringTable(settings),
    may: { manage: can(actor, "publicity.manage") },
  };
}
