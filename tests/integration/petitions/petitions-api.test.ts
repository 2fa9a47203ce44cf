import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { townshipWithRoles } from "@/tests/factories";
import {
  ADDRESS,
  api,
  day,
  errorOf,
  ID_NUMBER,
  PDF,
  PHONE,
  registration,
  ROLES,
  SECRETS,
  today,
  world,
  written,
} from "./world";

type Item = { id: string; number: string; subject: string; petitioners: string; units: { name: string }[] };
type Detail = {
  id: string;
  number: string;
  petitioners: {
    name: string;
    phone: string | null;
    idNumber: string | null;
    address: string | null;
    masked: boolean;
  }[];
  personal: { view: string; canReveal: boolean };
  attachments: { id: string }[];
  events: { type: string; day: string; caption: string | null }[];
  onBehalf: { caption: string } | null;
  editable: true | string;
  version: number;
};
const listOf = async (res: Response) => {
  expect(res.status).toBe(200);
  return (await res.json()) as { items: Item[]; total: number; page: number; pageSize: number };
};
const year = () => today().getUTCFullYear();

describe("GET /api/v1/petitions: who lists what", () => {
  it("office and chair list the township's; a unit the cases handed to it; a deputy those they took; the presidium is refused", async () => {
    const w = await world();
    for (const role of ["OFFICE", "CHAIR"] as const) {
      const list = await listOf(await api.list(w.cookie[role]));
      expect(list.total).toBe(3);
    }
    const unit = await listOf(await api.list(w.cookie.UNIT));
    expect(unit.items.map((i) => i.id)).toEqual([w.handed.id]);
    expect(unit.items[0].units.map((u) => u.name)).toEqual(["民政办"]);
    const deputy = await listOf(await api.list(w.cookie.DEPUTY));
    expect(deputy.items.map((i) => i.id)).toEqual([w.taken.id]);
    expect((await api.list(w.cookie.PRESIDIUM)).status).toBe(403);
    expect((await listOf(await api.list(w.otherCookie))).total).toBe(0);
    // Asking for another unit's cases still lists only one's own.
    expect((await listOf(await api.list(w.otherCookie, `?unitId=${w.unit.id}`))).total).toBe(0);
    const elsewhere = await townshipWithRoles("别的镇");
    expect((await listOf(await api.list(elsewhere.sessions.OFFICE.cookie))).total).toBe(0);
  });

  it("filters by year, state, channel, category, unit and origin; sorts and pages in SQL", async () => {
    const w = await world();
    await api.create(
      w.cookie.OFFICE,
      registration({
        channel: "COUNTY_TRANSFER",
        sourceDocNo: "县人大信转〔2026〕3号",
        sourceDocDate: day(-5),
        subject: "县人大转办：土地补偿",
      }),
    );
    const q = async (qs: string) => (await listOf(await api.list(w.cookie.OFFICE, qs))).items.map((i) => i.subject);
    expect(await q("?origin=county")).toEqual(["县人大转办：土地补偿"]);
    expect(await q("?channel=COUNTY_TRANSFER")).toEqual(["县人大转办：土地补偿"]);
    expect((await q("?origin=local")).length).toBe(3);
    expect(await q("?category=SUGGESTION_OPINION")).toEqual(["村道修缮建议"]);
    expect(await q(`?unitId=${w.unit.id}`)).toEqual(["砖厂拖欠工资"]);
    expect((await q(`?year=${year()}`)).length + (await q(`?year=${year() - 1}`)).length).toBe(4);
    expect(await q("?state=CLOSED")).toEqual([]);
    expect(await q("?q=低保")).toEqual(["低保待遇被取消"]);
    const numbers = async (sort: string) =>
      (await listOf(await api.list(w.cookie.OFFICE, `?sort=${sort}`))).items.map((i) => i.number);
    const asc = await numbers("number_asc");
    expect(asc).toEqual([...asc].sort());
    expect(await numbers("number_desc")).toEqual([...asc].reverse());
    const page2 = await listOf(await api.list(w.cookie.OFFICE, "?sort=number_asc&pageSize=3&page=2"));
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.items.map((i) => i.number)).toEqual([asc[3]]);
    const bad = await api.list(w.cookie.OFFICE, "?origin=abroad&pageSize=500");
    expect(bad.status).toBe(400);
    const e = await errorOf(bad);
    expect(e.fields?.origin).toContain("来源");
    expect(e.fields?.pageSize).toContain("每页最多 100 条");
  });
});

