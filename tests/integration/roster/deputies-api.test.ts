import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { GET as listDeputiesRoute, POST as createDeputyRoute } from "@/app/api/v1/deputies/route";
import { GET as getDeputyRoute, PATCH as patchDeputyRoute } from "@/app/api/v1/deputies/[id]/route";
import { POST as changeStatusRoute } from "@/app/api/v1/deputies/[id]/status/route";
import { GET as listGroupsRoute, POST as createGroupRoute } from "@/app/api/v1/groups/route";
import { POST as checkGroupRoute } from "@/app/api/v1/groups/[id]/checks/route";
import { GET as listTermsRoute, POST as createTermRoute } from "@/app/api/v1/terms/route";
import { GET as presidiumRoute } from "@/app/api/v1/presidium-links/route";
import { PUT as setLinksRoute } from "@/app/api/v1/presidium-links/[memberId]/route";
import { sittingCountOn } from "@/lib/roster/deputies";
import { countSittingOn } from "@/lib/roster/rules";
import { idNumberCheckDigit } from "@/lib/text/id-number";
import { DAY_MS, formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { createUser, params, request, townshipWithRoles } from "@/tests/factories";

const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const satisfies readonly Role[];
const withCheck = (first17: string) => first17 + idNumberCheckDigit(first17);
const ID_MALE_19800501 = withCheck("44030419800501123");

// ---- API calls, each as the browser would make it ----
const api = {
  list: (cookie: string, qs = "") => listDeputiesRoute(request(`/api/v1/deputies${qs}`, { cookie })),
  create: (cookie: string, body: unknown) =>
    createDeputyRoute(request("/api/v1/deputies", { method: "POST", cookie, body })),
  get: (cookie: string, id: string) => getDeputyRoute(request(`/api/v1/deputies/${id}`, { cookie }), params({ id })),
  patch: (cookie: string, id: string, body: unknown) =>
    patchDeputyRoute(request(`/api/v1/deputies/${id}`, { method: "PATCH", cookie, body }), params({ id })),
  status: (cookie: string, id: string, body: unknown) =>
    changeStatusRoute(request(`/api/v1/deputies/${id}/status`, { method: "POST", cookie, body }), params({ id })),
  groups: (cookie: string) => listGroupsRoute(request("/api/v1/groups", { cookie })),
  createGroup: (cookie: string, body: unknown) =>
    createGroupRoute(request("/api/v1/groups", { method: "POST", cookie, body })),
  checkGroup: (cookie: string, id: string, body: unknown) =>
    checkGroupRoute(request(`/api/v1/groups/${id}/checks`, { method: "POST", cookie, body }), params({ id })),
  terms: (cookie: string) => listTermsRoute(request("/api/v1/terms", { cookie })),
  createTerm: (cookie: string, body: unknown) =>
    createTermRoute(request("/api/v1/terms", { method: "POST", cookie, body })),
  links: (cookie: string) => presidiumRoute(request("/api/v1/presidium-links", { cookie })),
  setLinks: (cookie: string, memberId: string, deputyIds: string[]) =>
    setLinksRoute(
      request(`/api/v1/presidium-links/${memberId}`, { method: "PUT", cookie, body: { deputyIds } }),
      params({ memberId }),
    ),
};

/** A deputy row with every field filled, straight into the database. */
async function addDeputy(townshipId: string, termId: string, over: Partial<Prisma.DeputyUncheckedCreateInput> = {}) {
  return db.deputy.create({
    data: {
      townshipId,
      termId,
      name: `代表${crypto.randomUUID().slice(0, 6)}`,
      gender: "MALE",
      birthDate: parseDay("1980-01-01"),
      ethnicity: "汉族",
      party: "中共党员",
      education: "本科",
      occupation: "村党支部书记",
      constituency: "第一选区",
      levels: ["TOWNSHIP"],
      startDate: parseDay("2026-09-01"),
      ...over,
    },
  });
}

/** A valid body for POST /api/v1/deputies. */
const newDeputy = (over: Record<string, unknown> = {}) => ({
  name: "王小明",
  gender: "MALE",
  birthDate: "1980-05-01",
  ethnicity: "汉族",
  party: "中共党员",
  education: "本科",
  occupation: "村党支部书记",
  constituency: "第一选区",
  levels: ["TOWNSHIP"],
  phone: "13812345678",
  idNumber: ID_MALE_19800501,
  ...over,
});

const keysOf = (o: object) => Object.keys(o).sort();
const PUBLIC_KEYS = ["group", "id", "levels", "name", "status", "view"];
/** What GET /deputies/{id} adds around the presented record, whatever the view. */
const PROFILE_ENVELOPE = ["canChangePhoto", "canEdit", "history", "photoVersion", "presidiumMembers", "termNumber"];

describe("roster API: role matrix", () => {
  // Independent expectation table, written from the specification (not read from PERMISSIONS).
  // PATCH is on another deputy's record (a deputy may edit only their own: 403 here). A unit sees only the
  // deputies whose suggestions it handles (404 for this one).
  // Columns: OFFICE, CHAIR, PRESIDIUM, DEPUTY, UNIT.
  const EXPECTED: Record<string, [number, number, number, number, number]> = {
    "GET /deputies": [200, 200, 200, 200, 200],
    "POST /deputies": [201, 403, 403, 403, 403],
    "GET /deputies/{id}": [200, 200, 200, 200, 404],
    "PATCH /deputies/{id}": [200, 403, 403, 403, 403],
    "POST /deputies/{id}/status": [200, 403, 403, 403, 403],
    "GET /groups": [200, 200, 200, 200, 403],
    "POST /groups": [201, 403, 403, 403, 403],
    "GET /presidium-links": [200, 200, 200, 403, 403],
    "PUT /presidium-links/{memberId}": [200, 403, 403, 403, 403],
    "GET /terms": [200, 200, 200, 403, 403],
    "POST /terms": [201, 403, 403, 403, 403],
  };

  it("answers each role as the table says, and audits every refusal", async () => {
    const t = await townshipWithRoles();
    const other = await addDeputy(t.township.id, t.term.id, { name: "被编辑" });
    const leaver = await addDeputy(t.township.id, t.term.id, { name: "辞职者" });
    const calls: Record<string, (role: Role, cookie: string) => Promise<Response>> = {
      "GET /deputies": (_r, c) => api.list(c),
      "POST /deputies": (r, c) => api.create(c, newDeputy({ name: `新代表${r}`, idNumber: null })),
      "GET /deputies/{id}": (_r, c) => api.get(c, other.id),
      "PATCH /deputies/{id}": (_r, c) => api.patch(c, other.id, { phone: "13900000000", version: 1 }),
      "POST /deputies/{id}/status": (_r, c) =>
        api.status(c, leaver.id, { status: "RESIGNED", effectiveDate: "2026-10-15", reason: "工作调动" }),
      "GET /groups": (_r, c) => api.groups(c),
      "POST /groups": (r, c) => api.createGroup(c, { name: `小组${r}`, kind: "GROUP" }),
      "GET /presidium-links": (_r, c) => api.links(c),
      "PUT /presidium-links/{memberId}": (_r, c) => api.setLinks(c, t.users.PRESIDIUM.id, [other.id]),
      "GET /terms": (_r, c) => api.terms(c),
      "POST /terms": (_r, c) => api.createTerm(c, { number: 18, startDate: "2031-09-01" }),
    };
    expect(Object.keys(calls).sort()).toEqual(Object.keys(EXPECTED).sort());
    let refusals = 0;
    for (const [route, expected] of Object.entries(EXPECTED)) {
      for (const [i, role] of ROLES.entries()) {
        const res = await calls[route](role, t.sessions[role].cookie);
        expect(res.status, `${role} ${route}`).toBe(expected[i]);
        if (expected[i] === 403) {
          refusals++;
          expect((await res.json()).error.code, `${role} ${route}`).toBe("FORBIDDEN");
        }
      }
    }
    expect(await db.auditLog.count({ where: { action: "auth.denied" } })).toBe(refusals);
    // Only the office's attempts changed anything.
    expect(await db.deputy.count({ where: { name: { startsWith: "新代表" } } })).toBe(1);
    expect(await db.representativeGroup.count()).toBe(1);
    expect((await db.deputy.findUniqueOrThrow({ where: { id: other.id } })).version).toBe(2);
  });

  it("answers 401 without a session", async () => {
    await townshipWithRoles();
    const res = await api.list("");
    expect(res.status).toBe(401);
  });
});

describe("roster API: what each role sees of a deputy", () => {
  async function setup() {
    const t = await townshipWithRoles();
    const group = await db.representativeGroup.create({
      data: { townshipId: t.township.id, name: "第一代表小组", kind: "GROUP" },
    });
    const zhang = await addDeputy(t.township.id, t.term.id, {
      name: "张三",
      gender: "MALE",
      birthDate: parseDay("1980-05-01"),
      phone: "13812345678",
      address: "清水村 3 组",
      idNumber: ID_MALE_19800501,
      groupId: group.id,
      levels: ["TOWNSHIP", "COUNTY"],
    });
    await db.deputy.update({
      where: { id: t.deputy.id },
      data: { phone: "13700001111", idNumber: withCheck("44030419800101001") },
    });
    return { ...t, group, zhang };
  }

  it("office: the full record with the full ID number", async () => {
    const t = await setup();
    const body = await (await api.get(t.sessions.OFFICE.cookie, t.zhang.id)).json();
    expect(body).toMatchObject({
      view: "FULL",
      idNumber: ID_MALE_19800501,
      phone: "13812345678",
      address: "清水村 3 组",
      birthDate: "1980-05-01",
      termNumber: 17,
      canEdit: "ALL",
    });
    expect(body.history).toEqual([]);
    const row = (await (await api.list(t.sessions.OFFICE.cookie, "?q=张三")).json()).items[0];
    expect(row).toMatchObject({ view: "FULL", idNumber: ID_MALE_19800501, phone: "13812345678" });
  });

  it.each(["CHAIR", "PRESIDIUM"] as const)("%s: ID number masked, phone and birth date shown", async (role) => {
    const t = await setup();
    const body = await (await api.get(t.sessions[role].cookie, t.zhang.id)).json();
    expect(body).toMatchObject({
      view: "CONTACT",
      phone: "13812345678",
      birthDate: "1980-05-01",
      address: "清水村 3 组",
      canEdit: null,
    });
    expect(body.idNumber).toBe(`4403**********${ID_MALE_19800501.slice(-4)}`);
    const row = (await (await api.list(t.sessions[role].cookie, "?q=张三")).json()).items[0];
    expect(row.view).toBe("CONTACT");
    expect(row.idNumber).not.toBe(ID_MALE_19800501);
    expect(JSON.stringify(body)).not.toContain(ID_MALE_19800501);
  });

  it("another deputy: only id, name, view, levels, group and status", async () => {
    const t = await setup();
    const cookie = t.sessions.DEPUTY.cookie;
    const res = await api.get(cookie, t.zhang.id);
    expect(res.status).toBe(200);
    const body = await res.json();
    for (const key of ["phone", "idNumber", "birthDate", "address", "party", "workUnit"])
      expect(body, key).not.toHaveProperty(key);
    expect(keysOf(body)).toEqual([...PUBLIC_KEYS, ...PROFILE_ENVELOPE].sort());
    expect(body).toMatchObject({
      view: "PUBLIC",
      name: "张三",
      levels: ["TOWNSHIP", "COUNTY"],
      group: { id: t.group.id, name: "第一代表小组" },
      status: "SITTING",
      history: [],
      presidiumMembers: [],
      canEdit: null,
    });
    const row = (await (await api.list(cookie, "?q=张三")).json()).items[0];
    expect(keysOf(row)).toEqual(PUBLIC_KEYS);
  });

  it("a deputy: their own record in full, editable as contact only", async () => {
    const t = await setup();
    const cookie = t.sessions.DEPUTY.cookie;
    const body = await (await api.get(cookie, t.deputy.id)).json();
    expect(body).toMatchObject({
      view: "FULL",
      phone: "13700001111",
      idNumber: withCheck("44030419800101001"),
      canEdit: "CONTACT",
    });
    const list = await (await api.list(cookie, "?pageSize=100")).json();
    const own = list.items.find((d: { id: string }) => d.id === t.deputy.id);
    const others = list.items.filter((d: { id: string }) => d.id !== t.deputy.id);
    expect(own.view).toBe("FULL");
    expect(others.length).toBeGreaterThan(0);
    for (const d of others) expect(keysOf(d)).toEqual(PUBLIC_KEYS);
  });

  it("a handling unit: nobody whose suggestion it does not handle (tests/integration/suggestions/unit-deputies.test.ts)", async () => {
    const t = await setup();
    const cookie = t.sessions.UNIT.cookie;
    expect((await api.get(cookie, t.zhang.id)).status).toBe(404);
    const list = await (await api.list(cookie, "?pageSize=100")).json();
    expect(list.total).toBe(0);
  });
});

describe("roster API: a deputy editing their own record", () => {
  it("may change their phone and address (audited), not their name, not another's record", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.DEPUTY.cookie;
    const res = await api.patch(cookie, t.deputy.id, { phone: "13900001111", address: "清水村 5 组", version: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ view: "FULL", phone: "13900001111", address: "清水村 5 组", version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "deputy.updated", recordId: t.deputy.id } });
    expect(audit).toMatchObject({ recordType: "Deputy", userId: t.users.DEPUTY.id });
    expect(audit.before).toMatchObject({ phone: null, address: null, version: 1 });
    expect(audit.after).toMatchObject({ phone: "13900001111", address: "清水村 5 组", version: 2 });

    // Changing the phone alone keeps the address.
    expect((await api.patch(cookie, t.deputy.id, { phone: "13900002222", version: 2 })).status).toBe(200);
    expect(await db.deputy.findUniqueOrThrow({ where: { id: t.deputy.id } })).toMatchObject({
      phone: "13900002222",
      address: "清水村 5 组",
    });

    const rename = await api.patch(cookie, t.deputy.id, { name: "改名", version: 3 });
    expect(rename.status).toBe(400);
    expect((await rename.json()).error.fields.name).toBe("不允许的字段：name");

    const someone = await addDeputy(t.township.id, t.term.id, { name: "李四" });
    const foreign = await api.patch(cookie, someone.id, { phone: "13900003333", version: 1 });
    expect(foreign.status).toBe(403);
    expect((await db.deputy.findUniqueOrThrow({ where: { id: someone.id } })).phone).toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.denied", userId: t.users.DEPUTY.id } })).toBe(1);
    expect((await db.deputy.findUniqueOrThrow({ where: { id: t.deputy.id } })).name).not.toBe("改名");
  });
});

