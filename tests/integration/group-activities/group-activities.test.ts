// Group activities' API: every route × role, the leader records their own group only, attendees must be members,
// a suggestion created from the record and linked, photos, and the year's figures and a deputy's activities
// against a hand count made through the API.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/group-activities/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/group-activities/[id]/route";
import { POST as photosRoute } from "@/app/api/v1/group-activities/[id]/photos/route";
import { DELETE as deletePhotoRoute } from "@/app/api/v1/group-activities/[id]/photos/[photoId]/route";
import { POST as suggestionRoute } from "@/app/api/v1/group-activities/[id]/suggestions/route";
import { GET as plansRoute, PUT as savePlanRoute } from "@/app/api/v1/group-activities/plans/route";
import { GET as figuresRoute } from "@/app/api/v1/group-activities/figures/route";
import { deputyGroupActivities, groupActivityYearFigures } from "@/lib/group-activities/public";
import { parseDay } from "@/lib/time/day";
import { createDeputy, createUser, params, request, signIn, TEST_ORIGIN } from "@/tests/factories";
import { newSuggestion, setup } from "@/tests/integration/suggestions/helpers";

const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const;
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

const api = {
  list: (c: string, qs = "") => listRoute(request(`/api/v1/group-activities${qs}`, { cookie: c })),
  create: (c: string, body: unknown) =>
    createRoute(request("/api/v1/group-activities", { method: "POST", cookie: c, body })),
  get: (c: string, id: string) => getRoute(request(`/api/v1/group-activities/${id}`, { cookie: c }), params({ id })),
  patch: (c: string, id: string, body: unknown) =>
    patchRoute(request(`/api/v1/group-activities/${id}`, { method: "PATCH", cookie: c, body }), params({ id })),
  suggest: (c: string, id: string, body: unknown) =>
    suggestionRoute(
      request(`/api/v1/group-activities/${id}/suggestions`, { method: "POST", cookie: c, body }),
      params({ id }),
    ),
  photo: (c: string, id: string, file: File) => {
    const form = new FormData();
    form.append("photos", file);
    return photosRoute(
      new NextRequest(new URL(`/api/v1/group-activities/${id}/photos`, TEST_ORIGIN), {
        method: "POST",
        body: form,
        headers: { cookie: c, origin: TEST_ORIGIN },
      }),
      params({ id }),
    );
  },
  deletePhoto: (c: string, id: string, photoId: string) =>
    deletePhotoRoute(
      request(`/api/v1/group-activities/${id}/photos/${photoId}`, { method: "DELETE", cookie: c }),
      params({ id, photoId }),
    ),
  plans: (c: string, qs = "") => plansRoute(request(`/api/v1/group-activities/plans${qs}`, { cookie: c })),
  savePlan: (c: string, body: unknown) =>
    savePlanRoute(request("/api/v1/group-activities/plans", { method: "PUT", cookie: c, body })),
  figures: (c: string, qs = "") => figuresRoute(request(`/api/v1/group-activities/figures${qs}`, { cookie: c })),
};

async function json<T = Record<string, unknown>>(res: Response, status = 200): Promise<T> {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}

/** Group 一 (led by the role deputy, with 甲 and 乙), group 二 (丙, with its own deputy account), group 三 (empty). */
async function world() {
  const w = await setup("小组镇");
  const tid = w.township.id;
  const g1 = await db.representativeGroup.create({
    data: { townshipId: tid, name: "第一代表小组", kind: "GROUP", leaderId: w.deputy.id },
  });
  const g2 = await db.representativeGroup.create({ data: { townshipId: tid, name: "第二代表小组", kind: "GROUP" } });
  await db.representativeGroup.create({ data: { townshipId: tid, name: "第三代表小组", kind: "GROUP" } });
  const jia = await createDeputy(tid, w.term.id, "甲代表");
  const yi = await createDeputy(tid, w.term.id, "乙代表");
  const bing = await createDeputy(tid, w.term.id, "丙代表");
  await db.deputy.updateMany({ where: { id: { in: [w.deputy.id, jia.id, yi.id] } }, data: { groupId: g1.id } });
  await db.deputy.update({ where: { id: bing.id }, data: { groupId: g2.id } });
  const bingCookie = (await signIn(await createUser(tid, "DEPUTY", { deputyId: bing.id }))).cookie;
  return { ...w, tid, g1, g2, jia, yi, bing, bingCookie };
}
type W = Awaited<ReturnType<typeof world>>;

const activity = (w: W, over: Record<string, unknown> = {}) => ({
  groupId: w.g1.id,
  heldOn: "2026-10-15",
  place: "青山村活动室",
  topic: "收集群众对村道硬化的意见",
  content: "走访三个村民小组，召开座谈会",
  record: "到会代表 3 名，收集意见 5 条",
  attendeeIds: [w.deputy.id, w.jia.id],
  ...over,
});