describe("GET /api/v1/petitions/{id}: privacy", () => {
  it("masks phone, ID number and address for everyone by default; in full for office and chair on request, logged", async () => {
    const w = await world();
    const masked = (await (await api.get(w.cookie.OFFICE, w.handed.id)).json()) as Detail;
    expect(masked.petitioners[0]).toMatchObject({
      name: "王建国",
      phone: "138****5678",
      idNumber: `4101**********${ID_NUMBER.slice(-4)}`,
      address: "清水镇王庄村****",
      masked: true,
    });
    expect(masked.personal).toEqual(expect.objectContaining({ view: "MASKED", canReveal: true }));
    expect(await db.auditLog.count({ where: { action: "petition.personal_data_viewed" } })).toBe(0);
    for (const role of ["OFFICE", "CHAIR"] as const) {
      const full = (await (await api.get(w.cookie[role], w.handed.id, "?reveal=1")).json()) as Detail;
      expect(full.petitioners[0]).toMatchObject({ phone: PHONE, idNumber: ID_NUMBER, address: ADDRESS, masked: false });
    }
    const logged = await db.auditLog.findMany({
      where: { action: "petition.personal_data_viewed" },
      orderBy: { createdAt: "asc" },
    });
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ recordId: w.handed.id, userId: w.users.OFFICE.id });
    expect(JSON.stringify(logged.map((l) => [l.before, l.after]))).not.toContain(PHONE);
  });

  it("a unit or a deputy never receives the personal data, whatever it asks", async () => {
    const w = await world();
    const bodies: string[] = [];
    for (const [cookie, id] of [
      [w.cookie.UNIT, w.handed.id],
      [w.cookie.DEPUTY, w.taken.id],
    ] as const) {
      for (const qs of ["", "?reveal=1"]) {
        const res = await api.get(cookie, id, qs);
        expect(res.status).toBe(200);
        const body = await res.text();
        bodies.push(body);
        expect((JSON.parse(body) as Detail).personal).toMatchObject({ view: "MASKED", canReveal: false });
      }
      bodies.push(await (await api.list(cookie)).text());
      bodies.push(await (await api.list(cookie, "?q=王建国")).text());
      bodies.push(await (await api.export(cookie, "?personal=1")).text());
      bodies.push(
        await (await api.duplicates(cookie, { subject: "砖厂拖欠工资", petitioners: [{ name: "王建国" }] })).text(),
      );
      bodies.push(await (await api.patch(cookie, id, { version: 1, subject: "改" })).text());
    }
    for (const body of bodies) for (const secret of SECRETS) expect(body).not.toContain(secret);
    expect(await db.auditLog.count({ where: { action: "petition.personal_data_viewed" } })).toBe(0);
  });

  it("404 for a petition the actor may not see: another unit, another deputy's, another township; 403 for the presidium", async () => {
    const w = await world();
    expect((await api.get(w.cookie.UNIT, w.kept.id)).status).toBe(404);
    expect((await api.get(w.otherCookie, w.handed.id)).status).toBe(404);
    expect((await api.get(w.cookie.DEPUTY, w.handed.id)).status).toBe(404);
    expect((await api.get(w.cookie.PRESIDIUM, w.handed.id)).status).toBe(403);
    const elsewhere = await townshipWithRoles("别的镇");
    for (const role of ROLES.filter((r) => r !== "PRESIDIUM"))
      expect((await api.get(elsewhere.sessions[role].cookie, w.handed.id)).status, role).toBe(404);
    // An assignment no longer active (returned) hides it from the unit again.
    await db.petitionAssignment.updateMany({ where: { petitionId: w.handed.id }, data: { active: false } });
    expect((await api.get(w.cookie.UNIT, w.handed.id)).status).toBe(404);
  });
});

