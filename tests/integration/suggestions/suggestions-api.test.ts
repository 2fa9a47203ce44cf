import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { todayInChina } from "@/lib/time/day";
import { createDeputy } from "@/tests/factories";
import {
  assign,
  api,
  deputyWithLogin,
  errorOf,
  newSuggestion,
  ROLES,
  setup,
  step,
  submit,
  suggestionAt,
  unitWithLogin,
  versionOf,
} from "./helpers";

const keysOf = (o: object) => Object.keys(o).sort();
/** What another deputy sees of a published suggestion: no proposers, timeline, units or version. */
const PUBLIC_KEYS = [
  "category",
  "content",
  "deadline",
  "id",
  "kind",
  "number",
  "published",
  "relation",
  "replies",
  "state",
  "title",
  "view",
  "year",
];

describe("suggestions API: role matrix", () => {
  // Independent expectation table, written from the specification (not read from PERMISSIONS or policy.ts).
  // The record is the role deputy's own and, once assigned, the role unit's (lead).
  // "own step": OFFICE registers, CHAIR decides a motion, PRESIDIUM tries to register, DEPUTY withdraws
  // their own, UNIT writes progress. "register": a submitted suggestion the unit was never given (404).
  // Columns: OFFICE, CHAIR, PRESIDIUM, DEPUTY, UNIT.
  const EXPECTED: Record<string, [number, number, number, number, number]> = {
    "GET /suggestions": [200, 200, 200, 200, 200],
    "POST /suggestions": [201, 403, 403, 201, 403],
    "GET /suggestions/{id}": [200, 200, 200, 200, 200],
    "PATCH /suggestions/{id}": [200, 403, 403, 200, 403],
    "POST /suggestions/{id}/transitions (own step)": [200, 200, 403, 200, 200],
    "POST /suggestions/{id}/transitions (register)": [200, 403, 403, 403, 404],
    // The office keys a deputy's paper rating form in (代录).
    "POST /suggestions/{id}/rating": [200, 403, 403, 200, 403],
    "POST /suggestions/sign-off": [403, 200, 403, 403, 403],
  };

  it("answers each role as the table says, and audits every refusal", async () => {
    const w = await setup();
    // Four more sitting deputies, so a motion has its five.
    const more: { id: string }[] = [];
    for (let i = 0; i < 4; i++) more.push(await createDeputy(w.township.id, w.term.id));
    const motion = () =>
      submit(
        w.cookie.DEPUTY,
        newSuggestion(w.categoryId, {
          kind: "MOTION",
          title: "关于制定村庄规划的议案",
          cosignerIds: more.map((d) => d.id),
        }),
      );
    const assigned = await suggestionAt(w, "ASSIGNED");
    const ownStep: Record<(typeof ROLES)[number], () => Promise<[string, Record<string, unknown>]>> = {
      OFFICE: async () => [await suggestionAt(w, "SUBMITTED"), { action: "register" }],
      CHAIR: async () => [await motion(), { action: "decide_motion", decision: "PLACE_ON_AGENDA" }],
      PRESIDIUM: async () => [await suggestionAt(w, "SUBMITTED"), { action: "register" }],
      DEPUTY: async () => [await suggestionAt(w, "SUBMITTED"), { action: "withdraw", note: "与他人重复" }],
      UNIT: async () => [assigned, { action: "progress", note: "已现场查看，正在编制预算。" }],
    };
    const toSignOff: string[] = [];
    const calls: Record<string, (role: (typeof ROLES)[number], cookie: string) => Promise<Response>> = {
      "GET /suggestions": (_r, c) => api.list(c),
      "POST /suggestions": (_r, c) =>
        api.create(c, newSuggestion(w.categoryId, { deputyId: w.deputy.id, title: "角色矩阵新建议" })),
      "GET /suggestions/{id}": (_r, c) => api.get(c, assigned),
      "PATCH /suggestions/{id}": async (_r, c) => {
        const id = await suggestionAt(w, "SUBMITTED");
        return api.patch(c, id, { title: "修改后的标题", version: 1 });
      },
      "POST /suggestions/{id}/transitions (own step)": async (r, c) => {
        const [id, body] = await ownStep[r]();
        return api.transition(c, id, { ...body, version: await versionOf(id) });
      },
      "POST /suggestions/{id}/transitions (register)": async (_r, c) => {
        const id = await suggestionAt(w, "SUBMITTED");
        return api.transition(c, id, { action: "register", version: 1 });
      },
      "POST /suggestions/{id}/rating": async (_r, c) => {
        const id = await suggestionAt(w, "REPLIED");
        return api.rate(c, id, { rating: "SATISFIED", version: await versionOf(id) });
      },
      "POST /suggestions/sign-off": async (_r, c) => {
        const id = await suggestionAt(w, "ASSIGNED", { unsigned: true });
        toSignOff.push(id);
        return api.signOff(c, [id]);
      },
    };
    expect(Object.keys(calls).sort()).toEqual(Object.keys(EXPECTED).sort());
    // Refusals are audited once per caller and route a minute (lib/audit/throttle.ts): the two transition
    // rows share one route, so a caller refused on both leaves one row.
    const refused = new Set<string>();
    for (const [route, expected] of Object.entries(EXPECTED)) {
      for (const [i, role] of ROLES.entries()) {
        const res = await calls[route](role, w.cookie[role]);
        expect(res.status, `${role} ${route}: ${JSON.stringify(await res.clone().json())}`).toBe(expected[i]);
        if (expected[i] === 403) {
          refused.add(`${role} ${route.replace(/ \(.*\)$/, "")}`);
          expect((await errorOf(res)).code, `${role} ${route}`).toBe("FORBIDDEN");
        }
      }
    }
    expect(await db.auditLog.count({ where: { action: "auth.denied" } })).toBe(refused.size);
    // Only the office's and the deputy's creations exist; only one title was changed twice.
    expect(await db.suggestion.count({ where: { title: "角色矩阵新建议" } })).toBe(2);
    expect(await db.suggestion.count({ where: { title: "修改后的标题" } })).toBe(2);
    expect(
      await db.suggestion.count({ where: { kind: "MOTION", state: "CLOSED", motionDecision: "PLACE_ON_AGENDA" } }),
    ).toBe(1);
    // Of those offered for 签发 (one per role), only the chair's was signed.
    expect(await db.suggestion.count({ where: { id: { in: toSignOff }, signedOffAt: { not: null } } })).toBe(1);
    // The deputy's own rating, and the one the office keyed in from the paper form (代录).
    expect(await db.suggestion.count({ where: { state: "RATED" } })).toBe(2);
  });

  it("answers 401 without a session", async () => {
    const w = await setup();
    expect((await api.list("")).status).toBe(401);
    expect((await api.create("", newSuggestion(w.categoryId))).status).toBe(401);
  });
});

