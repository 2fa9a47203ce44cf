import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { GET as documentsRoute, POST as uploadRoute } from "@/app/api/v1/supervision/[id]/documents/route";
import {
  DELETE as deleteDocumentRoute,
  GET as downloadRoute,
} from "@/app/api/v1/supervision/[id]/documents/[documentId]/route";
import { NextRequest } from "next/server";
import { params, request, TEST_ORIGIN } from "@/tests/factories";
import {
  api,
  evaluationPlan,
  json,
  setup,
  today,
  underWay,
  type Detail,
  type World,
} from "@/tests/integration/supervision/helpers";

const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const satisfies readonly Role[];
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

async function draft(w: World, over: Record<string, unknown> = {}) {
  return json<{ id: string; version: number }>(await api.create(w.office, evaluationPlan(w, over)), 201);
}

function upload(cookie: string, id: string) {
  const form = new FormData();
  form.append("kind", "PHOTO");
  form.append("file", new File([new Uint8Array(PNG)], "现场.png"));
  const req = new NextRequest(new URL(`/api/v1/supervision/${id}/documents`, TEST_ORIGIN), {
    method: "POST",
    body: form,
    headers: { cookie, origin: TEST_ORIGIN },
  });
  return uploadRoute(req, params({ id }));
}

describe("supervision API: role matrix", () => {
  // Written from the brief (not read from PERMISSIONS): the office plans and records, the chair approves and
  // reads, a participating deputy reads and votes, the evaluated unit reads, the presidium reads.
  // Columns: OFFICE, CHAIR, PRESIDIUM, DEPUTY, UNIT.
  const EXPECTED: Record<string, [number, number, number, number, number]> = {
    "GET /supervision": [200, 200, 200, 200, 200],
    "POST /supervision": [201, 403, 403, 403, 403],
    "GET /supervision/{id} (draft)": [200, 200, 200, 404, 404],
    "PATCH /supervision/{id}": [200, 403, 403, 403, 403],
    "POST …/transitions approve": [403, 200, 403, 404, 404],
    "GET /supervision/{id} (under way)": [200, 200, 200, 200, 200],
    "POST …/attendance": [200, 403, 403, 403, 403],
    "POST …/ballots cast": [403, 403, 403, 200, 403],
    "POST …/ballots paper": [200, 403, 403, 403, 403],
    "GET …/ballots": [200, 200, 200, 200, 200],
  };

  it("answers each role as the table says", async () => {
    const w = await setup(3);
    const got: Record<string, number[]> = Object.fromEntries(Object.keys(EXPECTED).map((k) => [k, []]));
    for (const role of ROLES) {
      const c = w.sessions[role].cookie;
      got["GET /supervision"].push((await api.list(c)).status);
      got["POST /supervision"].push((await api.create(c, evaluationPlan(w))).status);
      const d = await draft(w);
      got["GET /supervision/{id} (draft)"].push((await api.get(c, d.id)).status);
      got["PATCH /supervision/{id}"].push((await api.patch(c, d.id, { title: "改名", version: d.version })).status);
      const step = { action: "approve", version: d.version, partyConsentOn: today(), partyConsentNote: "同意" };
      got["POST …/transitions approve"].push((await api.step(c, d.id, step)).status);
      const u = await underWay(w);
      got["GET /supervision/{id} (under way)"].push((await api.get(c, u.id)).status);
      const entries = [{ deputyId: w.deputies[2].id, attendance: "PRESENT" }];
      got["POST …/attendance"].push((await api.attendance(c, u.id, { entries })).status);
      const votes = [{ pollId: u.polls.polls[0].pollId, choice: "BASICALLY_SATISFIED" }];
      got["POST …/ballots cast"].push((await api.ballots(c, u.id, { action: "cast", votes })).status);
      const p = u.polls.polls[1];
      const paper = { pollId: p.pollId, version: p.version, satisfied: 1, basic: 0, unsatisfied: 0 };
      got["POST …/ballots paper"].push((await api.ballots(c, u.id, { action: "paper", entries: [paper] })).status);
      got["GET …/ballots"].push((await api.results(c, u.id)).status);
    }
    expect(got).toEqual(EXPECTED);
  });

  it("lists for a deputy only the activities they take part in, for a unit only those that concern it", async () => {
    const w = await setup(3);
    const mine = await underWay(w);
    const notMine = await underWay(w, {
      targets: [{ unitId: w.units[1].id }],
      participants: [{ deputyId: w.deputies[2].id, presidiumMember: true }],
    });
    const ids = async (cookie: string) =>
      (await json<{ items: { id: string }[] }>(await api.list(cookie), 200)).items.map((i) => i.id);
    expect(await ids(w.sessions.DEPUTY.cookie)).toEqual([mine.id]);
    expect(await ids(w.sessions.UNIT.cookie)).toEqual([mine.id]);
    expect((await ids(w.office)).sort()).toEqual([mine.id, notMine.id].sort());
    await json(await api.get(w.sessions.DEPUTY.cookie, notMine.id), 404);
    await json(await api.get(w.sessions.UNIT.cookie, notMine.id), 404);
  });
});