describe("roster API: township scoping", () => {
  it("gives township A a 404 for township B's deputy on GET, PATCH and status, and never lists it", async () => {
    const a = await townshipWithRoles("甲镇");
    const b = await townshipWithRoles("乙镇");
    const bDeputy = await addDeputy(b.township.id, b.term.id, { name: "乙镇代表", phone: "13800000000" });
    const cookie = a.sessions.OFFICE.cookie;
    expect((await api.get(cookie, bDeputy.id)).status).toBe(404);
    expect((await api.patch(cookie, bDeputy.id, { phone: "13911112222", version: 1 })).status).toBe(404);
    expect((await api.status(cookie, bDeputy.id, { status: "RESIGNED", effectiveDate: "2026-10-15" })).status).toBe(
      404,
    );
    expect((await api.patch(a.sessions.DEPUTY.cookie, bDeputy.id, { phone: "13911112222", version: 1 })).status).toBe(
      404,
    );
    for (const role of ROLES) expect((await api.get(a.sessions[role].cookie, bDeputy.id)).status, role).toBe(404);
    expect(await db.deputy.findUniqueOrThrow({ where: { id: bDeputy.id } })).toMatchObject({
      phone: "13800000000",
      status: "SITTING",
      version: 1,
    });

    const list = await (await api.list(cookie, "?pageSize=100")).json();
    expect(list.items.map((d: { id: string }) => d.id)).toEqual([a.deputy.id]);
    expect((await api.list(cookie, `?termId=${b.term.id}`)).status).toBe(200);
    expect((await (await api.list(cookie, `?termId=${b.term.id}`)).json()).total).toBe(0);

    // Presidium links across townships: B's member is not found; B's deputy is not linkable.
    expect((await api.setLinks(cookie, b.users.PRESIDIUM.id, [])).status).toBe(404);
    const cross = await api.setLinks(cookie, a.users.PRESIDIUM.id, [bDeputy.id]);
    expect(cross.status).toBe(400);
    expect(await db.presidiumLink.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: { in: ["deputy.updated", "deputy.status_changed"] } } })).toBe(0);
  });
});