describe("suggestions API: a deputy reads only what they proposed or co-signed", () => {
  it("another deputy gets 404 until it is published, then a public copy without personal data", async () => {
    const w = await setup();
    const cosigner = await deputyWithLogin(w.township.id, w.term.id, "附议代表");
    const stranger = await deputyWithLogin(w.township.id, w.term.id, "其他代表");
    const id = await suggestionAt(w, "REGISTERED", { body: { cosignerIds: [cosigner.deputy.id] } });

    for (const cookie of [w.cookie.DEPUTY, cosigner.cookie]) {
      const res = await api.get(cookie, id);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.view).toBe("FULL");
      expect(body.proposers.map((p: { name: string; lead: boolean }) => [p.name, p.lead])).toEqual([
        [w.deputy.name, true],
        ["附议代表", false],
      ]);
    }
    expect((await api.get(stranger.cookie, id)).status).toBe(404);
    expect(await (await api.list(stranger.cookie)).json()).toMatchObject({ total: 0, items: [] });
    expect((await (await api.list(cosigner.cookie)).json()).items.map((s: { id: string }) => s.id)).toEqual([id]);
    // Not the lead proposer: a co-signer may not edit, nor withdraw.
    expect((await api.patch(cosigner.cookie, id, { title: "附议人改标题", version: await versionOf(id) })).status).toBe(
      403,
    );
    expect(
      (await api.transition(cosigner.cookie, id, { action: "withdraw", version: await versionOf(id) })).status,
    ).toBe(403);

    await assign(w, id, { leadUnitId: w.unit.id });
    // Publishing comes after the reply.
    const early = await api.transition(w.cookie.OFFICE, id, { action: "publish", version: await versionOf(id) });
    expect(early.status).toBe(409);
    expect((await errorOf(early)).message).toBe("答复后才能公开");
    await step(w.cookie.UNIT, id, { action: "reply", replyClass: "B", note: "已列入明年计划。" });
    expect((await api.get(stranger.cookie, id)).status).toBe(404);

    await step(w.cookie.OFFICE, id, { action: "publish" });
    const res = await api.get(stranger.cookie, id);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(keysOf(body)).toEqual(PUBLIC_KEYS);
    expect(body).toMatchObject({
      id,
      view: "PUBLIC",
      published: true,
      state: "REPLIED",
      number: `${todayInChina().getUTCFullYear()}-001`,
    });
    expect(body.replies).toMatchObject([{ replyClass: "B", note: "已列入明年计划。" }]);
    for (const key of ["proposers", "events", "assignments", "version"]) expect(body, key).not.toHaveProperty(key);
    expect(JSON.stringify(body)).not.toContain(w.deputy.name);

    // Listed for the stranger, without the proposer's name; not among "mine".
    const listed = await (await api.list(stranger.cookie)).json();
    expect(listed.items).toMatchObject([{ id, leadProposer: null }]);
    expect((await (await api.list(stranger.cookie, "?mine=true")).json()).total).toBe(0);
    // A public copy gives no right to edit or rate.
    expect((await api.rate(stranger.cookie, id, { rating: "SATISFIED", version: await versionOf(id) })).status).toBe(
      403,
    );
    expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "REPLIED" });
  });

  it("the co-signer of a published suggestion still sees the lead proposer in the list", async () => {
    const w = await setup();
    const cosigner = await deputyWithLogin(w.township.id, w.term.id, "附议代表");
    const id = await suggestionAt(w, "REPLIED", { body: { cosignerIds: [cosigner.deputy.id] } });
    await step(w.cookie.OFFICE, id, { action: "publish" });
    expect((await (await api.list(cosigner.cookie)).json()).items).toMatchObject([{ id, leadProposer: w.deputy.name }]);
    expect((await (await api.list(cosigner.cookie, "?mine=true")).json()).items).toMatchObject([
      { id, leadProposer: w.deputy.name },
    ]);
  });
});

