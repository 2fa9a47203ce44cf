// 选区 as records of the term: the office's CRUD (audited, unique per term, no delete while deputies use it),
// roles and townships, deputies and the import resolving names to records, the migration of older free text.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/constituencies/route";
import { DELETE as deleteRoute, PATCH as patchRoute } from "@/app/api/v1/constituencies/[id]/route";
import { GET as listDeputiesRoute, POST as createDeputyRoute } from "@/app/api/v1/deputies/route";
import { PATCH as patchDeputyRoute } from "@/app/api/v1/deputies/[id]/route";
import { POST as importRoute } from "@/app/api/v1/deputies/import/route";
import { POST as createTermRoute } from "@/app/api/v1/terms/route";
import { ROSTER_COLUMNS } from "@/lib/roster/excel";
import { params, request, TEST_ORIGIN, townshipWithRoles } from "@/tests/factories";

type Item = { id: string; name: string; version: number; deputies: number; sitting: number };

const api = {
  list: (cookie: string, qs = "") => listRoute(request(`/api/v1/constituencies${qs}`, { cookie })),
  create: (cookie: string, body: unknown) =>
    createRoute(request("/api/v1/constituencies", { method: "POST", cookie, body })),
  patch: (cookie: string, id: string, body: unknown) =>
    patchRoute(request(`/api/v1/constituencies/${id}`, { method: "PATCH", cookie, body }), params({ id })),
  remove: (cookie: string, id: string) =>
    deleteRoute(request(`/api/v1/constituencies/${id}`, { method: "DELETE", cookie }), params({ id })),
};

async function names(cookie: string): Promise<string[]> {
  const res = await api.list(cookie);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Item[] }).items.map((c) => c.name);
}

const DEPUTY = {
  name: "选区代表",
  gender: "FEMALE",
  birthDate: "1985-03-02",
  ethnicity: "汉族",
  party: "群众",
  education: "初中",
  occupation: "村民",
  constituency: "第二选区",
  levels: ["TOWNSHIP"],
};

