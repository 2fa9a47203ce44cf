import type { Actor } from "@/lib/auth/actor";
import { lockRow } from "@/lib/db/locks";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, validation } from "@/lib/http/errors";
import { rollDeputyIds } from "@/lib/sessions/roll";
import type { VoteInput } from "@/lib/sessions/schema";
import { editAction } from "@/lib/sessions/policy";
import { isMajorityOfAll, majorityRequired, voteProblem } from "@/lib/sessions/rules";
import { loadSession, presence, quorumFraction } from "@/lib/sessions/access";
import { assertSessionStep } from "@/lib/sessions/steps";

export async function listVotes(actor: Actor, sessionId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadSession(sdb, actor, sessionId);
  const votes = await sdb.sessionVote.findMany({ where: { sessionId }, orderBy: { createdAt: "asc" } });
  return votes.map((v) => ({ ...v, required: majorityRequired(v.sittingAtVote) }));
}

/** The same vote sent twice (same matter, agenda item, mode and tally) is recorded once: 409 the second time. */
async function refuseRepeat(
  tx: ScopedTx,
  sessionId: string,
  input: VoteInput,
  tally: { for: number; against: number; abstain: number },
) {
  const same = await tx.sessionVote.findFirst({
    where: {
      sessionId,
      title: input.title,
      agendaItemId: input.agendaItemId ?? null,
      mode: input.mode,
      votesFor: tally.for,
      votesAgainst: tally.against,
      votesAbstain: tally.abstain,
    },
    select: { id: true },
  });
  if (same)
    throw conflict(`本次会议已登记过相同的表决结果（${input.title}），不能重复登记`, {
      title: "表决事项：已登记过相同的表决结果",
    });
}

/**
 * A resolution vote. The quorum is checked again at the vote; the total cannot exceed those
 * present; it passes with more than half of ALL sitting deputies (地方组织法 Art. 25).
 */
export async function recordVote(actor: Actor, sessionId: string, input: VoteInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    // Votes of one session are recorded one at a time, so the same vote sent twice is seen as such.
    await lockRow(tx, "CongressSession", sessionId, actor.townshipId);
    const session = await loadSession(tx, actor, sessionId);
    assertSessionStep(actor, "vote", session);
    if (input.agendaItemId && !(await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, sessionId } })))
      throw validation({ agendaItemId: "议程：不属于本次会议" });
    const p = await presence(tx, session);
    let tally = { for: input.votesFor ?? 0, against: input.votesAgainst ?? 0, abstain: input.votesAbstain ?? 0 };
    if (input.mode === "NAMED") {
      const ids = new Set(input.ballots!.map((b) => b.deputyId));
      const roll = new Set(await rollDeputyIds(tx, session));
      const present = await tx.sessionAttendance.count({
        where: { sessionId, status: "PRESENT", deputyId: { in: [...ids].filter((id) => roll.has(id)) } },
      });
      if (ids.size !== input.ballots!.length || present !== ids.size)
        throw validation({ ballots: "记名表决：只能登记出席的在任代表，每人一票" });
      tally = { for: 0, against: 0, abstain: 0 };
      for (const b of input.ballots!)
        tally[b.choice === "FOR" ? "for" : b.choice === "AGAINST" ? "against" : "abstain"]++;
    }
    const problem = voteProblem(tally, p.present, p.sitting, await quorumFraction());
    if (problem === "NO_QUORUM")
      throw conflict(
        `出席代表 ${p.present} 名，不足在任代表 ${p.sitting} 名的三分之二（至少 ${p.required} 名），不能表决`,
      );
    if (problem === "MORE_THAN_PRESENT")
      throw validation({
        votesFor: `赞成票：赞成、反对、弃权合计 ${tally.for + tally.against + tally.abstain} 票，超过出席代表 ${p.present} 名`,
      });
    if (problem === "NEGATIVE") throw validation({ votesFor: "赞成票：票数不能为负数" });
    await refuseRepeat(tx, sessionId, input, tally);
    const vote = await tx.sessionVote.create({
      data: {
        townshipId: actor.townshipId,
        sessionId,
        agendaItemId: input.agendaItemId ?? null,
        title: input.title,
        mode: input.mode,
        votesFor: tally.for,
        votesAgainst: tally.against,
        votesAbstain: tally.abstain,
        presentAtVote: p.present,
        sittingAtVote: p.sitting,
        passed: isMajorityOfAll(tally.for, p.sitting),
        createdById: actor.userId,
      },
    });
    if (input.mode === "NAMED")
      await tx.namedVoteBallot.createMany({
        data: input.ballots!.map((b) => ({
          townshipId: actor.townshipId,
          voteId: vote.id,
          deputyId: b.deputyId,
          choice: b.choice,
        })),
      });
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.vote_recorded"),
      recordType: "SessionVote",
      recordId: vote.id,
      after: vote,
    });
    return { ...vote, required: majorityRequired(p.sitting) };
  });
}
