import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { GET as repollGet, POST as repollPost } from "@/app/api/v1/supervision/[id]/repoll/route";
import { POST as opinionRoute } from "@/app/api/v1/supervision/[id]/opinions/route";
import { params, request } from "@/tests/factories";
import { api, json, setup, underWay, type Detail, type World } from "./helpers";
import { api as tasks, errorOf, versionOf } from "./rectification-world";

// The loop through supervision's own API: round 1 (民政办 1 满意 + 1 不满意 = 50%), an opinion to 民政办,
// conclusion sends it, the unit reports and the office accepts, the 再测评 (round 2) is voted online and on
// paper after the activity concluded, and the comparison reads 50% → 100%.

const repoll = {
  get: (cookie: string, id: string) =>
    repollGet(request(`/api/v1/supervision/${id}/repoll`, { cookie }), params({ id })),
  start: (cookie: string, id: string, body: unknown = {}) =>
    repollPost(request(`/api/v1/supervision/${id}/repoll`, { method: "POST", cookie, body }), params({ id })),
};

type Comparison = {
  rows: { subject: string; before: number | null; after: number | null; change: number | null; closed: boolean }[];
  start: { open: boolean; reason?: string; targets?: { id: string; name: string }[] } | null;
};

async function concluded(w: World, units = 1) {
  const mine = w.units.slice(0, units);
  const a = await underWay(w, {
    targets: mine.map((u) => ({ unitId: u.id })),
    participants: w.deputies.slice(0, 2).map((d) => ({ deputyId: d.id })),
  });
  const entries = a.polls.polls.map((poll) => ({
    pollId: poll.pollId,
    satisfied: 1,
    basic: 0,
    unsatisfied: 1,
    invalid: 0,
    version: poll.version,
  }));
  await json(await api.ballots(w.office, a.id, { action: "paper", entries }), 200);
  await json(await api.ballots(w.office, a.id, { action: "close", round: 1 }), 200);
  for (const u of mine)
    await json(
      await opinionRoute(
        request(`/api/v1/supervision/${a.id}/opinions`, {
          method: "POST",
          cookie: w.office,
          body: { unitId: u.id, text: "低保动态管理不及时", dueDate: formatDay(addDays(todayInChina(), 30)) },
        }),
        params({ id: a.id }),
      ),
      201,
    );
  const { version } = await json<Detail>(await api.get(w.office, a.id), 200);
  await json(await api.step(w.office, a.id, { action: "conclude", version }), 200);
  return a.id;
}