describe("roster API: creating, editing and status changes", () => {
  it("creates a deputy with a first history entry and an audit row", async () => {
    const t = await townshipWithRoles();
    const res = await api.create(
      t.sessions.OFFICE.cookie,
      newDeputy({ idNumber: ID_MALE_19800501.slice(0, 17) + ID_MALE_19800501[17].toLowerCase() }),
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      name: "王小明",
      view: "FULL",
      termId: t.term.id,
      // No start date given: the day of entry, not the term's start (issue 13).
      startDate: formatDay(todayInChina()),
      joinMethod: "ELECTION",
      status: "SITTING",
      idNumber: ID_MALE_19800501,
      version: 1,
    });
    const history = await db.deputyStatusChange.findMany({ where: { deputyId: body.id } });
    expect(history).toMatchObject([{ status: "SITTING", reason: "当选", createdById: t.users.OFFICE.id }]);
    expect(formatDay(history[0].effectiveDate)).toBe(formatDay(todayInChina()));
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "deputy.created" } });
    expect(audit).toMatchObject({ recordType: "Deputy", recordId: body.id, userId: t.users.OFFICE.id, before: null });
    expect(audit.after).toMatchObject({ name: "王小明", idNumber: ID_MALE_19800501 });
  });

  it("refuses a duplicate in the same term: same name and birth date, or same ID number (409)", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.OFFICE.cookie;
    expect((await api.create(cookie, newDeputy())).status).toBe(201);
    const sameName = await api.create(cookie, newDeputy({ idNumber: null, phone: null }));
    expect(sameName.status).toBe(409);
    expect((await sameName.json()).error.fields.name).toBe("姓名：本届已有同名、同出生日期的代表");
    const sameId = await api.create(cookie, newDeputy({ name: "王晓明" }));
    expect(sameId.status).toBe(409);
    expect((await sameId.json()).error.fields.idNumber).toBe("身份证号：本届已有相同身份证号的代表");
    // Same name, another birth date: a different person.
    expect((await api.create(cookie, newDeputy({ birthDate: "1981-05-01", idNumber: null }))).status).toBe(201);
    expect(await db.deputy.count({ where: { name: "王小明" } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "deputy.created" } })).toBe(2);
  });

  it("refuses bad input with Chinese field messages", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.OFFICE.cookie;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [newDeputy({ name: "" }), "name", /^姓名：/],
      [newDeputy({ birthDate: "1980-02-30", idNumber: null }), "birthDate", /^出生日期：不是有效日期/],
      [newDeputy({ birthDate: "1980-05-02" }), "idNumber", /^身份证号：与出生日期不一致$/],
      [newDeputy({ levels: [] }), "levels", /^代表层级：至少选择一个代表层级/],
      [newDeputy({ startDate: "2026-08-01" }), "startDate", /^任职日期：不能早于本届开始日期/],
      [newDeputy({ status: "RESIGNED" }), "status", /^不允许的字段：status$/],
    ];
    for (const [body, field, message] of cases) {
      const res = await api.create(cookie, body);
      expect(res.status, field).toBe(400);
      expect((await res.json()).error.fields[field], field).toMatch(message);
    }
    expect(await db.deputy.count()).toBe(1);
  });

  it("office edits are audited with before/after; a stale version is 409; a by-election stays a by-election", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.OFFICE.cookie;
    const d = await addDeputy(t.township.id, t.term.id, {
      name: "补选代表",
      joinMethod: "BY_ELECTION",
      startDate: parseDay("2026-10-01"),
      phone: "13800000001",
    });
    const res = await api.patch(cookie, d.id, { occupation: "村委会主任", version: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      occupation: "村委会主任",
      joinMethod: "BY_ELECTION",
      phone: "13800000001",
      version: 2,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "deputy.updated", recordId: d.id } });
    expect(audit.before).toMatchObject({ occupation: "村党支部书记", version: 1 });
    expect(audit.after).toMatchObject({ occupation: "村委会主任", version: 2 });

    const stale = await api.patch(cookie, d.id, { occupation: "个体户", version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe("CONFLICT");
    expect((await db.deputy.findUniqueOrThrow({ where: { id: d.id } })).occupation).toBe("村委会主任");

    // Renaming into an existing name + birth date is a duplicate too.
    const dup = await api.patch(cookie, d.id, { name: t.deputy.name, version: 2 });
    expect(dup.status).toBe(409);
    expect((await dup.json()).error.fields.name).toMatch(/同名、同出生日期/);
    expect(await db.auditLog.count({ where: { action: "deputy.updated" } })).toBe(1);
  });

  it("status change: audited with history; refused before the start, after today, or when already left", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.OFFICE.cookie;
    const id = t.deputy.id;

    const before = await api.status(cookie, id, { status: "RESIGNED", effectiveDate: "2026-08-31" });
    expect(before.status).toBe(400);
    expect((await before.json()).error.fields.effectiveDate).toBe("生效日期：不能早于任职日期");

    const tomorrow = formatDay(new Date(todayInChina().getTime() + DAY_MS));
    const future = await api.status(cookie, id, { status: "RESIGNED", effectiveDate: tomorrow });
    expect(future.status).toBe(400);
    expect((await future.json()).error.fields.effectiveDate).toBe("生效日期：不能晚于今天");

    const ok = await api.status(cookie, id, { status: "RESIGNED", effectiveDate: "2026-10-15", reason: "工作调动" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: "RESIGNED", leftDate: "2026-10-15", version: 2 });
    const history = await db.deputyStatusChange.findMany({ where: { deputyId: id } });
    expect(history).toMatchObject([{ status: "RESIGNED", reason: "工作调动", createdById: t.users.OFFICE.id }]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "deputy.status_changed", recordId: id } });
    expect(audit.before).toMatchObject({ status: "SITTING", leftDate: null });
    expect(audit.after).toMatchObject({ status: "RESIGNED", reason: "工作调动" });
    expect((audit.after as { leftDate: string }).leftDate).toMatch(/^2026-10-15/);

    for (const status of ["RESIGNED", "DECEASED"]) {
      const again = await api.status(cookie, id, { status, effectiveDate: "2026-10-20" });
      expect(again.status, status).toBe(409);
      expect((await again.json()).error.fields.status, status).toMatch(/^变动类型：/);
    }
    expect(await db.deputyStatusChange.count({ where: { deputyId: id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "deputy.status_changed" } })).toBe(1);
  });

  it("a deputy who leaves loses their presidium links and group leadership", async () => {
    const t = await townshipWithRoles();
    const group = await db.representativeGroup.create({
      data: { townshipId: t.township.id, name: "第一代表小组", kind: "GROUP", leaderId: t.deputy.id },
    });
    await db.presidiumLink.create({
      data: { townshipId: t.township.id, memberId: t.users.PRESIDIUM.id, deputyId: t.deputy.id },
    });
    expect(
      (await api.status(t.sessions.OFFICE.cookie, t.deputy.id, { status: "DECEASED", effectiveDate: "2026-11-01" }))
        .status,
    ).toBe(200);
    expect(await db.presidiumLink.count()).toBe(0);
    expect((await db.representativeGroup.findUniqueOrThrow({ where: { id: group.id } })).leaderId).toBeNull();
  });
});

