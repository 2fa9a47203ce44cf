// 更正 and 作废 of recorded votes and election rounds (issue 13, point 4): never a silent overwrite — the
// original stays in the record and the prints, marked; the audit trail keeps the reason; figures use the
// current record.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as transitionRoute } from "@/app/api/v1/sessions/[id]/transitions/route";
import { GET as listVotesRoute, POST as voteRoute } from "@/app/api/v1/sessions/[id]/votes/route";
import { POST as correctVoteRoute } from "@/app/api/v1/sessions/[id]/votes/[voteId]/correction/route";
import { POST as revokeVoteRoute } from "@/app/api/v1/sessions/[id]/votes/[voteId]/revocation/route";
import { POST as createElectionRoute } from "@/app/api/v1/sessions/[id]/elections/route";
import { POST as roundRoute } from "@/app/api/v1/sessions/[id]/elections/[electionId]/rounds/route";
import { POST as correctRoundRoute } from "@/app/api/v1/sessions/[id]/elections/[electionId]/rounds/[roundId]/correction/route";
import { POST as revokeRoundRoute } from "@/app/api/v1/sessions/[id]/elections/[electionId]/rounds/[roundId]/revocation/route";
import { getSessionReport } from "@/lib/sessions/report";
import JSZip from "jszip";
import { minutesDocx } from "@/lib/sessions/docx";
import type { PresentedElection } from "@/lib/sessions/elections";
import { params, request } from "@/tests/factories";
import { candidatesNamed } from "@/tests/factories/elections";
import { post, sitting, type World } from "./sitting";

const vote = async (w: World, body: unknown) => {
  const res = await voteRoute(post(`/api/v1/sessions/${w.id}/votes`, w.office, body), params({ id: w.id }));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string };
};
const correctVote = (w: World, voteId: string, body: unknown, cookie = w.office) =>
  correctVoteRoute(
    post(`/api/v1/sessions/${w.id}/votes/${voteId}/correction`, cookie, body),
    params({ id: w.id, voteId }),
  );
const revokeVote = (w: World, voteId: string, body: unknown) =>
  revokeVoteRoute(
    post(`/api/v1/sessions/${w.id}/votes/${voteId}/revocation`, w.office, body),
    params({ id: w.id, voteId }),
  );
const listVotes = async (w: World) =>
  (
    await (
      await listVotesRoute(request(`/api/v1/sessions/${w.id}/votes`, { cookie: w.office }), params({ id: w.id }))
    ).json()
  ).items as { id: string; state: string; votesFor: number; passed: boolean; correctsId: string | null }[];

const FIGURES = { mode: "SHOW_OF_HANDS", votesFor: 4, votesAgainst: 3, votesAbstain: 2 };
const RESOLUTION = { title: "关于设立代表联络站的决定", ...FIGURES };