describe("group activities: role matrix", () => {
  // The office records and plans; the chair and presidium read everything and the figures; a deputy reads
  // their group's (and records them when leading it); a unit sees nothing. Columns: OFFICE … UNIT.
  const EXPECTED: Record<string, [number, number, number, number, number]> = {
    "GET /group-activities": [200, 200, 200, 200, 403],
    "POST /group-activities (group 一)": [201, 403, 403, 201, 403],
    "GET /group-activities/{group 二's}": [200, 200, 200, 404, 403],
    "PATCH /group-activities/{group 二's}": [200, 403, 403, 404, 403],
    "POST …/suggestions": [201, 403, 403, 403, 403],
    "PUT /group-activities/plans": [200, 403, 403, 403, 403],
    "GET /group-activities/plans": [200, 200, 200, 200, 403],
    "GET /group-activities/figures": [200, 200, 200, 403, 403],
  };

  it("answers each role as the table says", async () => {
    const w = await world();
    const got: Record<string, number[]> = Object.fromEntries(Object.keys(EXPECTED).map((k) => [k, []]));
    for (const role of ROLES) {
      const c = w.cookie[role];
      const other = await json<{ id: string; version: number }>(
        await api.create(w.cookie.OFFICE, activity(w, { groupId: w.g2.id, attendeeIds: [w.bing.id] })),
        201,
      );
      got["GET /group-activities"].push((await api.list(c)).status);
      got["POST /group-activities (group 一)"].push((await api.create(c, activity(w))).status);
      got["GET /group-activities/{group 二's}"].push((await api.get(c, other.id)).status);
      got["PATCH /group-activities/{group 二's}"].push(
        (await api.patch(c, other.id, { summary: "意见已汇总", version: other.version })).status,
      );
      got["POST …/suggestions"].push(
        (await api.suggest(c, other.id, newSuggestion(w.categoryId, { deputyId: w.bing.id }))).status,
      );
      got["PUT /group-activities/plans"].push(
        (await api.savePlan(c, { groupId: w.g1.id, year: 2026, quarter: 4, text: "围绕村道硬化开展调研" })).status,
      );
      got["GET /group-activities/plans"].push((await api.plans(c, "?year=2026")).status);
      got["GET /group-activities/figures"].push((await api.figures(c, "?year=2026")).status);
    }
    expect(got).toEqual(EXPECTED);
  });
});