describe("roster API: server-side list", () => {
  async function setup() {
    const t = await townshipWithRoles();
    const [g1, g2] = await Promise.all([
      db.representativeGroup.create({ data: { townshipId: t.township.id, name: "第一代表小组", kind: "GROUP" } }),
      db.representativeGroup.create({ data: { townshipId: t.township.id, name: "第二代表小组", kind: "GROUP" } }),
    ]);
    const wxm = await addDeputy(t.township.id, t.term.id, {
      name: "王小明",
      birthDate: parseDay("1990-01-01"),
      groupId: g1.id,
      levels: ["TOWNSHIP", "COUNTY"],
    });
    const wmh = await addDeputy(t.township.id, t.term.id, {
      name: "王明华",
      birthDate: parseDay("1975-06-01"),
      groupId: g1.id,
      constituency: "第二选区",
    });
    const lm = await addDeputy(t.township.id, t.term.id, {
      name: "李明",
      birthDate: parseDay("1985-03-03"),
      groupId: g2.id,
      party: "无党派人士",
    });
    await db.deputy.update({ where: { id: lm.id }, data: { status: "RESIGNED", leftDate: parseDay("2026-10-15") } });
    return { ...t, g1, g2, wxm, wmh, lm, cookie: t.sessions.OFFICE.cookie };
  }
  const names = async (res: Response) => ((await res.json()) as { items: { name: string }[] }).items.map((d) => d.name);

  it("searches by part of a Chinese name", async () => {
    const t = await setup();
    expect((await names(await api.list(t.cookie, `?q=${encodeURIComponent("明")}`))).sort()).toEqual(
      ["李明", "王小明", "王明华"].sort(),
    );
    expect(await names(await api.list(t.cookie, `?q=${encodeURIComponent("小明")}`))).toEqual(["王小明"]);
    expect(await names(await api.list(t.cookie, `?q=${encodeURIComponent("王")}&sort=birthDate`))).toEqual([
      "王明华",
      "王小明",
    ]);
    expect((await (await api.list(t.cookie, `?q=${encodeURIComponent("赵")}`)).json()).total).toBe(0);
  });

  it("filters by group, level, status, constituency and party", async () => {
    const t = await setup();
    const q = (qs: string) =>
      api
        .list(t.cookie, qs)
        .then(names)
        .then((n) => n.sort());
    expect(await q(`?groupId=${t.g1.id}`)).toEqual(["王小明", "王明华"].sort());
    expect(await q(`?groupId=${t.g2.id}`)).toEqual(["李明"]);
    expect(await q("?level=COUNTY")).toEqual(["王小明"]);
    expect(await q("?status=RESIGNED")).toEqual(["李明"]);
    expect((await q("?status=SITTING")).length).toBe(3);
    expect(await q(`?constituency=${encodeURIComponent("第二选区")}`)).toEqual(["王明华"]);
    expect(await q(`?party=${encodeURIComponent("无党派人士")}`)).toEqual(["李明"]);
    expect(await q(`?groupId=${t.g1.id}&level=COUNTY`)).toEqual(["王小明"]);
    expect((await api.list(t.cookie, "?level=NATIONAL")).status).toBe(400);
  });

  it("sorts by birth date descending and paginates with the total", async () => {
    const t = await setup();
    // 王小明 1990, 李明 1985, the factory's deputy 1980, 王明华 1975.
    const all = await api.list(t.cookie, "?sort=birthDate&order=desc");
    expect(await names(all)).toEqual(["王小明", "李明", t.deputy.name, "王明华"]);
    const page2 = await (await api.list(t.cookie, "?sort=birthDate&order=desc&page=2&pageSize=3")).json();
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.items.map((d: { name: string }) => d.name)).toEqual(["王明华"]);
    const page3 = await (await api.list(t.cookie, "?sort=birthDate&order=desc&page=3&pageSize=3")).json();
    expect(page3).toMatchObject({ total: 4, items: [] });
    const tooBig = await api.list(t.cookie, "?pageSize=101");
    expect(tooBig.status).toBe(400);
    expect((await tooBig.json()).error.fields.pageSize).toBe("每页条数：每页最多 100 条");
  });
});

