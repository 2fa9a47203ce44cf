// The one rule of the county view (县人大): which townships a county account reads. Every county page, route and
// figure asks here; nothing else in the app lets a COUNTY account read a township (lib/auth/permissions.ts gives it
// only `county.view`, the shell and its own password).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { notFound } from "@/lib/http/errors";

export interface CountyTownship {
  id: string;
  code: string;
  name: string;
}

export interface CountyScope {
  /** The county of the actor's own township; null when that township belongs to no county. */
  county: { id: string; code: string; name: string } | null;
  /** Its townships, in the order of their codes (the administrative order the county's documents use). */
  townships: CountyTownship[];
}

const NONE: CountyScope = { county: null, townships: [] };

/**
 * A county account is a User with role COUNTY whose township is one township of its county: it reads the townships
 * whose countyId equals its own township's countyId — never another county's, none when its township belongs to no
 * county, and none for any other role (a township's chair reads its own township through the modules).
 */
export async function countyTownships(actor: Actor): Promise<CountyScope> {
  if (!can(actor, "county.view")) return NONE;
  const own = await db.township.findUnique({
    where: { id: actor.townshipId },
    select: { county: { select: { id: true, code: true, name: true } } },
  });
  if (!own?.county) return NONE;
  const townships = await db.township.findMany({
    where: { countyId: own.county.id },
    select: { id: true, code: true, name: true },
    orderBy: [{ code: "asc" }],
  });
  return { county: own.county, townships };
}

/** One township of the actor's county, or NOT_FOUND (another county's township is not revealed to exist). */
export async function countyTownshipOrThrow(
  actor: Actor,
  townshipId: string,
): Promise<{ county: NonNullable<CountyScope["county"]>; township: CountyTownship }> {
  const scope = await countyTownships(actor);
  const township = scope.townships.find((t) => t.id === townshipId);
  if (!scope.county || !township) throw notFound("乡镇不存在");
  return { county: scope.county, township };
}
