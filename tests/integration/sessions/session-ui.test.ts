import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as getSessionRoute } from "@/app/api/v1/sessions/[id]/route";
import { GET as getAttendanceRoute, PUT as putAttendanceRoute } from "@/app/api/v1/sessions/[id]/attendance/route";
import { PATCH as patchChecklistRoute } from "@/app/api/v1/sessions/[id]/checklist/[itemId]/route";
import { POST as voteRoute } from "@/app/api/v1/sessions/[id]/votes/route";
import { POST as createSessionRoute } from "@/app/api/v1/sessions/route";
import { createDeputy, params, request, townshipWithRoles } from "@/tests/factories";
import { sitting, type World } from "@/tests/integration/sessions/sitting";

const vote = (cookie: string, id: string, body: unknown) =>
  voteRoute(request(`/api/v1/sessions/${id}/votes`, { method: "POST", cookie, body }), params({ id }));
const tick = (cookie: string, id: string, itemId: string, done: boolean) =>
  patchChecklistRoute(
    request(`/api/v1/sessions/${id}/checklist/${itemId}`, { method: "PATCH", cookie, body: { done } }),
    params({ id, itemId }),
  );
const roll = async (t: World) =>
  (await (
    await getAttendanceRoute(request(`/api/v1/sessions/${t.id}/attendance`, { cookie: t.office }), params({ id: t.id }))
  ).json()) as { deputies: { id: string; name: string; group: string | null }[]; groups: string[] };

/** The sitting session with the last two of its nine deputies marked on leave: seven present. */
async function sevenPresent() {
  const t = await sitting();
  const { deputies } = await roll(t);
  const entries = deputies.slice(7).map((d) => ({ deputyId: d.id, status: "LEAVE" }));
  const res = await putAttendanceRoute(
    request(`/api/v1/sessions/${t.id}/attendance`, { method: "PUT", cookie: t.office, body: { entries } }),
    params({ id: t.id }),
  );
  expect(res.status).toBe(200);
  return { ...t, deputies };
}

describe("其余全部赞成 on a named vote", () => {
  it("records every present deputy without a ballot as 赞成, in one vote audited once", async () => {
    const t = await sevenPresent();
    const [against, abstain] = t.deputies;
    const res = await vote(t.office, t.id, {
      title: "关于财政预算的决议",
      mode: "SHOW_OF_HANDS",
      byName: true,
      othersFor: true,
      ballots: [
        { deputyId: against.id, choice: "AGAINST" },
        { deputyId: abstain.id, choice: "ABSTAIN" },
      ],
    });
    expect(res.status).toBe(201);
    const v = await res.json();
    expect(v).toMatchObject({ byName: true, votesFor: 5, votesAgainst: 1, votesAbstain: 1, presentAtVote: 7 });
    const ballots = await db.namedVoteBallot.findMany({ where: { voteId: v.id } });
    expect(ballots).toHaveLength(7);
    // Those on leave get no ballot; the two given keep their choice.
    const byDeputy = new Map(ballots.map((b) => [b.deputyId, b.choice]));
    expect(t.deputies.slice(7).some((d) => byDeputy.has(d.id))).toBe(false);
    expect([byDeputy.get(against.id), byDeputy.get(abstain.id)]).toEqual(["AGAINST", "ABSTAIN"]);
    const audits = await db.auditLog.findMany({ where: { recordId: v.id } });
    expect(audits.map((a) => a.action)).toEqual(["session.vote_recorded"]);
    expect(audits[0].after).toMatchObject({ othersFor: 5, votesFor: 5 });
  });

  it("with no ballot given, records all present as 赞成; without it an empty named vote is refused", async () => {
    const t = await sevenPresent();
    const empty = await vote(t.office, t.id, { title: "议程", mode: "SHOW_OF_HANDS", byName: true, ballots: [] });
    expect(empty.status).toBe(400);
    const res = await vote(t.office, t.id, { title: "议程", mode: "SHOW_OF_HANDS", byName: true, othersFor: true });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ votesFor: 7, votesAgainst: 0, votesAbstain: 0 });
  });

  it("is refused for a vote by totals (400 naming the field) and writes nothing", async () => {
    const t = await sevenPresent();
    const res = await vote(t.office, t.id, {
      title: "议程",
      mode: "SHOW_OF_HANDS",
      byName: false,
      othersFor: true,
      votesFor: 7,
      votesAgainst: 0,
      votesAbstain: 0,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.othersFor).toMatch(/其余全部赞成：只用于逐人登记/);
    expect(await db.sessionVote.count({ where: { sessionId: t.id } })).toBe(0);
  });

  it("is the office's only: other roles 403, another township's office 404", async () => {
    const t = await sevenPresent();
    const body = { title: "议程", mode: "SHOW_OF_HANDS", byName: true, othersFor: true };
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await vote(t.sessions[role].cookie, t.id, body)).status).toBe(403);
    const other = await townshipWithRoles("别的镇");
    expect((await vote(other.sessions.OFFICE.cookie, t.id, body)).status).toBe(404);
    expect(await db.sessionVote.count({ where: { sessionId: t.id } })).toBe(0);
  });
});

