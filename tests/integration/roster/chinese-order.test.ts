// Names in 姓氏笔画 order (the key the database generates from the name), pinyin when the office chooses it,
// groups in natural order — through the API, across page boundaries, and kept right when a name changes.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearSettingsCache } from "@/lib/settings";
import { GET as listDeputiesRoute } from "@/app/api/v1/deputies/route";
import { PATCH as patchDeputyRoute } from "@/app/api/v1/deputies/[id]/route";
import { GET as listGroupsRoute } from "@/app/api/v1/groups/route";
import { rosterOptions } from "@/lib/roster/options";
import { createDeputy, createTerm, createTownship, createUser, params, request, signIn } from "@/tests/factories";

const DISTRICTS = [
  "第十选区",
  "第二选区",
  "第九选区",
  "第一选区",
  "第三选区",
  "第二选区",
  "第十选区",
  "第一选区",
  "第二选区",
];
const DISTRICTS_IN_ORDER = ["第一选区", "第二选区", "第三选区", "第九选区", "第十选区"];

const GIVEN = ["谢", "丁", "周", "黄", "王", "李", "刘", "赵", "陈"];
const STROKE = ["丁", "王", "刘", "李", "陈", "周", "赵", "黄", "谢"];
const PINYIN = ["陈", "丁", "黄", "李", "刘", "王", "谢", "赵", "周"];

async function township() {
  const t = await createTownship();
  const term = await createTerm(t.id);
  const deputies = [];
  for (const name of GIVEN) deputies.push(await createDeputy(t.id, term.id, name));
  const { cookie } = await signIn(await createUser(t.id, "OFFICE"));
  return { t, term, deputies, cookie };
}

async function names(cookie: string, qs: string): Promise<string[]> {
  const res = await listDeputiesRoute(request(`/api/v1/deputies?${qs}`, { cookie }));
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: { name: string }[] }).items.map((d) => d.name);
}

/** Every page of 4 in turn: the order must hold across the boundaries. */
async function paged(cookie: string, extra = ""): Promise<string[]> {
  const out = [];
  for (let page = 1; page <= 3; page++) out.push(...(await names(cookie, `pageSize=4&page=${page}${extra}`)));
  return out;
}

async function setPinyin(value: number) {
  await db.setting.upsert({
    where: { key: "roster.namePinyinOrder" },
    create: { key: "roster.namePinyinOrder", value },
    update: { value },
  });
  clearSettingsCache();
}

describe("Chinese order of names", () => {
  it("lists 谢、丁、周、黄、王、李、刘、赵、陈 in 姓氏笔画 order by default, across pages (李 before 陈: 横 before 折)", async () => {
    const { cookie } = await township();
    expect(await names(cookie, "pageSize=20")).toEqual(STROKE);
    expect(await paged(cookie)).toEqual(STROKE);
    expect(await paged(cookie, "&sort=name&order=desc")).toEqual([...STROKE].reverse());
  });

  it("compares the given name after the surname, character by character", async () => {
    const { t, term, cookie } = await township();
    for (const name of ["王五", "王二", "丁一", "王二小"]) await createDeputy(t.id, term.id, name);
    const all = await names(cookie, "pageSize=50");
    expect(all.filter((n) => n.startsWith("王"))).toEqual(["王", "王二", "王二小", "王五"]);
    expect(all.slice(0, 2)).toEqual(["丁", "丁一"]);
  });

  it("lists in pinyin order (ICU zh) when the office chooses it", async () => {
    const { cookie } = await township();
    await setPinyin(1);
    try {
      expect(await paged(cookie)).toEqual(PINYIN);
    } finally {
      await setPinyin(0);
    }
  });

  it("keeps the key up to date when a name changes", async () => {
    const { deputies, cookie } = await township();
    const xie = deputies[0];
    const res = await patchDeputyRoute(
      request(`/api/v1/deputies/${xie.id}`, { method: "PATCH", cookie, body: { name: "卜", version: xie.version } }),
      params({ id: xie.id }),
    );
    expect(res.status).toBe(200);
    // 卜 has two strokes like 丁, but starts with 竖 (丨) where 丁 starts with 横.
    expect(await paged(cookie)).toEqual(["丁", "卜", ...STROKE.slice(1, -1)]);
  });
});

describe("natural order of groups", () => {
  it("lists 第一、第二、第三 … 第九、第十 rather than in code-point order", async () => {
    const { t, cookie } = await township();
    for (const name of ["第三代表小组", "第十代表小组", "第一代表小组", "第九代表小组", "第二代表小组"])
      await db.representativeGroup.create({ data: { townshipId: t.id, name, kind: "GROUP" } });
    const res = await listGroupsRoute(request("/api/v1/groups", { cookie }));
    const groups = (await res.json()) as { items?: { name: string }[] } | { name: string }[];
    const list = Array.isArray(groups) ? groups : groups.items!;
    expect(list.map((g) => g.name)).toEqual([
      "第一代表小组",
      "第二代表小组",
      "第三代表小组",
      "第九代表小组",
      "第十代表小组",
    ]);
  });
});

describe("natural order of constituencies", () => {
  it("offers 选区 as 第一、第二、第三、第九、第十 and sorts the roster by them in that order", async () => {
    const { deputies, cookie } = await township();
    const { townshipId, termId } = deputies[0];
    for (const [i, d] of deputies.entries()) {
      const district = await db.constituency.upsert({
        where: { termId_name: { termId, name: DISTRICTS[i] } },
        create: { townshipId, termId, name: DISTRICTS[i] },
        update: {},
      });
      await db.deputy.update({
        where: { id: d.id },
        data: { constituency: district.name, constituencyId: district.id },
      });
    }
    await db.constituency.deleteMany({ where: { termId, deputies: { none: {} } } });
    const office = await db.user.findFirstOrThrow({ where: { townshipId: deputies[0].townshipId, role: "OFFICE" } });
    const { actor } = await signIn(office);
    expect((await rosterOptions(actor)).constituencies).toEqual(DISTRICTS_IN_ORDER);
    const res = await listDeputiesRoute(request("/api/v1/deputies?sort=constituency&pageSize=4&page=2", { cookie }));
    const page2 = ((await res.json()) as { items: { constituency: string }[] }).items.map((d) => d.constituency);
    expect(page2).toEqual(["第二选区", "第三选区", "第九选区", "第十选区"]);
  });
});