describe("conclusion sends the opinions; the 再测评 after acceptance", () => {
  it("compares round 1 with round 2, voted after the activity concluded", async () => {
    const w = await setup(2);
    const id = await concluded(w);
    const task = await db.rectificationTask.findFirstOrThrow({ where: { activityId: id } });
    expect(task).toMatchObject({ unitId: w.units[0].id, state: "ASSIGNED" });
    expect(formatDay(task.assignedOn)).toBe(formatDay(todayInChina()));

    // Not before the rectification is accepted.
    const early = await repoll.start(w.office, id);
    expect(early.status).toBe(409);
    expect((await errorOf(early)).message).toBe("整改验收后才能再测评：尚无整改已全部验收的单位");
    const unitCookie = w.sessions.UNIT.cookie;
    await json(await tasks.report(unitCookie, task.id, { version: await versionOf(task.id), text: "已整改" }), 201);
    await json(await tasks.review(w.office, task.id, { version: await versionOf(task.id), decision: "accept" }), 200);

    expect((await repoll.start(w.chair, id)).status).toBe(403);
    await json(await repoll.start(w.office, id), 201);
    expect((await repoll.start(w.office, id)).status).toBe(409);
    expect(await db.auditLog.count({ where: { action: "supervision.repoll_created", recordId: id } })).toBe(1);

    // Round 2 takes ballots though the activity concluded: one deputy online, one on paper.
    const results = await json<Detail>(await api.results(w.office, id), 200);
    const round2 = (results as unknown as { polls: { pollId: string; round: number; version: number }[] }).polls.find(
      (p) => p.round === 2,
    )!;
    await json(
      await api.ballots(w.voters[0], id, { action: "cast", votes: [{ pollId: round2.pollId, choice: "SATISFIED" }] }),
      200,
    );
    const open = await json<Comparison>(await repoll.get(w.office, id), 200);
    expect(open.rows).toEqual([expect.objectContaining({ subject: "民政办", before: 50, after: null, closed: false })]);
    const fresh = (
      await json<{ polls: { pollId: string; version: number }[] }>(await api.results(w.office, id), 200)
    ).polls.find((p) => p.pollId === round2.pollId)!;
    await json(
      await api.ballots(w.office, id, {
        action: "paper",
        entries: [
          { pollId: round2.pollId, satisfied: 1, basic: 0, unsatisfied: 0, invalid: 0, version: fresh.version },
        ],
      }),
      200,
    );
    await json(await api.ballots(w.office, id, { action: "close", round: 2 }), 200);
    const done = await json<Comparison>(await repoll.get(w.office, id), 200);
    expect(done.rows).toEqual([
      expect.objectContaining({ subject: "民政办", before: 50, after: 100, change: 50, closed: true }),
    ]);
    expect(done.start).toMatchObject({ open: false, reason: "再测评已经开启" });
    // The unit sees its own comparison, never a ballot; another unit is not concerned.
    const own = await json<Comparison & Record<string, unknown>>(await repoll.get(unitCookie, id), 200);
    expect(own.rows.map((r) => r.after)).toEqual([100]);
    expect(JSON.stringify(own)).not.toMatch(/deputyId|choice/);
    expect((await repoll.get(w.otherUnit, id)).status).toBe(404);
    // Round 1 stays closed: no ballot for it after conclusion.
    const r1 = results as unknown as { polls: { pollId: string; round: number }[] };
    const late = await api.ballots(w.voters[1], id, {
      action: "cast",
      votes: [{ pollId: r1.polls.find((p) => p.round === 1)!.pollId, choice: "SATISFIED" }],
    });
    expect(late.status).toBe(409);
  });

  it("the office chooses which accepted units are polled again; a unit not yet accepted cannot be chosen", async () => {
    const w = await setup(2);
    const id = await concluded(w, 3);
    const taskOf = async (unitId: string) =>
      (await db.rectificationTask.findFirstOrThrow({ where: { activityId: id, unitId } })).id;
    // 民政办 and 计生办 are accepted (计生办's report keyed by the office, 代录); 国土所's is still open.
    for (const unit of w.units.slice(0, 2)) {
      const task = await taskOf(unit.id);
      await json(await tasks.report(w.office, task, { version: await versionOf(task), text: "已整改到位" }), 201);
      await json(await tasks.review(w.office, task, { version: await versionOf(task), decision: "accept" }), 200);
    }
    const before = await json<Comparison>(await repoll.get(w.office, id), 200);
    expect(before.start?.targets?.map((t) => t.name)).toEqual(["民政办", "计生办"]);
    const [minzheng, jisheng] = before.start!.targets!;
    const target3 = await db.supervisionTarget.findFirstOrThrow({ where: { activityId: id, unitId: w.units[2].id } });

    const refused = await repoll.start(w.office, id, { targetIds: [minzheng.id, target3.id] });
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).fields?.targetIds).toBe("再测评对象：只能是整改已全部验收的单位");
    expect(await db.supervisionPoll.count({ where: { activityId: id, round: 2 } })).toBe(0);

    await json(await repoll.start(w.office, id, { targetIds: [jisheng.id] }), 201);
    const polls = await db.supervisionPoll.findMany({ where: { activityId: id, round: 2 } });
    expect(polls.map((p) => p.targetId)).toEqual([jisheng.id]);
    const after = await json<Comparison>(await repoll.get(w.office, id), 200);
    expect(after.rows.map((r) => r.subject)).toEqual(["计生办"]);
  });

  it("a conclusion whose opinion is due before the day it concludes is refused, naming the unit; nothing sent", async () => {
    const w = await setup(2);
    const a = await underWay(w, {
      targets: [{ unitId: w.units[0].id }],
      participants: w.deputies.slice(0, 2).map((d) => ({ deputyId: d.id })),
    });
    await db.reviewOpinion.create({
      data: { townshipId: w.township.id, activityId: a.id, unitId: w.units[0].id, text: "x", dueDate: todayInChina() },
    });
    const { version } = await json<Detail>(await api.get(w.office, a.id), 200);
    const res = await api.step(w.office, a.id, { action: "conclude", version });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).fields?.opinions).toContain("审议意见（民政办）：整改期限应晚于送达日期");
    expect(await db.rectificationTask.count()).toBe(0);
    expect((await db.supervisionActivity.findUniqueOrThrow({ where: { id: a.id } })).state).toBe("UNDER_WAY");
  });
});