describe("the plan: bad input is refused with the field named, nothing stored", () => {
  it("dates out of order or outside the term, no targets, a non-sitting participant, a missing law", async () => {
    const w = await setup(3);
    const before = await db.supervisionActivity.count({ where: { townshipId: w.township.id } });
    const bad = async (over: Record<string, unknown>) =>
      (
        await json<{ error: { fields: Record<string, string> } }>(
          await api.create(w.office, evaluationPlan(w, over)),
          400,
        )
      ).error.fields;
    expect((await bad({ startDate: "2026-11-20", endDate: "2026-11-19" })).endDate).toBe(
      "结束日期：不能早于开始日期（2026-11-20）",
    );
    expect((await bad({ startDate: "2026-08-31" })).startDate).toBe(
      "开始日期：应在本届任期内（2026-09-01 至 2031-08-31）",
    );
    expect((await bad({ targets: [] })).targets).toBe("评议对象：评议活动至少要有一个评议对象");
    expect((await bad({ kind: "LAW_INSPECTION", targets: [], lawName: "" })).lawName).toBe(
      "检查的法律：执法检查请填写所检查的法律",
    );
    const left = await db.deputy.update({
      where: { id: w.deputies[2].id },
      data: { leftDate: new Date("2026-10-01") },
    });
    expect((await bad({ participants: [{ deputyId: left.id }] }))["participants.0.deputyId"]).toBe(
      "参加代表：不是本届在任代表（以活动开始日期计）",
    );
    expect(await db.supervisionActivity.count({ where: { townshipId: w.township.id } })).toBe(before);
  });

  it("approval needs the party's consent note and a day not in the future; steps out of order are 409", async () => {
    const w = await setup(3);
    const d = await draft(w);
    const noNote = await json<{ error: { fields: Record<string, string> } }>(
      await api.step(w.chair, d.id, {
        action: "approve",
        version: d.version,
        partyConsentOn: today(),
        partyConsentNote: "",
      }),
      400,
    );
    expect(noNote.error.fields.partyConsentNote).toBe("党委意见：请填写党委意见");
    const future = await json<{ error: { fields: Record<string, string> } }>(
      await api.step(w.chair, d.id, {
        action: "approve",
        version: d.version,
        partyConsentOn: "2099-01-01",
        partyConsentNote: "同意",
      }),
      400,
    );
    expect(future.error.fields.partyConsentOn).toMatch(/^党委同意日期：不能晚于今天/);
    const early = await json<{ error: { message: string } }>(
      await api.step(w.office, d.id, { action: "start", version: d.version }),
      409,
    );
    expect(early.error.message).toBe("方案批准后才能开始活动");
    expect((await db.supervisionActivity.findUniqueOrThrow({ where: { id: d.id } })).state).toBe("DRAFT");
    const u = await underWay(w);
    const edit = await json<{ error: { message: string } }>(
      await api.patch(w.office, u.id, { title: "改", version: u.version }),
      409,
    );
    expect(edit.error.message).toBe("方案批准后不能再修改");
  });

  it("concludes: the polls close, the day is not before the start", async () => {
    const w = await setup(3);
    const u = await underWay(w);
    const early = await json<{ error: { fields: Record<string, string> } }>(
      await api.step(w.office, u.id, { action: "conclude", version: u.version, concludedOn: "2026-09-02" }),
      400,
    );
    expect(early.error.fields.concludedOn).toBe(`结束日期：不能早于开始日期（${today()}）`);
    await json(await api.step(w.office, u.id, { action: "conclude", version: u.version, summary: "评议完成" }), 200);
    const after = await json<Detail>(await api.get(w.office, u.id), 200);
    expect(after.state).toBe("CONCLUDED");
    expect(after.polls.polls.every((p) => p.closed)).toBe(true);
    const late = await json<{ error: { message: string } }>(
      await api.ballots(w.voters[0], u.id, {
        action: "cast",
        votes: [{ pollId: after.polls.polls[0].pollId, choice: "SATISFIED" }],
      }),
      409,
    );
    expect(late.error.message).toMatch(/测评未开始或已结束/);
  });
});

