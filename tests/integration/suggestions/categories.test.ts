import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/suggestion-categories/route";
import { DELETE as deleteRoute, PATCH as patchRoute } from "@/app/api/v1/suggestion-categories/[id]/route";
import { params, request } from "@/tests/factories";
import { api, errorOf, newSuggestion, ROLES, setup, submit } from "./helpers";

const cats = {
  list: (cookie: string) => listRoute(request("/api/v1/suggestion-categories", { cookie })),
  create: (cookie: string, body: unknown) =>
    createRoute(request("/api/v1/suggestion-categories", { method: "POST", cookie, body })),
  patch: (cookie: string, id: string, body: unknown) =>
    patchRoute(request(`/api/v1/suggestion-categories/${id}`, { method: "PATCH", cookie, body }), params({ id })),
  remove: (cookie: string, id: string) =>
    deleteRoute(request(`/api/v1/suggestion-categories/${id}`, { method: "DELETE", cookie }), params({ id })),
};

interface Item {
  id: string;
  name: string;
  position: number;
  active: boolean;
  version?: number;
  inUse?: number;
}
const items = async (cookie: string) => ((await (await cats.list(cookie)).json()) as { items: Item[] }).items;
const names = async (cookie: string) => (await items(cookie)).map((c) => c.name);
const versionOf = async (id: string) => (await db.suggestionCategory.findUniqueOrThrow({ where: { id } })).version;
const DEFAULTS = ["经济建设", "农业农村", "城乡建设", "教育", "医疗卫生", "社会保障", "社会治理", "生态环境", "其他"];

describe("suggestion categories: who may do what", () => {
  // Columns: OFFICE, CHAIR, PRESIDIUM, DEPUTY, UNIT.
  const EXPECTED: Record<string, [number, number, number, number, number]> = {
    "GET /suggestion-categories": [200, 200, 200, 200, 403],
    "POST /suggestion-categories": [201, 403, 403, 403, 403],
    "PATCH /suggestion-categories/{id}": [200, 403, 403, 403, 403],
    "DELETE /suggestion-categories/{id}": [204, 403, 403, 403, 403],
  };

  it("answers each role as the table says; every refusal is audited and changes nothing", async () => {
    const w = await setup();
    const calls: Record<string, (role: Role, cookie: string) => Promise<Response>> = {
      "GET /suggestion-categories": (_r, c) => cats.list(c),
      "POST /suggestion-categories": (r, c) => cats.create(c, { name: `新类别${r}` }),
      "PATCH /suggestion-categories/{id}": async (r, c) =>
        cats.patch(c, w.categoryIds[1], { name: `改名${r}`, version: await versionOf(w.categoryIds[1]) }),
      "DELETE /suggestion-categories/{id}": async (r, c) => {
        const spare = await db.suggestionCategory.create({
          data: { townshipId: w.township.id, name: `待删${r}`, position: 99 },
        });
        return cats.remove(c, spare.id);
      },
    };
    let refusals = 0;
    for (const [route, expected] of Object.entries(EXPECTED)) {
      for (const [i, role] of ROLES.entries()) {
        const res = await calls[route](role, w.cookie[role]);
        expect(res.status, `${role} ${route}`).toBe(expected[i]);
        if (expected[i] === 403) refusals++;
      }
    }
    expect(await db.auditLog.count({ where: { action: "auth.denied" } })).toBe(refusals);
    expect(await db.suggestionCategory.count({ where: { name: { startsWith: "新类别" } } })).toBe(1);
    expect(await db.suggestionCategory.findUniqueOrThrow({ where: { id: w.categoryIds[1] } })).toMatchObject({
      name: "改名OFFICE",
    });
    expect(
      (await db.suggestionCategory.findMany({ where: { name: { startsWith: "待删" } } })).map((c) => c.name).sort(),
    ).toEqual(["待删CHAIR", "待删DEPUTY", "待删PRESIDIUM", "待删UNIT"]);
  });

  it("another township's office gets 404 and sees none of them", async () => {
    const a = await setup("甲镇");
    const b = await setup("乙镇");
    const id = b.categoryIds[0];
    expect((await cats.patch(a.cookie.OFFICE, id, { name: "越权", version: 1 })).status).toBe(404);
    expect((await cats.remove(a.cookie.OFFICE, id)).status).toBe(404);
    expect((await items(a.cookie.OFFICE)).map((c) => c.id)).not.toContain(id);
    // Nor file a suggestion under it.
    const res = await api.create(a.cookie.DEPUTY, newSuggestion(id));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).fields).toEqual({ categoryId: "类别：不存在" });
  });
});

