// 重新投票, 再次投票 and 另行选举 through the API (地方组织法 第二十七条、第二十九条; issue 13, point 9).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as createElectionRoute } from "@/app/api/v1/sessions/[id]/elections/route";
import { POST as roundRoute } from "@/app/api/v1/sessions/[id]/elections/[electionId]/rounds/route";
import { POST as nomineesRoute } from "@/app/api/v1/sessions/[id]/elections/[electionId]/nominees/route";
import { POST as deferralRoute } from "@/app/api/v1/sessions/[id]/elections/[electionId]/deferral/route";
import type { PresentedElection } from "@/lib/sessions/elections";
import { params } from "@/tests/factories";
import { candidatesNamed } from "@/tests/factories/elections";
import { post, sitting, type World } from "./sitting";

const presidium = (name: string) => ({ name, nominatedBy: "PRESIDIUM" });
const VICE = { title: "选举镇人大副主席", scrutineers: ["赵六"], counters: ["钱七"] };

const create = (w: World, body: unknown) =>
  createElectionRoute(post(`/api/v1/sessions/${w.id}/elections`, w.office, body), params({ id: w.id }));
async function election(w: World, body: Record<string, unknown>) {
  const res = await create(w, { ...VICE, ...body });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as PresentedElection;
}
const roundRes = (w: World, e: PresentedElection, body: unknown) =>
  roundRoute(
    post(`/api/v1/sessions/${w.id}/elections/${e.id}/rounds`, w.office, body),
    params({ id: w.id, electionId: e.id }),
  );
async function round(w: World, e: PresentedElection, body: unknown) {
  const res = await roundRes(w, e, body);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as PresentedElection;
}
const nominate = (w: World, e: PresentedElection, body: unknown) =>
  nomineesRoute(
    post(`/api/v1/sessions/${w.id}/elections/${e.id}/nominees`, w.office, body),
    params({ id: w.id, electionId: e.id }),
  );
const defer = (w: World, e: PresentedElection, body: unknown) =>
  deferralRoute(
    post(`/api/v1/sessions/${w.id}/elections/${e.id}/deferral`, w.office, body),
    params({ id: w.id, electionId: e.id }),
  );
/** A tally-sheet line of 9 valid ballots. */
const line = (candidateId: string, votesFor: number) => ({
  candidateId,
  votesFor,
  votesAgainst: 9 - votesFor,
  votesAbstain: 0,
});

