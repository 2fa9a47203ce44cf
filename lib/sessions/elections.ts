import type { Actor } from "@/lib/auth/actor";
import { lockRow } from "@/lib/db/locks";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import { editAction } from "@/lib/sessions/policy";
import type { DeferInput, ElectionCreateInput, NomineesInput } from "@/lib/sessions/election-schema";
import { presentElection, withRounds } from "@/lib/sessions/election-view";
import { loadSession } from "@/lib/sessions/access";
import { assertSessionStep } from "@/lib/sessions/steps";

export { presentElection, type PresentedElection } from "@/lib/sessions/election-view";

/** 再次投票: whether the winner also needs a majority of all (the setting; the article does not say). */
export const majorityInRunoff = async () => (await getSettings())["sessions.runoffMajority"] !== 0;

export async function loadElection(sdb: ScopedDb | ScopedTx, sessionId: string, electionId: string) {
  const e = await sdb.election.findFirst({ where: { id: electionId, sessionId }, include: withRounds });
  if (!e) throw notFound("选举不存在");
  return e;
}

export async function listElections(actor: Actor, sessionId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadSession(sdb, actor, sessionId);
  const [rows, majority] = await Promise.all([
    sdb.election.findMany({ where: { sessionId }, include: withRounds, orderBy: { createdAt: "asc" } }),
    majorityInRunoff(),
  ]);
  return rows.map((e) => presentElection(e, majority));
}

export async function getElection(actor: Actor, sessionId: string, electionId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadSession(sdb, actor, sessionId);
  return presentElection(await loadElection(sdb, sessionId, electionId), await majorityInRunoff());
}

/** 地方组织法 第二十六条第二款: "代表十人以上书面联名" (a setting, in case the law changes). */
async function checkNominators(candidates: NomineesInput["candidates"]) {
  const min = (await getSettings())["sessions.jointNominationMin"];
  const short = candidates.findIndex((c) => c.nominatedBy === "DEPUTIES" && (c.nominatorCount ?? 0) < min);
  if (short >= 0)
    throw validation({
      [`candidates.${short}.nominatorCount`]: `联名代表人数：代表联名提名候选人须有 ${min} 名以上代表（${candidates[short].name} 仅 ${candidates[short].nominatorCount ?? 0} 名）`,
    });
}

/** An election or by-election on a session that is being prepared or is sitting. */
export async function createElection(actor: Actor, sessionId: string, input: ElectionCreateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const session = await loadSession(tx, actor, sessionId);
    assertSessionStep(actor, "add_election", session);
    if (input.agendaItemId && !(await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, sessionId } })))
      throw validation({ agendaItemId: "议程：不属于本次会议" });
    await checkNominators(input.candidates);
    const election = await tx.election.create({
      data: {
        townshipId: actor.townshipId,
        sessionId,
        agendaItemId: input.agendaItemId ?? null,
        title: input.title,
        seats: input.seats,
        context: input.context,
        post: input.post,
        scrutineers: input.scrutineers,
        counters: input.counters,
        candidates: {
          create: input.candidates.map((c, i) => ({
            townshipId: actor.townshipId,
            name: c.name,
            nominatedBy: c.nominatedBy,
            nominatorCount: c.nominatedBy === "DEPUTIES" ? c.nominatorCount : null,
            position: i + 1,
          })),
        },
      },
      include: withRounds,
    });
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.election_created"),
      recordType: "Election",
      recordId: election.id,
      after: election,
    });
    return presentElection(election, await majorityInRunoff());
  });
}

/** The election, locked, with its next round; 409 unless 另行选举 is what comes next on this session. */
async function loadForFurther(tx: ScopedTx, actor: Actor, sessionId: string, electionId: string) {
  await lockRow(tx, "Election", electionId, actor.townshipId);
  const session = await loadSession(tx, actor, sessionId);
  assertSessionStep(actor, "record_round", session);
  const election = await loadElection(tx, sessionId, electionId);
  const view = presentElection(election, await majorityInRunoff());
  if (election.deferredAt) throw conflict("已决定在下一次会议上另行选举");
  if (view.nextRound?.kind !== "FURTHER")
    throw conflict("只有一轮有效投票后仍有名额未选出时，才能另行提名或决定改在下次会议另行选举");
  return { session, election, view, next: view.nextRound };
}

/**
 * 另行选举 (地方组织法 第二十九条第二款 "也可以依照本法规定的程序另行提名、确定候选人"): candidates nominated anew
 * for the open seats, by the presidium or ten deputies jointly, standing in the next round.
 */
export async function addNominees(actor: Actor, sessionId: string, electionId: string, input: NomineesInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { session, election, next } = await loadForFurther(tx, actor, sessionId, electionId);
    await checkNominators(input.candidates);
    const taken = new Set(election.candidates.map((c) => c.name));
    const dup = input.candidates.findIndex((c) => taken.has(c.name));
    if (dup >= 0)
      throw validation({
        [`candidates.${dup}.name`]: `候选人姓名：${input.candidates[dup].name} 已是本次选举的候选人`,
      });
    // The order of nomination continues after the highest number given (the list itself is in 笔画 order).
    const last = Math.max(0, ...election.candidates.map((c) => c.position));
    await tx.electionCandidate.createMany({
      data: input.candidates.map((c, i) => ({
        townshipId: actor.townshipId,
        electionId,
        name: c.name,
        nominatedBy: c.nominatedBy,
        nominatorCount: c.nominatedBy === "DEPUTIES" ? (c.nominatorCount ?? null) : null,
        position: last + i + 1,
        nominatedForRound: next.roundNo,
      })),
    });
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.nominees_added"),
      recordType: "Election",
      recordId: electionId,
      after: { roundNo: next.roundNo, candidates: input.candidates },
    });
    return presentElection(await loadElection(tx, sessionId, electionId), await majorityInRunoff());
  });
}

/** 第二十九条第二款 "经本级人民代表大会决定…也可以在下一次人民代表大会会议上进行": the open seats wait for the next session. */
export async function deferElection(actor: Actor, sessionId: string, electionId: string, input: DeferInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { session, election, next } = await loadForFurther(tx, actor, sessionId, electionId);
    const after = await tx.election.update({
      where: { id: electionId },
      data: { deferredAt: new Date(), deferNote: input.note },
      include: withRounds,
    });
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.election_deferred"),
      recordType: "Election",
      recordId: electionId,
      before: { deferredAt: election.deferredAt },
      after: { deferredAt: after.deferredAt, deferNote: input.note, seatsOpen: next.seats },
    });
    return presentElection(after, await majorityInRunoff());
  });
}