describe("the checklist records who ticked an item and when", () => {
  const checklistOf = async (cookie: string, id: string) =>
    (
      (await (await getSessionRoute(request(`/api/v1/sessions/${id}`, { cookie }), params({ id }))).json()) as {
        checklist: { id: string; done: boolean; doneBy: string | null; doneAt: string | null }[];
      }
    ).checklist;

  it("shows the ticker's name and the China time; ticking again keeps them; unticking clears them, audited", async () => {
    const t = await sitting();
    const [item] = await checklistOf(t.office, t.id);
    const before = Date.now();
    const res = await tick(t.office, t.id, item.id, true);
    expect(res.status).toBe(200);
    const ticked = await res.json();
    expect(ticked).toMatchObject({ id: item.id, done: true, doneBy: "测试OFFICE" });
    expect(ticked.doneAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // The minute shown is China's (UTC+8).
    const china = new Date(before + 8 * 3600_000).toISOString().slice(0, 10);
    expect(ticked.doneAt.slice(0, 10)).toBe(china);
    const row = await db.sessionChecklistItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row.doneById).toBe(t.users.OFFICE.id);
    expect((await checklistOf(t.sessions.CHAIR.cookie, t.id)).find((c) => c.id === item.id)).toMatchObject(ticked);

    expect(await (await tick(t.office, t.id, item.id, true)).json()).toEqual(ticked);
    const unticked = await (await tick(t.office, t.id, item.id, false)).json();
    expect(unticked).toMatchObject({ done: false, doneBy: null, doneAt: null });
    expect(await db.sessionChecklistItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      doneAt: null,
      doneById: null,
    });
    const audits = await db.auditLog.findMany({ where: { recordId: item.id }, orderBy: { createdAt: "asc" } });
    expect(audits).toHaveLength(3);
    expect(audits.at(-1)!.before).toMatchObject({ doneById: t.users.OFFICE.id });
    expect(audits.at(-1)!.after).toMatchObject({ doneById: null, doneAt: null });
  });

  it("is the office's only: other roles 403, another township's office 404, nothing written", async () => {
    const t = await sitting();
    const [item] = await checklistOf(t.office, t.id);
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await tick(t.sessions[role].cookie, t.id, item.id, true)).status).toBe(403);
    const other = await townshipWithRoles("别的镇");
    expect((await tick(other.sessions.OFFICE.cookie, t.id, item.id, true)).status).toBe(404);
    expect(await db.sessionChecklistItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      doneAt: null,
      doneById: null,
    });
  });
});

describe("the sign-in list's groups", () => {
  it("lists the roll's groups for the filter, in natural order, and notes deputies in none", async () => {
    const t = await townshipWithRoles();
    const office = t.sessions.OFFICE.cookie;
    const groups = await Promise.all(
      ["第十代表小组", "第二代表小组", "第三代表小组"].map((name) =>
        db.representativeGroup.create({ data: { townshipId: t.township.id, name, kind: "GROUP" } }),
      ),
    );
    for (const g of groups)
      await db.deputy.update({
        where: { id: (await createDeputy(t.township.id, t.term.id)).id },
        data: { groupId: g.id },
      });
    const created = await createSessionRoute(
      request("/api/v1/sessions", {
        method: "POST",
        cookie: office,
        body: { startDate: "2026-11-20", endDate: "2026-11-21", venue: "镇政府会议室" },
      }),
    );
    const { id } = (await created.json()) as { id: string };
    const res = await getAttendanceRoute(
      request(`/api/v1/sessions/${id}/attendance`, { cookie: office }),
      params({ id }),
    );
    expect(await res.json()).toMatchObject({
      groups: ["第二代表小组", "第三代表小组", "第十代表小组"],
      ungrouped: true,
    });
  });
});