describe("suggestion categories: the office keeps the list", () => {
  it("starts with the documents' list; adds at the end, renames, moves up and down — audited", async () => {
    const w = await setup();
    expect(await names(w.cookie.OFFICE)).toEqual(DEFAULTS);
    const res = await cats.create(w.cookie.OFFICE, { name: "  乡村振兴 " });
    expect(res.status).toBe(201);
    const added = (await res.json()) as Item;
    expect(added).toMatchObject({ name: "乡村振兴", position: 10, active: true });

    const renamed = await cats.patch(w.cookie.OFFICE, added.id, { name: "乡村振兴与产业", version: 1 });
    expect(renamed.status).toBe(200);
    expect(await cats.patch(w.cookie.OFFICE, added.id, { move: "up", version: 2 }).then((r) => r.status)).toBe(200);
    expect((await names(w.cookie.OFFICE)).slice(-3)).toEqual(["生态环境", "乡村振兴与产业", "其他"]);
    expect((await items(w.cookie.OFFICE)).map((c) => c.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const first = w.categoryIds[0];
    expect((await cats.patch(w.cookie.OFFICE, first, { move: "down", version: await versionOf(first) })).status).toBe(
      200,
    );
    expect((await names(w.cookie.OFFICE)).slice(0, 2)).toEqual(["农业农村", "经济建设"]);

    const audits = await db.auditLog.findMany({
      where: { recordType: "SuggestionCategory" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "suggestion_category.created",
      "suggestion_category.renamed",
      "suggestion_category.moved",
      "suggestion_category.moved",
    ]);
    expect(audits[1]).toMatchObject({ before: { name: "乡村振兴" }, after: { name: "乡村振兴与产业" } });
  });

  it("a deactivated category leaves the form but stays on old suggestions and in the office's filters; it can come back", async () => {
    const w = await setup();
    const [used, unused] = w.categoryIds;
    const id = await submit(w.cookie.DEPUTY, newSuggestion(used));
    // In use: cannot be deleted, only deactivated.
    const del = await cats.remove(w.cookie.OFFICE, used);
    expect(del.status).toBe(409);
    expect((await errorOf(del)).message).toBe("“经济建设”已用于 1 件建议，不能删除，只能停用");
    expect((await cats.patch(w.cookie.OFFICE, used, { active: false, version: 1 })).status).toBe(200);

    expect(await names(w.cookie.DEPUTY)).not.toContain("经济建设");
    expect((await items(w.cookie.OFFICE)).find((c) => c.id === used)).toMatchObject({ active: false, inUse: 1 });
    const refused = await api.create(w.cookie.DEPUTY, newSuggestion(used, { title: "新建议" }));
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).fields).toEqual({ categoryId: "类别：“经济建设”已停用，请选择其他类别" });
    // The old suggestion keeps it, may still be edited without changing it, and is found by it.
    expect(await (await api.get(w.cookie.DEPUTY, id)).json()).toMatchObject({ category: "经济建设" });
    expect((await api.patch(w.cookie.DEPUTY, id, { title: "改过的标题", categoryId: used, version: 1 })).status).toBe(
      200,
    );
    expect((await (await api.list(w.cookie.OFFICE, `?categoryId=${used}`)).json()).total).toBe(1);

    expect((await cats.patch(w.cookie.OFFICE, used, { active: true, version: 2 })).status).toBe(200);
    expect(await names(w.cookie.DEPUTY)).toContain("经济建设");
    expect((await cats.remove(w.cookie.OFFICE, unused)).status).toBe(204);
    expect(await db.suggestionCategory.count({ where: { id: unused } })).toBe(0);
    const actions = (
      await db.auditLog.findMany({ where: { recordType: "SuggestionCategory" }, orderBy: { createdAt: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual([
      "suggestion_category.deactivated",
      "suggestion_category.reactivated",
      "suggestion_category.deleted",
    ]);
  });

  it("keeps the office's list even when every default is gone", async () => {
    const w = await setup();
    for (const id of w.categoryIds) await cats.patch(w.cookie.OFFICE, id, { active: false, version: 1 });
    expect(await names(w.cookie.DEPUTY)).toEqual([]);
    expect(await db.suggestionCategory.count()).toBe(DEFAULTS.length);
  });
});

describe("suggestion categories: bad input (nothing written)", () => {
  it("an empty name, one over 30 characters, a duplicate, a stale version, nothing to change, a move past the end", async () => {
    const w = await setup();
    const before = {
      rows: await db.suggestionCategory.findMany({ orderBy: { id: "asc" } }),
      audits: await db.auditLog.count(),
    };
    const cases: [Promise<Response>, number, Record<string, string> | null, string?][] = [
      [cats.create(w.cookie.OFFICE, { name: " " }), 400, { name: "名称：请填写名称" }],
      [cats.create(w.cookie.OFFICE, { name: "类".repeat(31) }), 400, { name: "名称：最多 30 个字符" }],
      [cats.create(w.cookie.OFFICE, {}), 400, { name: "名称：请填写名称" }],
      [cats.create(w.cookie.OFFICE, { name: "教育" }), 409, { name: "名称：已有同名类别“教育”" }],
      [
        cats.patch(w.cookie.OFFICE, w.categoryIds[0], { name: "教育", version: 1 }),
        409,
        { name: "名称：已有同名类别“教育”" },
      ],
      [
        cats.patch(w.cookie.OFFICE, w.categoryIds[0], { name: "新名称", version: 7 }),
        409,
        null,
        "类别已被他人修改，请刷新后重试",
      ],
      [cats.patch(w.cookie.OFFICE, w.categoryIds[0], { version: 1 }), 400, { name: "名称：没有要修改的内容" }],
      [cats.patch(w.cookie.OFFICE, w.categoryIds[0], { move: "up", version: 1 }), 409, null, "已在最前面"],
      [cats.patch(w.cookie.OFFICE, w.categoryIds.at(-1)!, { move: "down", version: 1 }), 409, null, "已在最后面"],
      [
        cats.patch(w.cookie.OFFICE, w.categoryIds[0], { move: "left", version: 1 }),
        400,
        { move: "排序：只能上移或下移" },
      ],
      [cats.patch(w.cookie.OFFICE, "00000000-0000-4000-8000-000000000000", { name: "无", version: 1 }), 404, null],
    ];
    for (const [call, status, fields, message] of cases) {
      const res = await call;
      const error = await errorOf(res);
      expect(res.status, JSON.stringify(error)).toBe(status);
      if (fields) expect(error.fields).toEqual(fields);
      if (message) expect(error.message).toBe(message);
    }
    expect({
      rows: await db.suggestionCategory.findMany({ orderBy: { id: "asc" } }),
      audits: await db.auditLog.count(),
    }).toEqual(before);
  });
});