describe("the 15.5 poll on suggestion handling", () => {
  it("has one poll without target, voted and rated by the same machinery", async () => {
    const w = await setup(3);
    const u = await underWay(w, {
      kind: "SUGGESTION_HANDLING_POLL",
      title: "2026年代表建议办理满意度测评",
      targets: [],
    });
    expect(u.polls.polls).toHaveLength(1);
    expect(u.polls.polls[0]).toMatchObject({ subject: "代表建议办理工作", unitId: null });
    const pollId = u.polls.polls[0].pollId;
    await json(await api.ballots(w.voters[0], u.id, { action: "cast", votes: [{ pollId, choice: "SATISFIED" }] }), 200);
    await json(
      await api.ballots(w.voters[1], u.id, { action: "cast", votes: [{ pollId, choice: "UNSATISFIED" }] }),
      200,
    );
    await json(await api.ballots(w.office, u.id, { action: "close", round: 1 }), 200);
    const r = await json<Detail["polls"]>(await api.results(w.chair, u.id), 200);
    expect(r.polls[0].result?.rateText).toBe("1/2 = 50%");
  });
});

describe("attendance and documents", () => {
  it("records attendance of participants only; stores, lists, serves and removes a photo", async () => {
    const w = await setup(3);
    const u = await underWay(w);
    const wrong = await json<{ error: { fields: Record<string, string> } }>(
      await api.attendance(w.office, u.id, {
        entries: [{ deputyId: "00000000-0000-4000-8000-000000000000", attendance: "PRESENT" }],
      }),
      400,
    );
    expect(wrong.error.fields["entries.0.deputyId"]).toBe("参加代表：不是本次活动的参加人员");
    await json(
      await api.attendance(w.office, u.id, { entries: [{ deputyId: w.deputies[0].id, attendance: "LEAVE" }] }),
      200,
    );
    const d = await json<{ participants: { deputyId: string; attendance: string | null }[] }>(
      await api.get(w.chair, u.id),
      200,
    );
    expect(d.participants.find((p) => p.deputyId === w.deputies[0].id)?.attendance).toBe("LEAVE");

    const doc = await json<{ id: string; kind: string }>(await upload(w.office, u.id), 201);
    expect(doc.kind).toBe("PHOTO");
    await json(await upload(w.chair, u.id), 403);
    const list = await json<{ items: { id: string }[] }>(
      await documentsRoute(
        request(`/api/v1/supervision/${u.id}/documents`, { cookie: w.sessions.UNIT.cookie }),
        params({ id: u.id }),
      ),
      200,
    );
    expect(list.items.map((i) => i.id)).toEqual([doc.id]);
    const file = await downloadRoute(
      request(`/api/v1/supervision/${u.id}/documents/${doc.id}`, { cookie: w.sessions.DEPUTY.cookie }),
      params({ id: u.id, documentId: doc.id }),
    );
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PNG);
    const del = await deleteDocumentRoute(
      request(`/api/v1/supervision/${u.id}/documents/${doc.id}`, { method: "DELETE", cookie: w.office }),
      params({ id: u.id, documentId: doc.id }),
    );
    expect(del.status).toBe(204);
    expect(await db.storedFile.count({ where: { townshipId: w.township.id } })).toBe(0);
  });
});
