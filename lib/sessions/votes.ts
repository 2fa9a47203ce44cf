import type { Actor } from "@/lib/auth/actor";
import { lockRow } from "@/lib/db/locks";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { recordCorrection } from "@/lib/audit/corrections";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { rollDeputyIds, type RollSession } from "@/lib/sessions/roll";
import type { RevokeInput } from "@/lib/sessions/election-schema";
import type { VoteCorrectionInput, VoteInput } from "@/lib/sessions/schema";
import { editAction } from "@/lib/sessions/policy";
import { isCurrent, isMajorityOfAll, majorityRequired, recordState, voteProblem } from "@/lib/sessions/rules";
import { loadSession, presence, quorumFraction } from "@/lib/sessions/access";
import { assertSessionStep } from "@/lib/sessions/steps";
import type { SessionVote } from "@/lib/generated/prisma/client";

type Tally = { for: number; against: number; abstain: number };
type Figures = Pick<
  VoteInput,
  "mode" | "byName" | "votesFor" | "votesAgainst" | "votesAbstain" | "ballots" | "othersFor"
>;

/**
 * 其余全部赞成: the named ballots given, plus 赞成 for every deputy on the roll marked present who has none,
 * read here in the vote's transaction (so a deputy signed in after the page was loaded is counted too).
 */
async function withOthersFor(tx: ScopedTx, session: RollSession, input: Figures): Promise<Figures> {
  if (!input.byName || !input.othersFor) return input;
  const given = new Set((input.ballots ?? []).map((b) => b.deputyId));
  const roll = await rollDeputyIds(tx, session);
  const present = await tx.sessionAttendance.findMany({
    where: { sessionId: session.id, status: "PRESENT", deputyId: { in: roll } },
    select: { deputyId: true },
  });
  const others = present.filter((p) => !given.has(p.deputyId));
  if (!input.ballots?.length && others.length === 0) throw validation({ ballots: "逐人登记须登记每位代表的表决意见" });
  return {
    ...input,
    ballots: [...(input.ballots ?? []), ...others.map((p) => ({ deputyId: p.deputyId, choice: "FOR" as const }))],
  };
}

/** A vote as shown: its state (current, corrected, withdrawn) and the majority it needed. */
const presentVote = (v: SessionVote) => ({
  ...v,
  state: recordState(v),
  /** Counted: neither corrected nor withdrawn. */
  current: isCurrent(v),
  revoked: !!v.revokedAt,
  required: majorityRequired(v.sittingAtVote),
});

/** Every vote ever recorded, corrected and withdrawn ones included (marked): the record is history. */
export async function listVotes(actor: Actor, sessionId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadSession(sdb, actor, sessionId);
  const votes = await sdb.sessionVote.findMany({ where: { sessionId }, orderBy: { createdAt: "asc" } });
  return votes.map(presentVote);
}

/** The same vote sent twice (same matter, agenda item, mode and tally) is recorded once: 409 the second time. */
async function refuseRepeat(tx: ScopedTx, sessionId: string, input: VoteInput, tally: Tally) {
  const same = await tx.sessionVote.findFirst({
    where: {
      sessionId,
      title: input.title,
      agendaItemId: input.agendaItemId ?? null,
      mode: input.mode,
      votesFor: tally.for,
      votesAgainst: tally.against,
      votesAbstain: tally.abstain,
      supersededAt: null,
      revokedAt: null,
    },
    select: { id: true },
  });
  if (same)
    throw conflict(`本次会议已登记过相同的表决结果（${input.title}），不能重复登记`, {
      title: "表决事项：已登记过相同的表决结果",
    });
}

/**
 * The tally from the totals or from the choices deputy by deputy (only those present, one each), checked
 * against the vote's base: no more votes than deputies present; the quorum is our safeguard at each vote.
 */
async function tallyOf(
  tx: ScopedTx,
  session: RollSession,
  input: Figures,
  base: { present: number; sitting: number; required: number },
): Promise<Tally> {
  let tally = { for: input.votesFor ?? 0, against: input.votesAgainst ?? 0, abstain: input.votesAbstain ?? 0 };
  if (input.byName) {
    const ids = new Set(input.ballots!.map((b) => b.deputyId));
    // Only deputies on the session's roll (frozen at 开幕) and marked present.
    const roll = new Set(await rollDeputyIds(tx, session));
    const present = await tx.sessionAttendance.count({
      where: { sessionId: session.id, status: "PRESENT", deputyId: { in: [...ids].filter((id) => roll.has(id)) } },
    });
    if (ids.size !== input.ballots!.length || present !== ids.size)
      throw validation({ ballots: "逐人登记：只能登记出席的在任代表，每人一票" });
    tally = { for: 0, against: 0, abstain: 0 };
    for (const b of input.ballots!)
      tally[b.choice === "FOR" ? "for" : b.choice === "AGAINST" ? "against" : "abstain"]++;
  }
  const problem = voteProblem(tally, base.present, base.sitting, await quorumFraction());
  if (problem === "NO_QUORUM")
    throw conflict(
      `出席代表 ${base.present} 名，不足在任代表 ${base.sitting} 名的三分之二（至少 ${base.required} 名），不能表决`,
    );
  if (problem === "MORE_THAN_PRESENT")
    throw validation({
      votesFor: `赞成票：赞成、反对、弃权合计 ${tally.for + tally.against + tally.abstain} 票，超过出席代表 ${base.present} 名`,
    });
  if (problem === "NEGATIVE") throw validation({ votesFor: "赞成票：票数不能为负数" });
  return tally;
}

