// 民主测评: the polls of an activity (one per target, or one without target for the 15.5 poll on suggestion
// handling), round 1 and the 再测评 rounds after rectification. Opening and closing rounds, and the results:
// counts by choice and rates — never a ballot, never who chose what. While a poll is open nobody sees its
// choices (only "纸质 N + 网上 M = 合计 T"), so a result cannot be read off before and after one vote.
import type { Actor } from "@/lib/auth/actor";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, validation } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import { canReconcile, resultScope, type ActivityRef, type ActivityRelation } from "@/lib/supervision/policy";
import {
  EMPTY_TALLY,
  rateRuleText,
  rateWithFigures,
  reconcile,
  satisfactionRate,
  validBallots,
  type Tally,
} from "@/lib/supervision/rules";
import { SUGGESTION_HANDLING_SUBJECT, pollRoundLabel } from "@/lib/supervision/labels";
import { targetName } from "@/lib/supervision/names";

type Db = ScopedDb | ScopedTx;

/**
 * Opens a round of polls: round 1 when the activity starts; a later round (再测评, suprect) only when the
 * round before is closed, for the targets given (all of them when none are). The 15.5 poll has one poll
 * without target.
 */
export async function openRound(
  tx: ScopedTx,
  actor: Actor,
  a: { id: string; kind: string },
  round: number,
  targetIds?: string[],
) {
  const existing = await tx.supervisionPoll.findMany({ where: { activityId: a.id, round: { gte: round - 1 } } });
  if (existing.some((p) => p.round === round)) throw conflict(`第${round}轮测评已经开启`);
  if (round > 1 && existing.some((p) => p.round === round - 1 && !p.closedAt))
    throw conflict(`第${round - 1}轮测评尚未结束，不能开启${pollRoundLabel(round)}`);
  let targets: (string | null)[];
  if (a.kind === "SUGGESTION_HANDLING_POLL") targets = [null];
  else {
    const all = (await tx.supervisionTarget.findMany({ where: { activityId: a.id }, select: { id: true } })).map(
      (t) => t.id,
    );
    const unknown = (targetIds ?? []).filter((t) => !all.includes(t));
    if (unknown.length) throw validation({ targetIds: "测评对象：不是本次活动的评议对象" });
    targets = targetIds?.length ? targetIds : all;
  }
  await tx.supervisionPoll.createMany({
    data: targets.map((targetId) => ({ townshipId: actor.townshipId, activityId: a.id, targetId, round })),
  });
  await recordAudit(tx, subjectOf(actor), {
    action: "supervision.poll_opened",
    recordType: "SupervisionActivity",
    recordId: a.id,
    after: { round, targets: targets.length },
  });
}

/** Closes the open polls of a round (every round when `round` is null); their results then show. */
export async function closeRound(tx: ScopedTx, actor: Actor, activityId: string, round: number | null) {
  const { count } = await tx.supervisionPoll.updateMany({
    where: { activityId, closedAt: null, ...(round ? { round } : {}) },
    data: { closedAt: new Date(), version: { increment: 1 } },
  });
  if (count)
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.poll_closed",
      recordType: "SupervisionActivity",
      recordId: activityId,
      after: { round, polls: count },
    });
  return count;
}

/** Online ballots per poll by choice, and the number of online voters (who, never what). */
export async function pollCounts(db: Db, activityId: string) {
  const [polls, ballots, voters, participants] = await Promise.all([
    db.supervisionPoll.findMany({
      where: { activityId },
      orderBy: [{ round: "asc" }, { target: { position: "asc" } }, { id: "asc" }],
      include: { target: { include: { unit: { select: { name: true } } } } },
    }),
    db.supervisionBallot.groupBy({ by: ["pollId", "choice"], where: { poll: { activityId } }, _count: { _all: true } }),
    db.supervisionPollVoter.groupBy({ by: ["pollId"], where: { poll: { activityId } }, _count: { _all: true } }),
    db.supervisionParticipant.count({ where: { activityId } }),
  ]);
  const online = new Map<string, Tally>();
  for (const b of ballots) {
    const t = online.get(b.pollId) ?? { ...EMPTY_TALLY };
    if (b.choice === "SATISFIED") t.satisfied += b._count._all;
    if (b.choice === "BASICALLY_SATISFIED") t.basic += b._count._all;
    if (b.choice === "UNSATISFIED") t.unsatisfied += b._count._all;
    online.set(b.pollId, t);
  }
  const voted = new Map(voters.map((v) => [v.pollId, v._count._all]));
  return polls.map((p) => {
    const paper: Tally = {
      satisfied: p.paperSatisfied,
      basic: p.paperBasic,
      unsatisfied: p.paperUnsatisfied,
      invalid: p.paperInvalid,
    };
    return {
      poll: p,
      paper,
      online: online.get(p.id) ?? { ...EMPTY_TALLY },
      voters: voted.get(p.id) ?? 0,
      participants,
    };
  });
}

export type PollCounts = Awaited<ReturnType<typeof pollCounts>>[number];

/** The subject of a poll: its target, or the year's suggestion handling. */
export const pollSubject = (p: PollCounts["poll"]) => (p.target ? targetName(p.target) : SUGGESTION_HANDLING_SUBJECT);

/**
 * The polls as the actor may see them: the office the reconciliation of each; the results (counts and
 * rate) of closed polls to whom the policy allows — a unit only its own target's. Never a ballot.
 */
export async function pollResults(db: Db, actor: Actor, a: ActivityRef & { id: string }, rel: ActivityRelation) {
  const scope = resultScope(actor, a, rel);
  const office = canReconcile(actor, a);
  const satisfiedOnly = (await getSettings())["supervision.rateCountsSatisfiedOnly"] === 1;
  const rows = (await pollCounts(db, a.id)).filter(
    (r) =>
      scope === "ALL" || office || (scope === "OWN_UNIT" && !!actor.unitId && r.poll.target?.unitId === actor.unitId),
  );
  const mine = actor.deputyId
    ? new Set(
        (
          await db.supervisionPollVoter.findMany({
            where: { deputyId: actor.deputyId, poll: { activityId: a.id } },
            select: { pollId: true },
          })
        ).map((v) => v.pollId),
      )
    : new Set<string>();
  return {
    rule: rateRuleText(satisfiedOnly),
    polls: rows.map((r) => {
      const closed = !!r.poll.closedAt;
      const total: Tally = {
        satisfied: r.paper.satisfied + r.online.satisfied,
        basic: r.paper.basic + r.online.basic,
        unsatisfied: r.paper.unsatisfied + r.online.unsatisfied,
        invalid: r.paper.invalid,
      };
      const showResult = closed && scope !== null;
      return {
        pollId: r.poll.id,
        round: r.poll.round,
        roundLabel: pollRoundLabel(r.poll.round),
        targetId: r.poll.targetId,
        unitId: r.poll.target?.unitId ?? null,
        subject: pollSubject(r.poll),
        closed,
        version: r.poll.version,
        ...(actor.deputyId ? { votedByMe: mine.has(r.poll.id) } : {}),
        ...(office
          ? {
              paper: r.paper,
              reconciliation: reconcile(r.paper, r.voters, r.participants),
              paperEnteredAt: r.poll.paperEnteredAt,
            }
          : {}),
        ...(showResult
          ? {
              result: {
                ...total,
                valid: validBallots(total),
                rate: satisfactionRate(total, satisfiedOnly),
                rateText: rateWithFigures(total, satisfiedOnly),
              },
            }
          : {}),
      };
    }),
  };
}