describe("roster API: terms", () => {
  it("a new term becomes the only current one, with the re-elected deputies copied and a 连任 history row", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.OFFICE.cookie;
    const reElected = await addDeputy(t.township.id, t.term.id, {
      name: "连任代表",
      phone: "13800000002",
      idNumber: ID_MALE_19800501,
      levels: ["TOWNSHIP", "COUNTY"],
    });
    const res = await api.createTerm(cookie, { number: 18, startDate: "2031-09-01", copyDeputyIds: [reElected.id] });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      number: 18,
      startDate: "2031-09-01",
      endDate: "2036-08-31",
      isCurrent: true,
      deputies: 1,
    });

    const terms = await db.term.findMany({ where: { townshipId: t.township.id }, orderBy: { number: "asc" } });
    expect(terms.map((x) => [x.number, x.isCurrent])).toEqual([
      [17, false],
      [18, true],
    ]);
    const copies = await db.deputy.findMany({ where: { termId: body.id } });
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({
      name: "连任代表",
      phone: "13800000002",
      idNumber: ID_MALE_19800501,
      levels: ["TOWNSHIP", "COUNTY"],
      status: "SITTING",
    });
    expect(formatDay(copies[0].startDate)).toBe("2031-09-01");
    expect(copies[0].id).not.toBe(reElected.id);
    const history = await db.deputyStatusChange.findMany({ where: { deputyId: copies[0].id } });
    expect(history).toMatchObject([{ status: "SITTING", reason: "连任" }]);
    // The old term keeps its roster.
    expect(await db.deputy.count({ where: { termId: t.term.id } })).toBe(2);
    // The roster now shows the new term.
    expect(await (await api.list(cookie)).json()).toMatchObject({ total: 1, items: [{ name: "连任代表" }] });

    const listed = await (await api.terms(cookie)).json();
    expect(
      listed.items.map((x: { number: number; isCurrent: boolean; deputies: number }) => [
        x.number,
        x.isCurrent,
        x.deputies,
      ]),
    ).toEqual([
      [18, true, 1],
      [17, false, 2],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "term.created" } });
    expect(audit.before).toEqual({ currentTerm: 17 });
    expect(audit.after).toMatchObject({ number: 18, copiedDeputies: 1 });

    const again = await api.createTerm(cookie, { number: 18, startDate: "2036-09-01" });
    expect(again.status).toBe(409);
    expect((await again.json()).error.fields.number).toBe("届次：已存在");
    expect(await db.term.count({ where: { isCurrent: true } })).toBe(1);
  });

  it("refuses to copy a deputy who left and changes nothing", async () => {
    const t = await townshipWithRoles();
    const gone = await addDeputy(t.township.id, t.term.id, {
      name: "已辞职",
      status: "RESIGNED",
      leftDate: parseDay("2026-10-01"),
    });
    const res = await api.createTerm(t.sessions.OFFICE.cookie, {
      number: 18,
      startDate: "2031-09-01",
      copyDeputyIds: [gone.id],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.copyDeputyIds).toMatch(/上一届在任代表/);
    expect(await db.term.findMany({ select: { number: true, isCurrent: true } })).toEqual([
      { number: 17, isCurrent: true },
    ]);
    expect(await db.auditLog.count({ where: { action: "term.created" } })).toBe(0);
  });

  it("refuses an end date before the start", async () => {
    const t = await townshipWithRoles();
    const res = await api.createTerm(t.sessions.OFFICE.cookie, {
      number: 18,
      startDate: "2031-09-01",
      endDate: "2031-01-01",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.endDate).toBe("结束日期：应晚于开始日期");
  });
});