describe("选区 records", () => {
  it("the office adds, renames and deletes 选区, each audited; the list is in natural order", async () => {
    const { sessions, term } = await townshipWithRoles();
    const cookie = sessions.OFFICE.cookie;
    for (const name of ["第11选区", "第十选区", "第九选区"])
      expect((await api.create(cookie, { name })).status).toBe(201);
    expect(await names(cookie)).toEqual(["第一选区", "第二选区", "第三选区", "第九选区", "第十选区", "第11选区"]);

    const created = await db.constituency.findFirstOrThrow({ where: { termId: term.id, name: "第九选区" } });
    const res = await api.patch(cookie, created.id, {
      name: "第四选区",
      description: "青山村、石桥村",
      voterCount: 2350,
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: "第四选区", voterCount: 2350, version: 2 });
    expect((await api.patch(cookie, created.id, { name: "第五选区", version: 1 })).status).toBe(409); // stale
    expect((await api.remove(cookie, created.id)).status).toBe(204);
    const actions = await db.auditLog.findMany({
      where: { recordType: "Constituency", recordId: created.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "constituency.created",
      "constituency.updated",
      "constituency.deleted",
    ]);
  });

  it("refuses a second 选区 of the same name in the term, and bad input naming the field", async () => {
    const { sessions } = await townshipWithRoles();
    const cookie = sessions.OFFICE.cookie;
    const dup = await api.create(cookie, { name: "第一选区" });
    expect(dup.status).toBe(409);
    expect(JSON.stringify(await dup.json())).toContain("本届已有名为“第一选区”的选区");
    const bad = await api.create(cookie, { name: "", voterCount: -1 });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { fields: Record<string, string> } };
    expect(body.error.fields.name).toContain("选区名称");
    expect(body.error.fields.voterCount).toContain("选民数");
    expect(await db.constituency.count({ where: { name: "" } })).toBe(0);
  });

  it("refuses to delete a 选区 while a deputy belongs to it", async () => {
    const { sessions, deputy } = await townshipWithRoles();
    const district = await db.deputy.findUniqueOrThrow({ where: { id: deputy.id } });
    const res = await api.remove(sessions.OFFICE.cookie, district.constituencyId!);
    expect(res.status).toBe(409);
    expect(JSON.stringify(await res.json())).toContain("下有 1 名代表");
    expect(await db.constituency.count({ where: { id: district.constituencyId! } })).toBe(1);
  });

  it("lets chair and presidium read, only the office write; deputies and units are refused", async () => {
    const { sessions } = await townshipWithRoles();
    for (const role of ["CHAIR", "PRESIDIUM"] as const) {
      expect((await api.list(sessions[role].cookie)).status).toBe(200);
      expect((await api.create(sessions[role].cookie, { name: "第八选区" })).status).toBe(403);
    }
    for (const role of ["DEPUTY", "UNIT"] as const) {
      expect((await api.list(sessions[role].cookie)).status).toBe(403);
      expect((await api.create(sessions[role].cookie, { name: "第八选区" })).status).toBe(403);
    }
    expect(await db.constituency.count({ where: { name: "第八选区" } })).toBe(0);
  });

  it("another township's 选区 is not found: no rename, no delete, no list by its term", async () => {
    const mine = await townshipWithRoles();
    const other = await townshipWithRoles("别的镇");
    const theirs = await db.constituency.findFirstOrThrow({ where: { termId: other.term.id, name: "第三选区" } });
    const cookie = mine.sessions.OFFICE.cookie;
    expect((await api.patch(cookie, theirs.id, { name: "改名", version: 1 })).status).toBe(404);
    expect((await api.remove(cookie, theirs.id)).status).toBe(404);
    expect((await api.list(cookie, `?termId=${other.term.id}`)).status).toBe(404);
    expect((await api.create(cookie, { name: "第九选区", termId: other.term.id })).status).toBe(404);
    expect(await db.constituency.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "第三选区" });
  });
});

