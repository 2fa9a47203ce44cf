// Ballots of 民主测评: a participating deputy casts their own (one per poll, on a phone); the office keys in
// the paper ballots' counts; the office closes a round. Every write locks the activity, so the limits
// (a deputy once per poll; paper + online never more than the participants) hold under concurrent votes.
// A ballot row has neither deputy nor time; who voted is kept apart (SupervisionPollVoter) and the audit
// row of a vote names the polls, never a choice.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockRow } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict, notFound, validation } from "@/lib/http/errors";
import { loadActivity } from "@/lib/supervision/access";
import { closeRound, pollCounts, pollSubject, type PollCounts } from "@/lib/supervision/polls";
import {
  ballotsReturned,
  checkOnlineBallot,
  checkPaperCounts,
  takesBallots,
  type Tally,
} from "@/lib/supervision/rules";
import type { BallotInput } from "@/lib/supervision/schema";

type Cast = Extract<BallotInput, { action: "cast" }>;
type Paper = Extract<BallotInput, { action: "paper" }>;

export async function postBallots(actor: Actor, activityId: string, input: BallotInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockRow(tx, "SupervisionActivity", activityId, actor.townshipId);
    if (input.action === "cast") return castBallots(tx, actor, activityId, input);
    const { activity } = await loadActivity(tx, actor, activityId);
    // After the activity concluded, only a 再测评 round still takes ballots (rules.ts takesBallots).
    const repoll = await tx.supervisionPoll.findFirst({
      where: { activityId, round: { gt: 1 }, closedAt: null },
      select: { round: true },
    });
    const open = takesBallots(activity.state, repoll?.round ?? 1);
    if (input.action === "paper") {
      assertCan(actor, "supervision.enter_paper", { townshipId: activity.townshipId });
      if (!open) throw conflict("活动进行中才能录入纸质票");
      return enterPaperCounts(tx, actor, activityId, input);
    }
    assertCan(actor, "supervision.manage", { townshipId: activity.townshipId });
    if (!open) throw conflict("活动进行中才能结束测评");
    const closed = await closeRound(tx, actor, activityId, input.round);
    if (!closed) throw conflict("本轮没有正在进行的测评");
    return { closed };
  });
}

/** In random order, so not even the rows' order in one request follows the form's. */
function shuffled<T>(items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

async function castBallots(tx: ScopedTx, actor: Actor, activityId: string, input: Cast) {
  assertCan(actor, "supervision.vote", { townshipId: actor.townshipId });
  const activity = await tx.supervisionActivity.findUnique({ where: { id: activityId } });
  if (!activity || activity.state === "DRAFT") throw notFound("监督活动不存在");
  const deputyId = actor.deputyId;
  const participant = !!deputyId && (await tx.supervisionParticipant.count({ where: { activityId, deputyId } })) > 0;
  if (!participant)
    throw new AppError("FORBIDDEN", "您不是本次活动的参加人员，不能投票", {
      votes: "测评意见：您不是本次活动的参加人员，不能投票",
    });
  const counts = new Map((await pollCounts(tx, activityId)).map((r) => [r.poll.id, r]));
  const already = new Set(
    (
      await tx.supervisionPollVoter.findMany({
        where: { deputyId: deputyId!, poll: { activityId } },
        select: { pollId: true },
      })
    ).map((v) => v.pollId),
  );
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  let stateProblem: string | null = null;
  input.votes.forEach((v, i) => {
    const r = counts.get(v.pollId);
    if (!r) return void (fields[`votes.${i}.pollId`] = "测评对象：不属于本次活动");
    if (seen.has(v.pollId)) return void (fields[`votes.${i}.pollId`] = `测评对象：${pollSubject(r.poll)}列了两次`);
    seen.add(v.pollId);
    const problem = checkOnlineBallot({
      participant,
      alreadyVoted: already.has(v.pollId),
      open: takesBallots(activity.state, r.poll.round) && !r.poll.closedAt,
      paperBallots: ballotsReturned(r.paper),
      onlineBallots: r.voters,
      participants: r.participants,
    });
    if (problem) {
      fields[`votes.${i}.choice`] = `${pollSubject(r.poll)}：${problem}`;
      stateProblem ??= `${pollSubject(r.poll)}：${problem}`;
    }
  });
  // A poll not of this activity or listed twice is bad input (400); a second vote or a closed poll is a conflict (409).
  if (Object.keys(fields).some((k) => k.endsWith(".pollId"))) throw validation(fields);
  if (stateProblem) throw conflict(stateProblem, fields);
  await tx.supervisionPollVoter.createMany({
    data: input.votes.map((v) => ({ townshipId: actor.townshipId, pollId: v.pollId, deputyId: deputyId! })),
  });
  await tx.supervisionBallot.createMany({
    data: shuffled(input.votes).map((v) => ({ townshipId: actor.townshipId, pollId: v.pollId, choice: v.choice })),
  });
  await recordAudit(tx, subjectOf(actor), {
    action: "supervision.ballot_cast",
    recordType: "SupervisionActivity",
    recordId: activityId,
    // Which polls, never what was chosen.
    after: { polls: input.votes.map((v) => v.pollId).sort() },
  });
  return { voted: input.votes.map((v) => v.pollId) };
}

async function enterPaperCounts(tx: ScopedTx, actor: Actor, activityId: string, input: Paper) {
  const counts = new Map((await pollCounts(tx, activityId)).map((r) => [r.poll.id, r]));
  const fields: Record<string, string> = {};
  const ok: { r: PollCounts; paper: Tally }[] = [];
  let stale = false;
  let closed = false;
  input.entries.forEach((e, i) => {
    const r = counts.get(e.pollId);
    if (!r) return void (fields[`entries.${i}.pollId`] = "测评对象：不属于本次活动");
    if (ok.some((x) => x.r.poll.id === e.pollId))
      return void (fields[`entries.${i}.pollId`] = `测评对象：${pollSubject(r.poll)}列了两次`);
    if (r.poll.closedAt) closed = true;
    if (r.poll.version !== e.version) stale = true;
    const paper = { satisfied: e.satisfied, basic: e.basic, unsatisfied: e.unsatisfied, invalid: e.invalid };
    const problem = checkPaperCounts(paper, r.voters, r.participants);
    if (problem) fields[`entries.${i}.satisfied`] = problem.replace("纸质票：", `纸质票（${pollSubject(r.poll)}）：`);
    ok.push({ r, paper });
  });
  if (Object.keys(fields).length) throw validation(fields);
  if (closed) throw conflict("测评已结束，纸质票数不能再改");
  if (stale) throw conflict("票数已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
  const now = new Date();
  for (const { r, paper } of ok) {
    await tx.supervisionPoll.update({
      where: { id: r.poll.id, version: r.poll.version },
      data: {
        paperSatisfied: paper.satisfied,
        paperBasic: paper.basic,
        paperUnsatisfied: paper.unsatisfied,
        paperInvalid: paper.invalid,
        paperEnteredAt: now,
        paperEnteredById: actor.userId,
        version: { increment: 1 },
      },
    });
  }
  await recordAudit(tx, subjectOf(actor), {
    action: "supervision.paper_counts_entered",
    recordType: "SupervisionActivity",
    recordId: activityId,
    before: Object.fromEntries(ok.map(({ r }) => [pollSubject(r.poll), r.paper])),
    after: Object.fromEntries(ok.map(({ r, paper }) => [pollSubject(r.poll), paper])),
  });
  return { entered: ok.length };
}