describe("roster API: presidium links", () => {
  it("flags too few and too many linked deputies and lists the unlinked", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.OFFICE.cookie;
    const deputies = [];
    for (let i = 0; i < 11; i++)
      deputies.push(await addDeputy(t.township.id, t.term.id, { name: `联系代表${String(i).padStart(2, "0")}` }));
    const ids = deputies.map((d) => d.id);
    const member = t.users.PRESIDIUM.id;
    const memberOf = async () => {
      const body = await (await api.links(cookie)).json();
      return { body, m: body.members.find((x: { id: string }) => x.id === member) };
    };

    expect((await api.setLinks(cookie, member, ids.slice(0, 4))).status).toBe(200);
    let { body, m } = await memberOf();
    expect(body).toMatchObject({ min: 5, max: 10 });
    expect(m).toMatchObject({ warning: "TOO_FEW", role: "PRESIDIUM" });
    expect(m.deputies).toHaveLength(4);
    expect(body.unlinked.map((d: { id: string }) => d.id).sort()).toEqual([...ids.slice(4), t.deputy.id].sort());
    // The chair, linked to nobody, is flagged too.
    expect(body.members.find((x: { id: string }) => x.id === t.users.CHAIR.id)).toMatchObject({
      deputies: [],
      warning: "TOO_FEW",
    });

    expect((await api.setLinks(cookie, member, ids.slice(0, 5))).status).toBe(200);
    expect((await memberOf()).m.warning).toBeNull();
    expect((await api.setLinks(cookie, member, ids.slice(0, 10))).status).toBe(200);
    expect((await memberOf()).m.warning).toBeNull();
    expect((await api.setLinks(cookie, member, ids)).status).toBe(200);
    ({ body, m } = await memberOf());
    expect(m.warning).toBe("TOO_MANY");
    expect(m.deputies).toHaveLength(11);
    expect(body.unlinked.map((d: { id: string }) => d.id)).toEqual([t.deputy.id]);

    const audits = await db.auditLog.findMany({ where: { action: "presidium_link.updated" }, orderBy: { id: "asc" } });
    expect(audits).toHaveLength(4);
    expect(audits[0].before).toEqual({ deputyIds: [] });
    expect((audits[3].after as { deputyIds: string[] }).deputyIds.sort()).toEqual([...ids].sort());
    expect(await db.presidiumLink.count()).toBe(11);
  });

  it("refuses to link a deputy who resigned, or a member who is not on the presidium", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.OFFICE.cookie;
    const gone = await addDeputy(t.township.id, t.term.id, {
      name: "已辞职",
      status: "RESIGNED",
      leftDate: parseDay("2026-10-01"),
    });
    const res = await api.setLinks(cookie, t.users.PRESIDIUM.id, [t.deputy.id, gone.id]);
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.deputyIds).toBe("联系代表：须是本届在任代表");
    expect((await api.setLinks(cookie, t.users.DEPUTY.id, [t.deputy.id])).status).toBe(404);
    const another = await createUser(t.township.id, "OFFICE");
    expect((await api.setLinks(cookie, another.id, [])).status).toBe(404);
    expect(await db.presidiumLink.count()).toBe(0);
  });
});