async function writeVote(
  tx: ScopedTx,
  actor: Actor,
  data: {
    sessionId: string;
    agendaItemId: string | null;
    title: string;
    correctsId?: string;
    correctionReason?: string;
  },
  input: Figures,
  tally: Tally,
  base: { present: number; sitting: number },
) {
  const vote = await tx.sessionVote.create({
    data: {
      townshipId: actor.townshipId,
      ...data,
      mode: input.mode,
      byName: input.byName,
      votesFor: tally.for,
      votesAgainst: tally.against,
      votesAbstain: tally.abstain,
      presentAtVote: base.present,
      sittingAtVote: base.sitting,
      passed: isMajorityOfAll(tally.for, base.sitting),
      createdById: actor.userId,
    },
  });
  if (input.byName)
    await tx.namedVoteBallot.createMany({
      data: input.ballots!.map((b) => ({
        townshipId: actor.townshipId,
        voteId: vote.id,
        deputyId: b.deputyId,
        choice: b.choice,
      })),
    });
  return vote;
}

/**
 * A resolution vote, passed with more than half of ALL sitting deputies (地方组织法 第二十五条 "以全体代表的过半数通过").
 * The quorum is checked again at the vote (our safeguard) and the total cannot exceed those present.
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
    const figures = await withOthersFor(tx, session, input);
    const tally = await tallyOf(tx, session, figures, p);
    await refuseRepeat(tx, sessionId, input, tally);
    const vote = await writeVote(
      tx,
      actor,
      { sessionId, agendaItemId: input.agendaItemId ?? null, title: input.title },
      figures,
      tally,
      p,
    );
    // One audit row for the vote; with 其余全部赞成 it says how many were recorded so.
    const othersFor = (figures.ballots?.length ?? 0) - (input.ballots?.length ?? 0);
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.vote_recorded"),
      recordType: "SessionVote",
      recordId: vote.id,
      after: input.othersFor ? { ...vote, othersFor } : vote,
    });
    return presentVote(vote);
  });
}

/** A vote's figures, as its correction's audit row keeps them. */
const figures = (v: SessionVote) => ({
  mode: v.mode,
  votesFor: v.votesFor,
  votesAgainst: v.votesAgainst,
  votesAbstain: v.votesAbstain,
  passed: v.passed,
});

/** The vote to correct or withdraw: current, of this session; 409 when already corrected or withdrawn. */
async function loadCurrentVote(tx: ScopedTx, actor: Actor, sessionId: string, voteId: string) {
  await lockRow(tx, "CongressSession", sessionId, actor.townshipId);
  const session = await loadSession(tx, actor, sessionId);
  assertSessionStep(actor, "correct_record", session);
  const vote = await tx.sessionVote.findFirst({ where: { id: voteId, sessionId } });
  if (!vote) throw notFound("表决记录不存在");
  if (!isCurrent(vote))
    throw conflict(vote.revokedAt ? "这条表决记录已作废，不能再更正或作废" : "这条表决记录已更正，请更正最新的记录");
  return { session, vote };
}

/**
 * 更正: new figures with a reason, as a new record; the original stays, marked corrected, and is no longer
 * counted. The base (present and sitting at the vote) is the original's: a correction fixes what was keyed in.
 */
export async function correctVote(actor: Actor, sessionId: string, voteId: string, input: VoteCorrectionInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { session, vote } = await loadCurrentVote(tx, actor, sessionId, voteId);
    const base = {
      present: vote.presentAtVote,
      sitting: vote.sittingAtVote,
      required: 0, // the base had a quorum when the vote was first recorded
    };
    const tally = await tallyOf(tx, session, input, base);
    const original = await tx.sessionVote.update({ where: { id: vote.id }, data: { supersededAt: new Date() } });
    const corrected = await writeVote(
      tx,
      actor,
      {
        sessionId,
        agendaItemId: vote.agendaItemId,
        title: vote.title,
        correctsId: vote.id,
        correctionReason: input.reason,
      },
      input,
      tally,
      base,
    );
    // The kernel's correction (lib/audit/corrections.ts): the figures as they were and as corrected, the reason.
    await recordCorrection(tx, actor, {
      action: editAction(session, "session.vote_corrected"),
      recordType: "SessionVote",
      recordId: vote.id,
      before: { ...figures(vote), supersededAt: null, correctionId: null },
      after: { ...figures(corrected), supersededAt: original.supersededAt, correctionId: corrected.id },
      reason: input.reason,
    });
    return presentVote(corrected);
  });
}

/** 作废: the vote is withdrawn with a reason; it stays shown, marked, and is no longer counted. */
export async function revokeVote(actor: Actor, sessionId: string, voteId: string, input: RevokeInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { session, vote } = await loadCurrentVote(tx, actor, sessionId, voteId);
    const after = await tx.sessionVote.update({
      where: { id: vote.id },
      data: { revokedAt: new Date(), revokedById: actor.userId, revokeReason: input.reason },
    });
    await recordCorrection(tx, actor, {
      action: editAction(session, "session.vote_revoked"),
      recordType: "SessionVote",
      recordId: vote.id,
      before: { revokedAt: vote.revokedAt, revokeReason: vote.revokeReason },
      after: { revokedAt: after.revokedAt, revokeReason: after.revokeReason },
      reason: input.reason,
    });
    return presentVote(after);
  });
}
