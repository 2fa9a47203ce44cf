// The record a step's availability reads, built from a loaded petition inside the step's transaction:
// its active assignments (转办), the actor's recusal (Art. 28), its replies' last day and its reviews.
import type { Actor } from "@/lib/auth/actor";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import type { Petition } from "@/lib/generated/prisma/client";
import { todayInChina } from "@/lib/time/day";
import type { AssignmentFact, PetitionStepRecord } from "@/lib/petitions/steps/types";

const CHAIN_EVENTS = ["proposed", "approved", "sent_back", "objected"];

/** Reads the facts of one petition for the chain (four small queries in parallel). */
export async function loadStepRecord(db: ScopedDb | ScopedTx, actor: Actor, p: Petition): Promise<PetitionStepRecord> {
  const [assignments, recusal, lastReply, reviews, events] = await Promise.all([
    db.petitionAssignment.findMany({
      where: { petitionId: p.id, active: true },
      orderBy: [{ lead: "desc" }, { createdAt: "asc" }],
      select: { unitId: true, lead: true, assignedOn: true, returnBy: true, unit: { select: { name: true } } },
    }),
    db.petitionRecusal.findFirst({ where: { petitionId: p.id, userId: actor.userId }, select: { id: true } }),
    db.petitionReply.findFirst({
      where: { petitionId: p.id },
      orderBy: [{ answeredOn: "desc" }, { createdAt: "desc" }],
      select: { answeredOn: true },
    }),
    db.petitionReview.findMany({
      where: { petitionId: p.id },
      select: { level: true, answeredOn: true, requestedOn: true },
    }),
    db.petitionEvent.findMany({
      where: { petitionId: p.id, type: { in: [...CHAIN_EVENTS, "transferred"] } },
      select: { type: true, occurredOn: true, createdAt: true },
    }),
  ]);
  const facts: AssignmentFact[] = assignments.map((a) => ({
    unitId: a.unitId,
    unitName: a.unit.name,
    lead: a.lead,
    assignedOn: a.assignedOn,
    returnBy: a.returnBy,
  }));
  const dayOf = (e: { occurredOn: Date | null; createdAt: Date }) => e.occurredOn ?? todayInChina(e.createdAt);
  const latest = (types: string[]) =>
    events
      .filter((e) => types.includes(e.type))
      .map(dayOf)
      .reduce<Date | null>((a, d) => (!a || d.getTime() > a.getTime() ? d : a), null);
  return {
    id: p.id,
    townshipId: p.townshipId,
    state: p.state,
    category: p.category,
    channel: p.channel,
    intake: p.intake,
    notifiedOn: p.notifiedOn,
    noticeWaivedReason: p.noticeWaivedReason,
    acceptedOn: p.acceptedOn,
    extensionDays: p.extensionDays,
    returnVisitOn: p.returnVisitOn,
    receivedOn: p.receivedOn,
    dueDate: p.dueDate,
    accusedUnitId: p.accusedUnitId,
    reviews: reviews.map((r) => ({ level: r.level, answeredOn: r.answeredOn, requestedOn: r.requestedOn })),
    assignments: facts,
    mine: actor.unitId ? (facts.find((a) => a.unitId === actor.unitId) ?? null) : null,
    recused: !!recusal,
    lastAnsweredOn: lastReply?.answeredOn ?? null,
    lastTransferredOn: latest(["transferred"]),
    lastChainDay: latest(CHAIN_EVENTS),
  };
}