describe("roster API: groups", () => {
  it("creates a group with its leader and members; deputies do not see the liaison phone", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.OFFICE.cookie;
    const a = await addDeputy(t.township.id, t.term.id, { name: "组长甲" });
    const b = await addDeputy(t.township.id, t.term.id, { name: "组员乙" });
    const res = await api.createGroup(cookie, {
      name: "第一代表小组",
      kind: "GROUP",
      venue: "村委会",
      leaderId: a.id,
      memberIds: [a.id, b.id],
      liaisonName: "联络员",
      liaisonPhone: "13800000003",
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(await db.deputy.count({ where: { groupId: created.id } })).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "group.created" } });
    expect(audit.after).toMatchObject({ name: "第一代表小组", leaderId: a.id, memberIds: [a.id, b.id] });

    const office = (await (await api.groups(cookie)).json()).items[0];
    expect(office).toMatchObject({
      name: "第一代表小组",
      leader: { id: a.id, name: "组长甲" },
      standard: "三有",
      lastCheck: null,
      liaisonPhone: "13800000003",
    });
    expect(office.members.map((m: { id: string }) => m.id).sort()).toEqual([a.id, b.id].sort());
    expect((await (await api.groups(t.sessions.DEPUTY.cookie)).json()).items[0].liaisonPhone).toBeNull();

    const dup = await api.createGroup(cookie, { name: "第一代表小组", kind: "GROUP" });
    expect(dup.status).toBe(409);
    const gone = await addDeputy(t.township.id, t.term.id, {
      name: "已辞职",
      status: "RESIGNED",
      leftDate: parseDay("2026-10-01"),
    });
    const badLeader = await api.createGroup(cookie, { name: "第二代表小组", kind: "GROUP", leaderId: gone.id });
    expect(badLeader.status).toBe(400);
    expect((await badLeader.json()).error.fields.leaderId).toBe("组长：须是本届在任代表");
    expect(await db.representativeGroup.count()).toBe(1);
  });

  it("a standards check: items outside the group's standard are refused; a full 三有 passes", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.OFFICE.cookie;
    const group = await (await api.createGroup(cookie, { name: "第一代表小组", kind: "GROUP" })).json();
    const stray = await api.checkGroup(cookie, group.id, { checkedOn: "2026-11-01", items: ["SIGN", "ROOM", "PLAN"] });
    expect(stray.status).toBe(400);
    expect((await stray.json()).error.fields.items).toMatch(/^达标项目：三有标准不含 /);
    expect(await db.groupStandardCheck.count()).toBe(0);

    const partial = await api.checkGroup(cookie, group.id, { checkedOn: "2026-11-01", items: ["SIGN", "RULES"] });
    expect(partial.status).toBe(201);
    expect(await partial.json()).toMatchObject({ passed: false });
    const full = await api.checkGroup(cookie, group.id, {
      checkedOn: "2026-11-20",
      items: ["SIGN", "RULES", "RECORDS"],
    });
    expect(await full.json()).toMatchObject({ checkedOn: "2026-11-20", passed: true });
    expect((await (await api.groups(cookie)).json()).items[0].lastCheck).toMatchObject({
      checkedOn: "2026-11-20",
      passed: true,
    });

    const home = await (await api.createGroup(cookie, { name: "代表之家", kind: "DEPUTY_HOME" })).json();
    expect((await api.checkGroup(cookie, home.id, { checkedOn: "2026-11-01", items: ["ROOM", "PLAN"] })).status).toBe(
      201,
    );
    expect(
      (await api.checkGroup(t.sessions.CHAIR.cookie, group.id, { checkedOn: "2026-11-01", items: [] })).status,
    ).toBe(403);
  });
});

