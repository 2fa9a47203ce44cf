import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearSettingsCache } from "@/lib/settings";
import { createTownship, createUser, signIn } from "@/tests/factories";
import { api, json, setup, underWay, type Detail, type World } from "@/tests/integration/supervision/helpers";

const ALL_SATISFIED = (d: Detail) => d.polls.polls.map((p) => ({ pollId: p.pollId, choice: "SATISFIED" }));

/** Paper ballots of the 15 who did not vote online, per unit in plan order: 94/100/94/94/100 with 2 online 满意. */
const PAPER = [
  { satisfied: 13, basic: 1, unsatisfied: 1, invalid: 0 },
  { satisfied: 14, basic: 1, unsatisfied: 0, invalid: 0 },
  { satisfied: 12, basic: 2, unsatisfied: 1, invalid: 0 },
  { satisfied: 10, basic: 4, unsatisfied: 1, invalid: 0 },
  { satisfied: 15, basic: 0, unsatisfied: 0, invalid: 0 },
];

async function votedAndCounted(w: World) {
  const d = await underWay(w);
  for (const voter of w.voters)
    await json(await api.ballots(voter, d.id, { action: "cast", votes: ALL_SATISFIED(d) }), 200);
  const fresh = await json<Detail>(await api.get(w.office, d.id), 200);
  const entries = fresh.polls.polls.map((p, i) => ({ pollId: p.pollId, version: p.version, ...PAPER[i] }));
  await json(await api.ballots(w.office, d.id, { action: "paper", entries }), 200);
  return d;
}

afterEach(async () => {
  await db.setting.deleteMany({ where: { key: "supervision.rateCountsSatisfiedOnly" } });
  clearSettingsCache();
});

describe("民主测评: online ballots, paper counts, results", () => {
  it("reconciles 纸质 N + 网上 M = 合计 T and rates the five units 94/100/94/94/100 once closed", async () => {
    const w = await setup();
    const d = await votedAndCounted(w);
    const open = await json<Detail>(await api.get(w.office, d.id), 200);
    expect(open.polls.polls.map((p) => p.reconciliation?.text)).toEqual(Array(5).fill("纸质 15 + 网上 2 = 合计 17"));
    // While open nobody sees a result, not even the office.
    expect(open.polls.polls.every((p) => p.result === undefined)).toBe(true);
    await json(await api.ballots(w.office, d.id, { action: "close", round: 1 }), 200);
    const closed = await json<Detail>(await api.get(w.chair, d.id), 200);
    expect(closed.polls.polls.map((p) => p.subject)).toEqual(["民政办", "计生办", "国土所", "市政所", "广电站"]);
    expect(closed.polls.polls.map((p) => p.result?.rate)).toEqual([94, 100, 94, 94, 100]);
    expect(closed.polls.polls[0].result?.rateText).toBe("16/17 = 94%");
    expect(closed.polls.rule).toContain("（“满意”票数 +“基本满意”票数）÷ 有效票数");
    // The setting counts 满意 only (local practice): 民政办 15/17.
    await db.setting.create({ data: { key: "supervision.rateCountsSatisfiedOnly", value: 1 } });
    clearSettingsCache();
    const strict = await json<Detail>(await api.results(w.chair, d.id), 200);
    expect((strict as unknown as Detail["polls"]).polls[0].result?.rateText).toBe("15/17 = 88%");
    expect((strict as unknown as Detail["polls"]).rule).toContain("只计“满意”");
  });

  it("refuses a second ballot, a non-participant's ballot and counts over the participants — nothing stored", async () => {
    const w = await setup();
    const d = await underWay(w);
    const [first] = d.polls.polls;
    await json(
      await api.ballots(w.voters[0], d.id, { action: "cast", votes: [{ pollId: first.pollId, choice: "SATISFIED" }] }),
      200,
    );
    const again = await json<{ error: { message: string; fields: Record<string, string> } }>(
      await api.ballots(w.voters[0], d.id, { action: "cast", votes: ALL_SATISFIED(d) }),
      409,
    );
    expect(again.error.message).toBe("民政办：您已对该对象投过票，不能重复投票");
    // The whole request was refused: the four other polls got no ballot.
    expect(await db.supervisionBallot.count({ where: { poll: { activityId: d.id } } })).toBe(1);
    expect(await db.supervisionPollVoter.count({ where: { poll: { activityId: d.id } } })).toBe(1);

    const outsider = await json<{ error: { fields: Record<string, string> } }>(
      await api.ballots(w.outsider, d.id, { action: "cast", votes: ALL_SATISFIED(d) }),
      403,
    );
    expect(outsider.error.fields.votes).toBe("测评意见：您不是本次活动的参加人员，不能投票");

    const fresh = await json<Detail>(await api.get(w.office, d.id), 200);
    const over = await json<{ error: { fields: Record<string, string> } }>(
      await api.ballots(w.office, d.id, {
        action: "paper",
        entries: [
          {
            pollId: fresh.polls.polls[1].pollId,
            version: fresh.polls.polls[1].version,
            satisfied: 10,
            basic: 0,
            unsatisfied: 0,
          },
          {
            pollId: first.pollId,
            version: fresh.polls.polls[0].version,
            satisfied: 15,
            basic: 1,
            unsatisfied: 0,
            invalid: 1,
          },
        ],
      }),
      400,
    );
    expect(over.error.fields["entries.1.satisfied"]).toBe(
      "纸质票（民政办）：纸质 17 + 网上 1 = 合计 18，超过参加测评人数 17",
    );
    const polls = await db.supervisionPoll.findMany({ where: { activityId: d.id } });
    expect(polls.every((p) => p.paperSatisfied === 0 && p.paperEnteredAt === null)).toBe(true);

    const bad = await json<{ error: { fields: Record<string, string> } }>(
      await api.ballots(w.office, d.id, {
        action: "paper",
        entries: [{ pollId: first.pollId, version: 1, satisfied: -1, basic: 0, unsatisfied: 0 }],
      }),
      400,
    );
    expect(bad.error.fields["entries.0.satisfied"]).toBe("满意票数：不能为负数");
  });

  it("fills a poll: no online ballot past the participants once paper counts are in", async () => {
    const w = await setup(3);
    const d = await underWay(w);
    const [first] = d.polls.polls;
    await json(
      await api.ballots(w.office, d.id, {
        action: "paper",
        entries: [{ pollId: first.pollId, version: first.version, satisfied: 2, basic: 0, unsatisfied: 0, invalid: 0 }],
      }),
      200,
    );
    await json(
      await api.ballots(w.voters[0], d.id, {
        action: "cast",
        votes: [{ pollId: first.pollId, choice: "UNSATISFIED" }],
      }),
      200,
    );
    const full = await json<{ error: { message: string } }>(
      await api.ballots(w.voters[1], d.id, { action: "cast", votes: [{ pollId: first.pollId, choice: "SATISFIED" }] }),
      409,
    );
    expect(full.error.message).toBe("民政办：票数已达参加测评人数 3，不能再投票");
  });
});

