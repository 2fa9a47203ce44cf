// View loaders for the units' pages: each page calls one function here and renders what it returns.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { getUnitOrThrow } from "@/lib/units/service";
import { unitCorrections } from "@/lib/units/corrections";

/** One unit, its 更正记录, and whether the actor may correct it. */
export async function unitView(actor: Actor, id: string) {
  const unit = await getUnitOrThrow(actor, id);
  const [corrections] = await Promise.all([unitCorrections(actor, id)]);
  return { unit, corrections, mayCorrect: can(actor, "unit.correct") };
}