describe("deputies and their 选区", () => {
  it("a deputy names one of the term's 选区; an unknown name is refused with the field named", async () => {
    const { sessions, term } = await townshipWithRoles();
    const cookie = sessions.OFFICE.cookie;
    const bad = await createDeputyRoute(
      request("/api/v1/deputies", { method: "POST", cookie, body: { ...DEPUTY, constituency: "第九十九选区" } }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields.constituency).toContain(
      "本届没有名为“第九十九选区”的选区",
    );
    const ok = await createDeputyRoute(request("/api/v1/deputies", { method: "POST", cookie, body: DEPUTY }));
    expect(ok.status).toBe(201);
    const saved = await db.deputy.findFirstOrThrow({ where: { termId: term.id, name: DEPUTY.name } });
    const second = await db.constituency.findFirstOrThrow({ where: { termId: term.id, name: "第二选区" } });
    expect(saved.constituencyId).toBe(second.id);

    // Renaming the 选区 renames it on its deputies; the roster filters by the new name.
    expect((await api.patch(cookie, second.id, { name: "第二选区（青山片）", version: 1 })).status).toBe(200);
    const res = await listDeputiesRoute(
      request(`/api/v1/deputies?constituency=${encodeURIComponent("第二选区（青山片）")}`, { cookie }),
    );
    const items = ((await res.json()) as { items: { name: string; constituency: string }[] }).items;
    expect(items).toEqual([expect.objectContaining({ name: DEPUTY.name, constituency: "第二选区（青山片）" })]);

    // Moving the deputy to another 选区 through the form's API.
    const id = saved.id;
    const moved = await patchDeputyRoute(
      request(`/api/v1/deputies/${id}`, { method: "PATCH", cookie, body: { constituency: "第三选区", version: 2 } }),
      params({ id }),
    );
    expect(moved.status).toBe(200);
    const third = await db.constituency.findFirstOrThrow({ where: { termId: term.id, name: "第三选区" } });
    expect(await db.deputy.findUniqueOrThrow({ where: { id } })).toMatchObject({
      constituency: "第三选区",
      constituencyId: third.id,
    });
  });

  it("a new term starts with the previous term's 选区; a re-elected deputy keeps theirs", async () => {
    const { sessions, deputy } = await townshipWithRoles();
    const res = await createTermRoute(
      request("/api/v1/terms", {
        method: "POST",
        cookie: sessions.OFFICE.cookie,
        body: { number: 18, startDate: "2031-09-01", copyDeputyIds: [deputy.id] },
      }),
    );
    expect(res.status).toBe(201);
    const { id: termId } = (await res.json()) as { id: string };
    expect(await names(sessions.OFFICE.cookie)).toEqual(["第一选区", "第二选区", "第三选区"]);
    const copy = await db.deputy.findFirstOrThrow({ where: { termId }, include: { district: true } });
    expect(copy.district).toMatchObject({ termId, name: "第一选区" });
  });
});

async function importSheet(cookie: string, headers: string[], rows: Record<string, string>[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("代表名册");
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  const form = new FormData();
  form.append("file", new File([new Uint8Array(await wb.xlsx.writeBuffer())], "名册.xlsx"));
  const res = await importRoute(
    new NextRequest(new URL("/api/v1/deputies/import", "http://localhost"), {
      method: "POST",
      body: form,
      headers: { cookie, origin: TEST_ORIGIN },
    }),
  );
  return {
    status: res.status,
    body: (await res.json()) as { error?: { message: string; details?: { rows: unknown[] } } },
  };
}

const ROW = {
  姓名: "导入选区甲",
  性别: "男",
  民族: "汉族",
  出生日期: "1979-04-05",
  政治面貌: "群众",
  文化程度: "高中",
  职业: "村民",
  选区: "第三选区",
  代表层级: "镇",
};
// The order of the template before the 代表登记表 order (still accepted: columns are read by their headers).
const OLD_ORDER = ["姓名", "性别", "出生日期", "民族", "政治面貌", "文化程度", "职业", "选区", "代表层级"];

describe("the import and 选区", () => {
  it("the template's columns are the form's order; both it and the old order import, 选区 matched to records", async () => {
    expect(ROSTER_COLUMNS.slice(0, 6).map((c) => c.header)).toEqual([
      "姓名",
      "性别",
      "民族",
      "出生日期",
      "政治面貌",
      "文化程度",
    ]);
    const { sessions, term } = await townshipWithRoles();
    const cookie = sessions.OFFICE.cookie;
    const template = ROSTER_COLUMNS.map((c) => c.header);
    expect((await importSheet(cookie, template, [ROW])).status).toBe(201);
    expect((await importSheet(cookie, OLD_ORDER, [{ ...ROW, 姓名: "导入选区乙", 选区: " 第二 选区 " }])).status).toBe(
      201,
    );
    const saved = await db.deputy.findMany({
      where: { termId: term.id, name: { startsWith: "导入选区" } },
      include: { district: true },
      orderBy: { nameKey: "asc" },
    });
    expect(saved.map((d) => [d.name, d.constituency, d.district?.name])).toEqual([
      ["导入选区乙", "第二选区", "第二选区"], // 乙 (1 stroke) before 甲 (5)
      ["导入选区甲", "第三选区", "第三选区"],
    ]);
  });

  it("matches 第1选区 and 第３选区 to the records 第一选区 and 第三选区: numbers written either way", async () => {
    const { sessions, term } = await townshipWithRoles();
    const res = await importSheet(sessions.OFFICE.cookie, OLD_ORDER, [
      { ...ROW, 姓名: "导入选区戊", 选区: "第1选区" },
      { ...ROW, 姓名: "导入选区己", 选区: "第３选区" },
    ]);
    expect(res.status).toBe(201);
    const saved = await db.deputy.findMany({
      where: { termId: term.id, name: { startsWith: "导入选区" } },
      include: { district: true },
      orderBy: { nameKey: "asc" },
    });
    expect(saved.map((d) => [d.name, d.constituency, d.district?.name])).toEqual([
      ["导入选区己", "第三选区", "第三选区"], // 己 (3 strokes) before 戊 (5)
      ["导入选区戊", "第一选区", "第一选区"],
    ]);
  });

  it("refuses a 选区 the term does not have, naming the row and the column, and imports nothing", async () => {
    const { sessions, term } = await townshipWithRoles();
    const res = await importSheet(sessions.OFFICE.cookie, OLD_ORDER, [
      { ...ROW, 姓名: "导入选区丙" },
      { ...ROW, 姓名: "导入选区丁", 选区: "第七选区" },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.error!.message).toContain("第3行“选区”：本届没有名为“第七选区”的选区");
    expect(res.body.error!.details!.rows).toEqual([
      { row: 3, column: "选区", message: "本届没有名为“第七选区”的选区，请先在“名册 → 选区”中添加或核对名称" },
    ]);
    expect(await db.deputy.count({ where: { termId: term.id, name: { startsWith: "导入选区" } } })).toBe(0);
  });
});

/** The data part of the migration (from its first temp table on), limited to one township. */
function migrationDataSql(townshipId: string): string[] {
  const dir = path.join(process.cwd(), "prisma/migrations");
  const name = fs.readdirSync(dir).find((d) => d.endsWith("_constituencies"))!;
  const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
  const data = sql.slice(sql.indexOf("CREATE TEMP TABLE constituency_names"));
  const scoped = data.replace(
    `WHERE d."constituencyId" IS NULL;`,
    `WHERE d."constituencyId" IS NULL AND d."townshipId" = '${townshipId}';`,
  );
  expect(scoped).not.toBe(data);
  return scoped
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean);
}

describe("the migration of older free text", () => {
  it("makes one record per name in each term, links the deputies, keeps a blank one for 待核对", async () => {
    const { township, term, sessions } = await townshipWithRoles();
    const legacy = async (name: string, constituency: string) =>
      db.deputy.create({
        data: {
          townshipId: township.id,
          termId: term.id,
          name,
          gender: "MALE",
          birthDate: new Date("1975-01-01"),
          ethnicity: "汉族",
          party: "中国共产党党员", // in their lists: only 选区 is in question
          education: "大学本科",
          occupation: "村民",
          constituency,
          levels: ["TOWNSHIP"],
          startDate: term.startDate,
        },
      });
    const a = await legacy("旧甲", "第 五选区");
    const b = await legacy("旧乙", "第五选区");
    const c = await legacy("旧丙", "");
    await db.$transaction(async (tx) => {
      for (const statement of migrationDataSql(township.id)) await tx.$executeRawUnsafe(statement);
    });
    const fifth = await db.constituency.findFirstOrThrow({ where: { termId: term.id, name: "第五选区" } });
    for (const d of [a, b])
      expect(await db.deputy.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({
        constituency: "第五选区",
        constituencyId: fifth.id,
      });
    expect(await db.deputy.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      constituency: "",
      constituencyId: null,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "deputy.constituency_mapped", recordId: a.id },
    });
    expect(audit.before).toEqual({ constituency: "第 五选区" });
    // The blank one is on the 待核对 list; the linked ones are not.
    const res = await listDeputiesRoute(request("/api/v1/deputies?review=1", { cookie: sessions.OFFICE.cookie }));
    const listed = ((await res.json()) as { items: { name: string }[] }).items.map((d) => d.name);
    expect(listed).toContain("旧丙");
    expect(listed).not.toContain("旧甲");
  });
});