describe("group activities: the record", () => {
  it("refuses an attendee outside the group and a leader recording another group", async () => {
    const w = await world();
    const outside = await json<{ error: { fields: Record<string, string> } }>(
      await api.create(w.cookie.OFFICE, activity(w, { attendeeIds: [w.deputy.id, w.bing.id] })),
      400,
    );
    expect(outside.error.fields.attendeeIds).toBe(
      "出席代表：丙代表不是本小组成员（小组以外的参加人员请写在活动记录中）",
    );
    expect((await api.create(w.cookie.DEPUTY, activity(w, { groupId: w.g2.id, attendeeIds: [] }))).status).toBe(403);
    expect((await api.create(w.cookie.OFFICE, activity(w, { heldOn: "2099-01-01" }))).status).toBe(400);
  });

  it("creates a suggestion from the record in one step, linked, and shows the 五个有", async () => {
    const w = await world();
    await json(
      await api.savePlan(w.cookie.OFFICE, { groupId: w.g1.id, year: 2026, quarter: 4, text: "围绕村道硬化开展调研" }),
    );
    const a = await json<{ id: string; version: number; onBehalfOf: string }>(
      await api.create(w.cookie.OFFICE, activity(w)),
      201,
    );
    expect(a.onBehalfOf).toBe("第一代表小组");
    const s = await json<{ id: string }>(
      await api.suggest(w.cookie.OFFICE, a.id, newSuggestion(w.categoryId, { deputyId: w.jia.id })),
      201,
    );
    const detail = await json<{ suggestions: { id: string }[]; fiveHave: Record<string, boolean> }>(
      await api.get(w.cookie.DEPUTY, a.id),
    );
    expect(detail.suggestions.map((x) => x.id)).toEqual([s.id]);
    expect(detail.fiveHave).toEqual({ plan: true, content: true, record: true, summary: false, followUp: false });
    const proposer = await db.suggestionProposer.findFirstOrThrow({ where: { suggestionId: s.id } });
    expect(proposer).toMatchObject({ deputyId: w.jia.id, lead: true });
    const done = await json<{ version: number }>(
      await api.patch(w.cookie.DEPUTY, a.id, {
        summary: "汇总意见 5 条",
        followUp: "已转交镇村建办",
        version: a.version,
      }),
    );
    expect(done.version).toBe(a.version + 1);
    const photo = await api.photo(w.cookie.DEPUTY, a.id, new File(["不是图片"], "现场.jpg"));
    expect((await json<{ error: { fields: Record<string, string> } }>(photo, 400)).error.fields.photos).toMatch(
      /^照片：/,
    );
    const kept = await json<{ photos: { id: string }[] }>(
      await api.photo(w.cookie.DEPUTY, a.id, new File([new Uint8Array(PNG)], "现场.png")),
      201,
    );
    // Removed by whoever records the group's activities (the leader, the office), audited; not by others.
    const photoId = kept.photos[0].id;
    expect((await api.deletePhoto(w.bingCookie, a.id, photoId)).status).toBe(404);
    expect((await api.deletePhoto(w.cookie.CHAIR, a.id, photoId)).status).toBe(403);
    expect((await api.deletePhoto(w.cookie.DEPUTY, a.id, photoId)).status).toBe(204);
    expect((await api.deletePhoto(w.cookie.OFFICE, a.id, photoId)).status).toBe(404);
    expect(await db.groupActivityPhoto.count({ where: { activityId: a.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { recordId: a.id, action: "group_activity.photo_deleted" },
    });
    expect(audit.before).toMatchObject({ photo: { id: photoId, filename: "现场.png" } });
  });
});

describe("group activities: figures", () => {
  /**
   * By hand, 2026, as of 2026-12-06: group 一 held Q1 ×1, Q3 ×1, Q4 ×2 → Q2 missed (warning), 4 in all (one of
   * 2025 not counted);
   * group 二: Q4 ×1 → Q1, Q2, Q3 missed; group 三: none → Q1–Q3 missed. Attendances: 2 + 1 + 3 + 2 + 1 = 9.
   * One suggestion. Deputy 甲 attended 3 of group 一's; 丙 1 of group 二's.
   */
  it("match the hand count", async () => {
    const w = await world();
    const mk = async (over: Record<string, unknown>) =>
      json<{ id: string }>(await api.create(w.cookie.OFFICE, activity(w, over)), 201);
    await mk({ heldOn: "2026-02-10", attendeeIds: [w.deputy.id, w.jia.id] });
    await mk({ heldOn: "2026-08-10", attendeeIds: [w.yi.id] });
    const q4 = await mk({ heldOn: "2026-10-10", attendeeIds: [w.deputy.id, w.jia.id, w.yi.id] });
    await mk({ heldOn: "2026-11-10", attendeeIds: [w.deputy.id, w.jia.id] });
    await mk({ groupId: w.g2.id, heldOn: "2026-10-20", attendeeIds: [w.bing.id] });
    await mk({ heldOn: "2025-12-10", attendeeIds: [w.jia.id] });
    await json(await api.suggest(w.cookie.OFFICE, q4.id, newSuggestion(w.categoryId, { deputyId: w.yi.id })), 201);
    await json(await api.savePlan(w.cookie.OFFICE, { groupId: w.g1.id, year: 2026, quarter: 4, text: "计划" }));

    const f = await groupActivityYearFigures(db, w.tid, 2026, parseDay("2026-12-06"));
    expect(f.groups.map((g) => [g.name, g.byQuarter, g.warnings.map((x) => x.text)])).toEqual([
      ["第一代表小组", [1, 0, 1, 2], ["第二季度未开展活动"]],
      [
        "第二代表小组",
        [0, 0, 0, 1],
        ["第一季度未开展活动", "第二季度未开展活动", "第三季度未开展活动", "全年至今开展 1 次，少于 4 次"],
      ],
      [
        "第三代表小组",
        [0, 0, 0, 0],
        ["第一季度未开展活动", "第二季度未开展活动", "第三季度未开展活动", "全年至今开展 0 次，少于 4 次"],
      ],
    ]);
    expect(f).toMatchObject({ total: 5, attendances: 9, suggestions: 1, warned: 3 });
    expect(f.groups[0].plannedQuarters).toEqual([4]);

    const jia = await deputyGroupActivities(db, w.tid, w.jia.id, 2026);
    expect(jia.group).toEqual({ id: w.g1.id, name: "第一代表小组", held: 4 });
    expect(jia.attended.map((a) => a.heldOn)).toEqual(["2026-02-10", "2026-10-10", "2026-11-10"]);
    const bing = await deputyGroupActivities(db, w.tid, w.bing.id, 2026);
    expect(bing.attended).toHaveLength(1);
    // The deputy of group 二 does not see group 一's activities.
    const seen = await json<{ total: number }>(await api.list(w.bingCookie, "?year=2026"));
    expect(seen.total).toBe(1);
  });
});