describe("POST /api/v1/petitions: registration", () => {
  it("the office registers with consecutive numbers of the year of receipt; 代录 when received earlier; audited without personal data", async () => {
    const w = await world();
    const res = await api.create(w.cookie.OFFICE, registration({ subject: "新的信访件" }));
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; number: string };
    const y = Number(day(-3).slice(0, 4));
    expect(created.number).toBe(`信访${y}-004`);
    const d = (await (await api.get(w.cookie.OFFICE, created.id)).json()) as Detail;
    expect(d.events).toEqual([
      expect.objectContaining({ type: "registered", day: day(-3), caption: expect.stringContaining("代录") }),
    ]);
    expect(d.onBehalf?.caption).toContain("代录");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "petition.registered", recordId: created.id },
    });
    expect(JSON.stringify(audit.after)).not.toContain(PHONE);
    expect(JSON.stringify(audit.after)).not.toContain(ID_NUMBER);
    expect(audit.after).toMatchObject({ number: created.number, onBehalf: { mark: "代录" } });
    // Received today: keyed the same day, not 代录.
    const todays = (await (await api.create(w.cookie.OFFICE, registration({ receivedOn: day(0) }))).json()) as {
      id: string;
    };
    expect(((await (await api.get(w.cookie.OFFICE, todays.id)).json()) as Detail).onBehalf).toBeNull();
  });

  it("twenty registrations at once get twenty consecutive numbers", async () => {
    const w = await world();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => api.create(w.cookie.OFFICE, registration({ subject: `同时登记${i}` }))),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = (await Promise.all(results.map((r) => r.json()))).map((b: { number: string }) => b.number).sort();
    const y = Number(day(-3).slice(0, 4));
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `信访${y}-${String(i + 4).padStart(3, "0")}`));
  });

  it("refuses bad input with a Chinese message naming the field, writing nothing", async () => {
    const w = await world();
    const before = await written();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ receivedOn: day(1) }, "receivedOn", "收到日期：不能晚于今天"],
      [
        { petitioners: [{ name: "甲", idNumber: ID_NUMBER.slice(0, 17) + (ID_NUMBER[17] === "0" ? "1" : "0") }] },
        "petitioners.0.idNumber",
        "身份证号：不是有效的 18 位身份证号",
      ],
      [
        { petitioners: [{ name: "甲", phone: "12345678901" }] },
        "petitioners.0.phone",
        "联系电话：不是有效的大陆电话号码",
      ],
      [
        {
          collective: true,
          visitorCount: 30,
          petitioners: ["甲", "乙", "丙", "丁", "戊", "己"].map((name) => ({ name })),
        },
        "petitioners",
        "不超过 5 人（信访工作条例第二十条）",
      ],
      [{ channel: "COUNTY_TRANSFER" }, "sourceDocNo", "来文文号：上级人大转办的信访件须填写来文文号"],
      [
        { channel: "COUNTY_TRANSFER", sourceDocNo: "县信转3号" },
        "sourceDocDate",
        "来文日期：上级人大转办的信访件须填写来文日期",
      ],
      [{ category: "ACCUSATION" }, "accusedName", "被检举人：检举控告类须填写被检举的单位或个人"],
      [{ collective: true, petitioners: [{ name: "甲" }] }, "visitorCount", "来访人数：多人走访须填写来访人数"],
      [{ subject: "" }, "subject", "标题"],
      [{ channel: "FAX" }, "channel", "信访渠道"],
      [{ petitioners: [] }, "petitioners", "请至少填写一位信访人"],
      [{ duplicateOfId: "00000000-0000-4000-8000-000000000000" }, "duplicateOfId", "关联的重复件：信访件不存在"],
      [
        { category: "ACCUSATION", accusedUnitId: "00000000-0000-4000-8000-000000000000" },
        "accusedUnitId",
        "被检举单位：不是本镇的承办单位",
      ],
      [{ extra: 1 }, "extra", "不允许的字段"],
    ];
    for (const [over, field, message] of cases) {
      const res = await api.create(w.cookie.OFFICE, registration(over));
      expect(res.status, field).toBe(400);
      expect((await errorOf(res)).fields?.[field], field).toContain(message);
    }
    expect(await written()).toEqual(before);
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await api.create(w.cookie[role], registration())).status, role).toBe(403);
    expect(await written()).toEqual(before);
  });

  it("a collective visit keeps its size and its representatives; a county transfer its document", async () => {
    const w = await world();
    const res = await api.create(
      w.cookie.OFFICE,
      registration({
        channel: "COUNTY_TRANSFER",
        sourceDocNo: "县人大信转〔2026〕3号",
        sourceDocDate: day(-5),
        collective: true,
        visitorCount: 40,
        petitioners: ["甲", "乙", "丙", "丁", "戊"].map((name) => ({ name })),
      }),
    );
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const p = await db.petition.findUniqueOrThrow({
      where: { id },
      include: { petitioners: { orderBy: { position: "asc" } } },
    });
    expect(p).toMatchObject({ collective: true, visitorCount: 40, sourceDocNo: "县人大信转〔2026〕3号" });
    expect(p.petitioners.map((x) => [x.name, x.representative])).toEqual(
      ["甲", "乙", "丙", "丁", "戊"].map((n) => [n, true]),
    );
  });

  it("files come with the registration in one request; office and chair download them (logged), nobody else", async () => {
    const w = await world();
    const res = await api.createWithFiles(w.cookie.OFFICE, registration(), [["来信.pdf", PDF("letter")]]);
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await db.petitionAssignment.create({
      data: { townshipId: w.township.id, petitionId: id, unitId: w.unit.id, assignedOn: today() },
    });
    const d = (await (await api.get(w.cookie.OFFICE, id)).json()) as Detail;
    expect(d.attachments).toHaveLength(1);
    const file = d.attachments[0].id;
    for (const role of ["OFFICE", "CHAIR"] as const)
      expect((await api.download(w.cookie[role], id, file)).status).toBe(200);
    expect(await db.auditLog.count({ where: { action: "petition.attachment_downloaded" } })).toBe(2);
    expect(((await (await api.get(w.cookie.UNIT, id)).json()) as Detail).attachments).toEqual([]);
    expect((await api.download(w.cookie.UNIT, id, file)).status).toBe(403);
    const more = await api.attach(w.cookie.OFFICE, id, [["补充材料.pdf", PDF("more")]]);
    expect(more.status).toBe(201);
    expect((await api.attach(w.cookie.CHAIR, id, [["x.pdf", PDF()]])).status).toBe(403);
    const badType = await api.attach(w.cookie.OFFICE, id, [["x.exe", PDF()]]);
    expect(badType.status).toBe(400);
    expect(await db.petitionAttachment.count({ where: { petitionId: id } })).toBe(2);
  });
});