describe("差额 for vice posts (地方组织法 第二十七条第一款)", () => {
  it("a 换届 election of a vice post with as many candidates as seats is refused; one more is taken", async () => {
    const w = await sitting();
    const res = await create(w, {
      ...VICE,
      context: "GENERAL",
      post: "VICE",
      seats: 1,
      candidates: [presidium("张三")],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.candidates).toMatch(/多一人至三人/);
    const ok = await election(w, {
      context: "GENERAL",
      post: "VICE",
      seats: 1,
      candidates: [presidium("张三"), presidium("李四")],
    });
    expect(ok).toMatchObject({ context: "GENERAL", post: "VICE" });
    // 补选 may be 等额 (第三十条).
    await election(w, {
      title: "补选副镇长",
      context: "BY_ELECTION",
      post: "VICE",
      seats: 1,
      candidates: [presidium("王五")],
    });
  });
});

describe("the round after the first", () => {
  it("a void round is held again with the same candidates (重新投票) and shows no valid-ballot figure", async () => {
    const w = await sitting();
    const e = await election(w, { seats: 1, candidates: [presidium("张三"), presidium("李四")] });
    const [zhang, li] = candidatesNamed(e, "张三", "李四");
    const voided = await round(w, e, { ballotsIssued: 8, ballotsReturned: 9, results: [] });
    expect(voided.rounds[0]).toMatchObject({ void: true, validBallots: null, results: [] });
    expect(voided.nextRound).toMatchObject({ kind: "REVOTE", seats: 1, candidateIds: [li.id, zhang.id] }); // 笔画 order
    // Not 另行选举: no new nominees, no other candidates.
    expect((await nominate(w, voided, { candidates: [presidium("王五")] })).status).toBe(409);
    const other = await roundRes(w, e, { ballotsIssued: 9, ballotsReturned: 9, candidateIds: [zhang.id], results: [] });
    expect(other.status).toBe(400);
    const again = await round(w, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 6), line(li.id, 3)],
    });
    expect(again.rounds[1]).toMatchObject({ kind: "REVOTE", validBallots: 9 });
    expect(again.elected.map((x) => x.name)).toEqual(["张三"]);
  });

  it("seats a valid round left open go to 另行选举: new nominees may stand, or it is deferred to the next session", async () => {
    const w = await sitting();
    const e = await election(w, { seats: 1, candidates: [presidium("张三"), presidium("李四")] });
    const [zhang, li] = candidatesNamed(e, "张三", "李四");
    // Deferral only for 另行选举: not before any round.
    expect((await defer(w, e, { note: "x" })).status).toBe(409);
    const first = await round(w, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 4), line(li.id, 3)],
    });
    expect(first.nextRound).toMatchObject({ kind: "FURTHER", seats: 1, open: true });

    const short = await nominate(w, first, {
      candidates: [{ name: "王五", nominatedBy: "DEPUTIES", nominatorCount: 9 }],
    });
    expect(short.status).toBe(400);
    const res = await nominate(w, first, {
      candidates: [{ name: "王五", nominatedBy: "DEPUTIES", nominatorCount: 10 }],
    });
    expect(res.status).toBe(201);
    const nominated = (await res.json()) as PresentedElection;
    const wang = nominated.candidates.find((c) => c.name === "王五")!;
    expect(wang).toMatchObject({ nominatedForRound: 2, position: 3 });
    // The new nominee stands with the others, all in 姓氏笔画 order (王 4 strokes; 李 before 张 at 7).
    expect(nominated.nextRound!.candidateIds).toEqual([wang.id, li.id, zhang.id]);
    expect(await db.auditLog.count({ where: { action: "session.nominees_added", recordId: e.id } })).toBe(1);

    const second = await round(w, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 2), line(li.id, 2), line(wang.id, 5)],
    });
    expect(second.rounds[1]).toMatchObject({ kind: "FURTHER", roundNo: 2 });
    expect(second.elected.map((x) => x.name)).toEqual(["王五"]);
  });

  it("the congress may defer 另行选举 to the next session: no further round here", async () => {
    const w = await sitting();
    const e = await election(w, { seats: 1, candidates: [presidium("张三"), presidium("李四")] });
    const [zhang, li] = candidatesNamed(e, "张三", "李四");
    await round(w, e, { ballotsIssued: 9, ballotsReturned: 9, results: [line(zhang.id, 4), line(li.id, 3)] });
    expect((await defer(w, e, {})).status).toBe(400);
    const res = await defer(w, e, { note: "经大会决定，不足的名额在下一次会议上另行选举" });
    expect(res.status).toBe(200);
    const deferred = (await res.json()) as PresentedElection;
    expect(deferred).toMatchObject({
      nextRound: null,
      seatsUnfilled: 1,
      deferNote: "经大会决定，不足的名额在下一次会议上另行选举",
    });
    const refused = await roundRes(w, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 6), line(li.id, 3)],
    });
    expect(refused.status).toBe(409);
    expect(await db.auditLog.count({ where: { action: "session.election_deferred", recordId: e.id } })).toBe(1);
  });

  it("另行选举 of a vice post in a 换届 election needs 差额 again (第二十九条第三款)", async () => {
    const w = await sitting();
    const e = await election(w, {
      context: "GENERAL",
      post: "VICE",
      seats: 2,
      candidates: [presidium("张三"), presidium("李四"), presidium("王五")],
    });
    const [zhang, li, wang] = candidatesNamed(e, "张三", "李四", "王五");
    const first = await round(w, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 7), line(li.id, 4), line(wang.id, 3)],
    });
    expect(first.nextRound).toMatchObject({ kind: "FURTHER", seats: 1, candidateIds: [wang.id, li.id] });
    const alone = await roundRes(w, e, { ballotsIssued: 9, ballotsReturned: 9, candidateIds: [li.id], results: [] });
    expect(alone.status).toBe(400);
    expect((await alone.json()).error.fields.candidateIds).toMatch(/差额/);
  });
});