describe("suggestions API: a unit reads only what is assigned to it", () => {
  it("lead and co-units see it, others get 404; after the lead unit returns it, neither sees it", async () => {
    const w = await setup();
    const co = await unitWithLogin(w.township.id, "财政所");
    const other = await unitWithLogin(w.township.id, "派出所");
    const id = await suggestionAt(w, "ASSIGNED", { coUnitIds: [co.unit.id] });
    const untouched = await suggestionAt(w, "SUBMITTED");

    for (const cookie of [w.cookie.UNIT, co.cookie]) {
      const res = await api.get(cookie, id);
      expect(res.status).toBe(200);
      expect((await res.json()).view).toBe("FULL");
      expect((await (await api.list(cookie)).json()).items.map((s: { id: string }) => s.id)).toEqual([id]);
    }
    expect((await api.get(other.cookie, id)).status).toBe(404);
    expect((await api.get(w.cookie.UNIT, untouched)).status).toBe(404);
    expect((await (await api.list(other.cookie)).json()).total).toBe(0);

    // Only the lead unit replies or returns; the co-unit contributes progress.
    expect(
      (
        await api.transition(co.cookie, id, {
          action: "reply",
          replyClass: "A",
          note: "协办答复",
          version: await versionOf(id),
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.transition(co.cookie, id, {
          action: "return",
          note: "不属于本单位职责",
          version: await versionOf(id),
        })
      ).status,
    ).toBe(403);
    expect(
      (await api.transition(other.cookie, id, { action: "progress", note: "无关单位", version: await versionOf(id) }))
        .status,
    ).toBe(404);

    await step(w.cookie.UNIT, id, { action: "return", note: "该事项属于交通部门职责" });
    for (const cookie of [w.cookie.UNIT, co.cookie]) {
      expect((await api.get(cookie, id)).status).toBe(404);
      expect((await (await api.list(cookie)).json()).total).toBe(0);
    }
    const office = await (await api.get(w.cookie.OFFICE, id)).json();
    expect(office).toMatchObject({ state: "REGISTERED", deadline: null, assignedOn: null });
    expect(
      office.assignments
        .map((a: { unit: { name: string }; active: boolean; returnReason: string | null }) => [
          a.unit.name,
          a.active,
          a.returnReason,
        ])
        .sort(),
    ).toEqual(
      [
        ["民政办", false, "该事项属于交通部门职责"],
        ["财政所", false, "该事项属于交通部门职责"],
      ].sort(),
    );

    // Reassigned to the right unit, which now sees it.
    await assign(w, id, { leadUnitId: other.unit.id });
    expect((await api.get(other.cookie, id)).status).toBe(200);
    expect((await api.get(w.cookie.UNIT, id)).status).toBe(404);
  });
});

describe("suggestions API: township scoping", () => {
  it("gives every role of township A a 404 for township B's suggestion, and never lists it", async () => {
    const a = await setup("甲镇");
    const b = await setup("乙镇");
    const id = await suggestionAt(b, "REPLIED");
    await step(b.cookie.OFFICE, id, { action: "publish" });
    const before = await db.suggestion.findUniqueOrThrow({ where: { id } });

    for (const role of ROLES) {
      expect((await api.get(a.cookie[role], id)).status, role).toBe(404);
      expect((await (await api.list(a.cookie[role])).json()).total, role).toBe(0);
    }
    expect((await api.patch(a.cookie.OFFICE, id, { title: "越权修改", version: before.version })).status).toBe(404);
    expect((await api.transition(a.cookie.OFFICE, id, { action: "close", version: before.version })).status).toBe(404);
    expect(
      (await api.transition(a.cookie.UNIT, id, { action: "progress", note: "越权", version: before.version })).status,
    ).toBe(404);
    expect((await api.rate(a.cookie.DEPUTY, id, { rating: "SATISFIED", version: before.version })).status).toBe(404);
    const signOff = await api.signOff(a.cookie.CHAIR, [id]);
    expect(signOff.status).toBe(409);

    // Township A's office cannot fold B's suggestion into its own, nor assign to B's unit.
    const own = await suggestionAt(a, "REGISTERED");
    const merge = await api.transition(a.cookie.OFFICE, own, {
      action: "merge",
      intoId: id,
      version: await versionOf(own),
    });
    expect(merge.status).toBe(400);
    expect((await errorOf(merge)).fields?.intoId).toMatch(/^合并到的建议：/);
    const assign = await api.transition(a.cookie.OFFICE, own, {
      action: "assign",
      leadUnitId: b.unit.id,
      version: await versionOf(own),
    });
    expect(assign.status).toBe(400);
    expect((await errorOf(assign)).fields?.leadUnitId).toBe("主办单位：须是在用的承办单位");

    expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(
      await db.suggestionEvent.count({
        where: { suggestionId: id, actorUserId: { in: Object.values(a.users).map((u) => u.id) } },
      }),
    ).toBe(0);
  });
});
