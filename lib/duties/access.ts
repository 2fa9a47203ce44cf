// Reading a deputy's card, record and the year's figures for an actor: the same visibility as the register.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { notFound, validation } from "@/lib/http/errors";
import { sixOneCard } from "@/lib/duties/card";
import { dutyYearFigures } from "@/lib/duties/figures";
import { readableDeputies } from "@/lib/duties/policy";
import { linkedDeputyIds } from "@/lib/duties/service";

/** The deputy whose card the actor asks for (their own without an id), or 404 when not theirs to see. */
export async function readableDeputyOrThrow(actor: Actor, deputyId: string | undefined) {
  assertCan(actor, "duty.list");
  const sdb = scopedDb(actor.townshipId);
  const id = deputyId ?? actor.deputyId;
  if (!id) throw validation({ deputyId: "代表：请选择代表" });
  const allowed = readableDeputies(actor, await linkedDeputyIds(sdb, actor));
  const deputy = await sdb.deputy.findUnique({ where: { id }, select: { id: true, name: true } });
  if (!deputy || (allowed !== null && !allowed.includes(id))) throw notFound("代表不存在");
  return deputy;
}

export async function sixOneCardFor(actor: Actor, deputyId: string | undefined, year: number) {
  const deputy = await readableDeputyOrThrow(actor, deputyId);
  return { deputy, ...(await sixOneCard(db, actor.townshipId, deputy.id, year)) };
}

export const dutyFiguresFor = (actor: Actor, year: number) => {
  assertCan(actor, "duty.figures");
  return dutyYearFigures(db, actor.townshipId, year);
};