describe("更正 of a vote: a new record with a reason; the original stays, marked", () => {
  it("keeps both, counts the corrected one, and audits the reason", async () => {
    const w = await sitting();
    const original = await vote(w, RESOLUTION);
    // No reason: refused, nothing written.
    const bare = await correctVote(w, original.id, {
      mode: "SHOW_OF_HANDS",
      votesFor: 6,
      votesAgainst: 2,
      votesAbstain: 1,
    });
    expect(bare.status).toBe(400);
    expect((await bare.json()).error.fields.reason).toMatch(/理由/);
    // The chair may not correct.
    const chair = await correctVote(w, original.id, { ...FIGURES, votesFor: 6, reason: "x" }, w.sessions.CHAIR.cookie);
    expect(chair.status).toBe(403);

    const res = await correctVote(w, original.id, {
      mode: "SHOW_OF_HANDS",
      votesFor: 6,
      votesAgainst: 2,
      votesAbstain: 1,
      reason: "计票人将赞成票 6 票误记为 4 票",
    });
    expect(res.status).toBe(201);
    const corrected = await res.json();
    expect(corrected).toMatchObject({ correctsId: original.id, state: "CURRENT", votesFor: 6, passed: true });
    expect(corrected).toMatchObject({ title: RESOLUTION.title, presentAtVote: 9, sittingAtVote: 9 });

    const list = await listVotes(w);
    expect(list.map((v) => [v.votesFor, v.state, v.passed])).toEqual([
      [4, "CORRECTED", false],
      [6, "CURRENT", true],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "session.vote_corrected", recordId: original.id },
    });
    // The kernel's correction (lib/audit/corrections.ts): the reason in AuditLog.reason, the figures before → after.
    expect(audit.reason).toBe("计票人将赞成票 6 票误记为 4 票");
    expect(audit.after).toMatchObject({ votesFor: 6, correctionId: corrected.id });
    expect(audit.before).toMatchObject({ votesFor: 4 });
    // The original cannot be corrected a second time: the current record is the one to correct.
    const again = await correctVote(w, original.id, { ...FIGURES, votesFor: 5, reason: "再改" });
    expect(again.status).toBe(409);

    // The minutes show both, the original marked; the result is the corrected one's.
    const report = await getSessionReport(w.sessions.OFFICE.actor, w.id);
    expect(report.votes.map((v) => [v.votesFor, v.state, v.corrects])).toEqual([
      [4, "CORRECTED", false],
      [6, "CURRENT", true],
    ]);
    const xml = await (await JSZip.loadAsync(await minutesDocx(report))).file("word/document.xml")!.async("string");
    expect(xml).toContain("已更正，以更正后的记录为准");
    expect(xml).toContain("通过（更正：计票人将赞成票 6 票误记为 4 票）");
  });

  it("作废: withdrawn with a reason, still listed, no longer counted; a correction after closing is marked as such", async () => {
    const w = await sitting();
    const v = await vote(w, RESOLUTION);
    expect((await revokeVote(w, v.id, {})).status).toBe(400);
    const res = await revokeVote(w, v.id, { reason: "同一事项重复登记" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ state: "REVOKED", revokeReason: "同一事项重复登记" });
    expect((await listVotes(w)).map((x) => x.state)).toEqual(["REVOKED"]);
    expect((await revokeVote(w, v.id, { reason: "again" })).status).toBe(409);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "session.vote_revoked", recordId: v.id } });
    expect(audit.reason).toBe("同一事项重复登记");
    expect(audit.after).toMatchObject({ revokeReason: "同一事项重复登记" });
    // The same vote may be recorded again once the first is withdrawn.
    const again = await vote(w, RESOLUTION);

    const closed = await transitionRoute(
      post(`/api/v1/sessions/${w.id}/transitions`, w.office, { action: "close" }),
      params({ id: w.id }),
    );
    expect(closed.status).toBe(200);
    const late = await correctVote(w, again.id, {
      ...FIGURES,
      votesFor: 5,
      votesAgainst: 2,
      reason: "闭会后核对原始记录",
    });
    expect(late.status, await late.clone().text()).toBe(201);
    expect(
      await db.auditLog.count({ where: { action: "session.vote_corrected_after_close", recordId: again.id } }),
    ).toBe(1);
  });
});