describe("PATCH /api/v1/petitions/{id}", () => {
  it("the office corrects the registration at the version it read; audited with personal data masked; stale → 409", async () => {
    const w = await world();
    const res = await api.patch(w.cookie.OFFICE, w.kept.id, {
      version: 1,
      subject: "村道修缮（更正）",
      petitioners: [{ name: "赵六", phone: "139 0000 1111" }],
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ version: 2, changed: ["subject", "petitioners"] });
    const p = await db.petition.findUniqueOrThrow({ where: { id: w.kept.id }, include: { petitioners: true } });
    expect(p.subject).toBe("村道修缮（更正）");
    expect(p.petitioners[0].phone).toBe("13900001111");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "petition.updated" } });
    expect(audit.before).toMatchObject({ subject: "村道修缮建议" });
    expect(JSON.stringify(audit.after)).toContain("139****1111");
    expect(JSON.stringify(audit.after)).not.toContain("13900001111");
    const stale = await api.patch(w.cookie.OFFICE, w.kept.id, { version: 1, subject: "再改" });
    expect(stale.status).toBe(409);
    expect((await db.petition.findUniqueOrThrow({ where: { id: w.kept.id } })).subject).toBe("村道修缮（更正）");
  });

  it("refuses a closed case, bad fields and other roles, writing nothing", async () => {
    const w = await world();
    const before = await written();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ receivedOn: day(2) }, "receivedOn", "不能晚于今天"],
      [{ channel: "COUNTY_TRANSFER" }, "sourceDocNo", "来文文号"],
      [
        {
          collective: true,
          visitorCount: 20,
          petitioners: ["甲", "乙", "丙", "丁", "戊", "己"].map((name) => ({ name })),
        },
        "petitioners",
        "第二十条",
      ],
      [{ petitioners: [{ name: "甲", idNumber: "123" }] }, "petitioners.0.idNumber", "身份证号"],
      [{ category: "ACCUSATION" }, "accusedName", "被检举人"],
      [{ category: "ACCUSATION", accusedUnitId: "" }, "accusedName", "被检举人"],
    ];
    for (const [over, field, message] of cases) {
      const res = await api.patch(w.cookie.OFFICE, w.handed.id, { version: 1, ...over });
      expect(res.status, field).toBe(400);
      expect((await errorOf(res)).fields?.[field], field).toContain(message);
    }
    // Art. 30: the unit handling the case cannot become the accused by a correction.
    const accused = await api.patch(w.cookie.OFFICE, w.handed.id, {
      version: 1,
      category: "ACCUSATION",
      accusedUnitId: w.unit.id,
    });
    expect(accused.status).toBe(400);
    expect((await errorOf(accused)).fields?.accusedUnitId).toContain("第三十条");
    for (const role of ["CHAIR", "DEPUTY", "UNIT"] as const)
      expect((await api.patch(w.cookie[role], w.handed.id, { version: 1, subject: "改" })).status, role).toBe(403);
    expect(await written()).toEqual(before);
    await db.petition.update({ where: { id: w.kept.id }, data: { state: "CLOSED" } });
    const closed = await api.patch(w.cookie.OFFICE, w.kept.id, { version: 1, subject: "改" });
    expect(closed.status).toBe(409);
    expect((await errorOf(closed)).message).toContain("已办结");
  });
});

