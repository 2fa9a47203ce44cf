// Whether an actor may see a suggestion, and what they are to it (proposer, lead or co-unit): the
// first step of every read and write of one suggestion (service, transitions, attachments).
import type { Actor } from "@/lib/auth/actor";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import { notFound } from "@/lib/http/errors";
import type { Suggestion } from "@/lib/generated/prisma/client";
import { suggestionViewFor, type Relation } from "@/lib/suggestions/policy";

type Db = ScopedDb | ScopedTx;

export async function relationOf(db: Db, actor: Actor, suggestionId: string): Promise<Relation> {
  const [proposer, assignment] = await Promise.all([
    actor.deputyId ? db.suggestionProposer.findFirst({ where: { suggestionId, deputyId: actor.deputyId } }) : null,
    actor.unitId
      ? db.suggestionAssignment.findFirst({
          // Before the chair's 签发 (when required) the unit has not been given it yet.
          where: { suggestionId, unitId: actor.unitId, active: true, suggestion: { awaitingSignOff: false } },
        })
      : null,
  ]);
  return {
    proposer: !!proposer,
    leadProposer: !!proposer?.lead,
    unit: assignment ? (assignment.lead ? "LEAD" : "CO") : null,
  };
}

/** Loads a suggestion the actor may see, with the relation; 404 otherwise. */
export async function loadSuggestion(db: Db, actor: Actor, id: string, row?: Suggestion | null) {
  // `row`: the caller read it already (e.g. with its lock, lib/db/locks.ts lockAndRead); null: there is none.
  const s = row === undefined ? await db.suggestion.findUnique({ where: { id } }) : row;
  if (!s) throw notFound("建议不存在");
  const rel = await relationOf(db, actor, id);
  const view = suggestionViewFor(actor, s, rel);
  if (!view) throw notFound("建议不存在");
  return { s, rel, view };
}