describe("anonymity: no answer links a ballot to a deputy", () => {
  it("never shows a ballot, a voter or a choice by voter — units see only their own result, audit rows no choice", async () => {
    const w = await setup();
    const d = await votedAndCounted(w);
    await json(await api.ballots(w.office, d.id, { action: "close", round: 1 }), 200);
    const ballotIds = (await db.supervisionBallot.findMany({ where: { poll: { activityId: d.id } } })).map((b) => b.id);
    const voterRows = await db.supervisionPollVoter.findMany({ where: { poll: { activityId: d.id } } });
    expect(ballotIds).toHaveLength(10);
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const) {
      const cookie = w.sessions[role].cookie;
      for (const res of [await api.get(cookie, d.id), await api.results(cookie, d.id)]) {
        const text = await res.text();
        expect(res.status, role).toBe(200);
        for (const id of ballotIds) expect(text).not.toContain(id);
        for (const v of voterRows) expect(text).not.toContain(v.id);
        const polls = JSON.parse(text).polls;
        const list = Array.isArray(polls) ? polls : polls.polls;
        for (const p of list) expect(Object.keys(p)).not.toContain("ballots");
        for (const p of list) expect(Object.keys(p)).not.toContain("voters");
      }
    }
    const unitView = await json<Detail["polls"]>(await api.results(w.sessions.UNIT.cookie, d.id), 200);
    expect(unitView.polls.map((p) => p.subject)).toEqual(["民政办"]);
    expect(unitView.polls[0].reconciliation).toBeUndefined();
    // A unit the activity does not concern cannot open it at all.
    await json(await api.results(w.otherUnit, d.id), 404);
    const audits = await db.auditLog.findMany({ where: { action: "supervision.ballot_cast", recordId: d.id } });
    expect(audits).toHaveLength(2);
    for (const a of audits) expect(JSON.stringify(a.after)).not.toMatch(/SATISFIED|满意/);
  });
});

describe("another township", () => {
  it("neither reads nor votes in it (404)", async () => {
    const w = await setup(3);
    const d = await underWay(w);
    const other = await createTownship("别的镇");
    const office = await signIn(await createUser(other.id, "OFFICE"));
    await json(await api.get(office.cookie, d.id), 404);
    await json(await api.results(office.cookie, d.id), 404);
    await json(
      await api.ballots(office.cookie, d.id, {
        action: "paper",
        entries: [{ pollId: d.polls.polls[0].pollId, version: 1, satisfied: 1, basic: 0, unsatisfied: 0 }],
      }),
      404,
    );
  });
});