describe("POST /api/v1/petitions/duplicates", () => {
  it("shows the same petitioner, the same ID number and a similar subject within the look-back, and an accepted open case of any age", async () => {
    const w = await world();
    const find = async (body: unknown) =>
      (
        (await (await api.duplicates(w.cookie.OFFICE, body)).json()) as {
          items: { id: string; reasons: string[]; acceptedOpen: boolean }[];
        }
      ).items;
    const byName = await find({ subject: "别的事", petitioners: [{ name: "王建国" }] });
    expect(byName.map((d) => d.id)).toEqual([w.handed.id]);
    expect(byName[0].reasons).toEqual(["同一信访人（王建国）"]);
    const byId = await find({ petitioners: [{ name: "王建", idNumber: ID_NUMBER.toLowerCase() }] });
    expect(byId[0].reasons).toEqual(["身份证号相同"]);
    const bySubject = await find({ subject: "镇东砖厂拖欠工资问题", petitioners: [] });
    expect(bySubject.map((d) => d.id)).toEqual([w.handed.id]);
    expect(bySubject[0].reasons[0]).toMatch(/标题相近（相似度 \d+%）/);
    expect(await find({ subject: "完全不同的事情", petitioners: [{ name: "无名" }] })).toEqual([]);
    // Outside the look-back: only when accepted and still being handled (Art. 19 para 3).
    await db.petition.update({ where: { id: w.handed.id }, data: { receivedOn: new Date(Date.UTC(2020, 0, 1)) } });
    expect(await find({ petitioners: [{ name: "王建国" }] })).toEqual([]);
    await db.petition.update({ where: { id: w.handed.id }, data: { intake: "ACCEPT", state: "TRANSFERRED" } });
    expect(await find({ petitioners: [{ name: "王建国" }] })).toEqual([
      expect.objectContaining({ id: w.handed.id, acceptedOpen: true }),
    ]);
    expect(await find({ petitioners: [{ name: "王建国" }], excludeId: w.handed.id })).toEqual([]);
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await api.duplicates(w.cookie[role], { subject: "x" })).status, role).toBe(403);
  });

  it("a registration links the earlier petition as its duplicate; the record shows both ways", async () => {
    const w = await world();
    const res = await api.create(w.cookie.OFFICE, registration({ duplicateOfId: w.handed.id }));
    const { id } = (await res.json()) as { id: string };
    const d = (await (await api.get(w.cookie.OFFICE, id)).json()) as { duplicateOf: { id: string } | null };
    expect(d.duplicateOf?.id).toBe(w.handed.id);
    const earlier = (await (await api.get(w.cookie.OFFICE, w.handed.id)).json()) as { duplicates: { id: string }[] };
    expect(earlier.duplicates.map((x) => x.id)).toEqual([id]);
  });
});

describe("GET /api/v1/petitions/export", () => {
  it("masks unless the office asks; the chair may not ask; every export logged", async () => {
    const w = await world();
    const masked = await api.export(w.cookie.CHAIR);
    expect(masked.status).toBe(200);
    expect(masked.headers.get("content-type")).toContain("spreadsheetml");
    expect((await api.export(w.cookie.CHAIR, "?personal=1")).status).toBe(403);
    expect((await api.export(w.cookie.OFFICE, "?personal=1")).status).toBe(200);
    for (const role of ["PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await api.export(w.cookie[role])).status, role).toBe(403);
    const logs = await db.auditLog.findMany({ where: { action: "petition.exported" }, orderBy: { createdAt: "asc" } });
    expect(logs.map((l) => (l.after as { personalData: string }).personalData)).toEqual(["已隐去", "完整"]);
  });
});