describe("roster: the sitting count", () => {
  it("sittingCountOn (SQL) agrees with countSittingOn (rules) across a resignation and a by-election", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.OFFICE.cookie;
    const leaving = await addDeputy(t.township.id, t.term.id, { name: "辞职代表" });
    await addDeputy(t.township.id, t.term.id, { name: "在任代表" });
    const byElected = await api.create(
      cookie,
      newDeputy({ name: "补选代表", idNumber: null, joinMethod: "BY_ELECTION", startDate: "2026-10-01" }),
    );
    expect(byElected.status).toBe(201);
    expect(await byElected.json()).toMatchObject({ joinMethod: "BY_ELECTION", startDate: "2026-10-01" });
    expect((await api.status(cookie, leaving.id, { status: "RESIGNED", effectiveDate: "2026-10-15" })).status).toBe(
      200,
    );
    // Another township's deputies never count.
    const other = await townshipWithRoles("乙镇");
    await addDeputy(other.township.id, other.term.id);

    const rows = await db.deputy.findMany({
      where: { termId: t.term.id },
      select: { startDate: true, leftDate: true },
    });
    const expected: Record<string, number> = {
      "2026-09-30": 3, // before the by-election: the factory deputy, 辞职代表, 在任代表
      "2026-10-01": 4, // 补选代表 counts from their start date
      "2026-10-14": 4, // the day before the resignation takes effect
      "2026-10-15": 3, // leaving on the date itself: no longer counts
      "2026-10-16": 3,
      [formatDay(todayInChina())]: 3,
    };
    for (const [date, n] of Object.entries(expected)) {
      const day = parseDay(date);
      expect(countSittingOn(rows, day), date).toBe(n);
      expect(await sittingCountOn(t.township.id, day), date).toBe(n);
      expect(await sittingCountOn(t.township.id, day, t.term.id), date).toBe(n);
    }
  });
});