describe("更正 and 作废 of an election round", () => {
  async function election(w: World) {
    const res = await createElectionRoute(
      post(`/api/v1/sessions/${w.id}/elections`, w.office, {
        title: "补选镇人大主席",
        seats: 1,
        candidates: [
          { name: "张三", nominatedBy: "PRESIDIUM" },
          { name: "李四", nominatedBy: "PRESIDIUM" },
        ],
        scrutineers: ["赵六"],
        counters: ["钱七"],
      }),
      params({ id: w.id }),
    );
    expect(res.status).toBe(201);
    return (await res.json()) as PresentedElection;
  }
  const round = async (w: World, e: PresentedElection, body: unknown) => {
    const res = await roundRoute(
      post(`/api/v1/sessions/${w.id}/elections/${e.id}/rounds`, w.office, body),
      params({ id: w.id, electionId: e.id }),
    );
    const json = await res.json();
    expect(res.status, JSON.stringify(json)).toBe(201);
    return json as PresentedElection;
  };
  const url = (w: World, e: PresentedElection, roundId: string, what: string) =>
    `/api/v1/sessions/${w.id}/elections/${e.id}/rounds/${roundId}/${what}`;
  const line = (candidateId: string, votesFor: number, votesAgainst: number) => ({
    candidateId,
    votesFor,
    votesAgainst,
    votesAbstain: 9 - votesFor - votesAgainst,
  });

  it("更正: the corrected count decides who is elected; the original stays, marked, with the reason audited", async () => {
    const w = await sitting();
    const e = await election(w);
    const [zhang, li] = candidatesNamed(e, "张三", "李四");
    const first = await round(w, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 4, 4), line(li.id, 4, 4)],
    });
    expect(first.elected).toEqual([]);
    const roundId = first.rounds[0].id;
    const params3 = params({ id: w.id, electionId: e.id, roundId });
    const body = { ballotsIssued: 9, ballotsReturned: 9, results: [line(zhang.id, 6, 2), line(li.id, 3, 5)] };
    expect((await correctRoundRoute(post(url(w, e, roundId, "correction"), w.office, body), params3)).status).toBe(400);
    const res = await correctRoundRoute(
      post(url(w, e, roundId, "correction"), w.office, { ...body, reason: "计票单张三、李四两行抄反" }),
      params3,
    );
    expect(res.status).toBe(201);
    const after = (await res.json()) as PresentedElection;
    expect(after.rounds.map((r) => [r.roundNo, r.revision, r.state])).toEqual([
      [1, 1, "CORRECTED"],
      [1, 2, "CURRENT"],
    ]);
    expect(after.rounds[1]).toMatchObject({ correctsId: roundId, correctionReason: "计票单张三、李四两行抄反" });
    expect(after.elected).toEqual([expect.objectContaining({ name: "张三", roundNo: 1, votesFor: 6 })]);
    expect(after.nextRound).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "session.round_corrected", recordId: roundId },
    });
    expect(audit.reason).toBe("计票单张三、李四两行抄反");

    // The minutes keep both rounds; only the current one elects.
    const report = await getSessionReport(w.sessions.OFFICE.actor, w.id);
    expect(report.elections[0].rounds.map((r) => r.state)).toEqual(["CORRECTED", "CURRENT"]);
    expect(report.elections[0].elected).toEqual(["张三"]);
  });

  it("作废 of the latest round: the election goes back to before it; an earlier round cannot be withdrawn", async () => {
    const w = await sitting();
    const e = await election(w);
    const [zhang, li] = candidatesNamed(e, "张三", "李四");
    const first = await round(w, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 4, 4), line(li.id, 4, 4)],
    });
    const second = await round(w, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 7, 1), line(li.id, 2, 6)],
    });
    expect(second.elected.map((x) => x.name)).toEqual(["张三"]);
    const r1 = first.rounds[0].id;
    const r2 = second.rounds[1].id;
    const early = await revokeRoundRoute(
      post(url(w, e, r1, "revocation"), w.office, { reason: "x" }),
      params({ id: w.id, electionId: e.id, roundId: r1 }),
    );
    expect(early.status).toBe(409);
    expect((await early.json()).error.message).toMatch(/请先作废后面的轮次/);
    const res = await revokeRoundRoute(
      post(url(w, e, r2, "revocation"), w.office, { reason: "第二轮计票单属于另一项选举" }),
      params({ id: w.id, electionId: e.id, roundId: r2 }),
    );
    expect(res.status).toBe(200);
    const after = (await res.json()) as PresentedElection;
    expect(after.rounds.map((r) => r.state)).toEqual(["CURRENT", "REVOKED"]);
    expect(after.elected).toEqual([]);
    expect(after.nextRound).toMatchObject({ roundNo: 2, kind: "FURTHER" });
    // Round 2 is keyed in again: a new revision of round 2.
    const again = await round(w, e, {
      roundNo: 2,
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 5, 3), line(li.id, 3, 5)],
    });
    expect(again.rounds.map((r) => [r.roundNo, r.revision, r.state])).toEqual([
      [1, 1, "CURRENT"],
      [2, 1, "REVOKED"],
      [2, 2, "CURRENT"],
    ]);
    const revoked = await db.auditLog.findMany({ where: { action: "session.round_revoked", recordId: r2 } });
    expect(revoked.map((a) => a.reason)).toEqual(["第二轮计票单属于另一项选举"]);
  });
});
