// Loading a session the actor may see, and who is present: the first step of every read and write
// of one session (service, checklist, agenda, attendance, votes, elections, documents, report).
import type { Actor } from "@/lib/auth/actor";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import { notFound } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import { canViewSession } from "@/lib/sessions/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasQuorum, quorumRequired, type Fraction } from "@/lib/sessions/rules";
import { presentOnRoll, rollBase, type RollSession } from "@/lib/sessions/roll";

/** What every read of a session includes: its term's number and the township, for its official name. */
export const SESSION_INCLUDE = {
  term: { select: { number: true } },
  township: { select: { name: true } },
} as const satisfies Prisma.CongressSessionInclude;

export async function quorumFraction(): Promise<Fraction> {
  const s = await getSettings();
  return { numerator: s["sessions.quorumNumerator"], denominator: s["sessions.quorumDenominator"] };
}

export async function deputyTermId(sdb: ScopedDb | ScopedTx, actor: Actor): Promise<string | null> {
  if (actor.role !== "DEPUTY" || !actor.deputyId) return null;
  return (await sdb.deputy.findUnique({ where: { id: actor.deputyId }, select: { termId: true } }))?.termId ?? null;
}

/** A session the actor may see, or 404. */
export async function loadSession(sdb: ScopedDb | ScopedTx, actor: Actor, id: string) {
  const session = await sdb.congressSession.findUnique({
    where: { id },
    include: SESSION_INCLUDE,
  });
  if (!session || !canViewSession(actor, session, await deputyTermId(sdb, actor))) throw notFound("会议不存在");
  return session;
}

/** 应到 (the roll's base: frozen from 开幕 on, see roll.ts) and how many on the roll are marked present now. */
export async function presence(sdb: ScopedDb | ScopedTx, session: RollSession) {
  const [sitting, present] = await Promise.all([rollBase(sdb, session), presentOnRoll(sdb, session)]);
  const f = await quorumFraction();
  return { sitting, present, required: quorumRequired(sitting, f), quorum: hasQuorum(present, sitting, f) };
}
