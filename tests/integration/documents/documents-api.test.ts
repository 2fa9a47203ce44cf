import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { createPetition } from "@/lib/petitions/service";
import { PetitionCreateInput } from "@/lib/petitions/schema";
import { registration } from "@/tests/integration/petitions/world";
import { api, entry, json, PDF, world } from "@/tests/integration/documents/world";

const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const;

type Entry = { id: string; serial: number; version: number; registerNumber: string; year: number };

describe("document register API", () => {
  it("answers each role as the brief says: the office writes, the chair and presidium read, others nothing", async () => {
    // Columns: OFFICE, CHAIR, PRESIDIUM, DEPUTY, UNIT (written from the brief, not read from PERMISSIONS).
    const EXPECTED: Record<string, number[]> = {
      "GET /documents": [200, 200, 200, 403, 403],
      "POST /documents": [201, 403, 403, 403, 403],
      "GET /documents/{id}": [200, 200, 200, 403, 403],
      "PATCH /documents/{id}": [200, 403, 403, 403, 403],
      "GET /documents/export": [200, 200, 200, 403, 403],
      "GET /archive": [200, 200, 403, 403, 403],
      "GET /archive/zip": [200, 200, 403, 403, 403],
      "GET /publicity": [200, 200, 200, 403, 403],
      "POST /publicity": [201, 403, 403, 403, 403],
    };
    const w = await world("角色归档镇");
    const d = await json<Entry>(await api.create(w.cookie.OFFICE, entry()), 201);
    const got: Record<string, number[]> = Object.fromEntries(Object.keys(EXPECTED).map((k) => [k, []]));
    for (const role of ROLES) {
      const c = w.cookie[role];
      const current = await json<Entry>(await api.get(w.cookie.OFFICE, d.id), 200);
      got["GET /documents"].push((await api.list(c, "?year=2026")).status);
      got["POST /documents"].push((await api.create(c, entry())).status);
      got["GET /documents/{id}"].push((await api.get(c, d.id)).status);
      got["PATCH /documents/{id}"].push(
        (await api.patch(c, d.id, { version: current.version, handling: `已阅（${role}）` })).status,
      );
      got["GET /documents/export"].push((await api.export(c, "?year=2026")).status);
      got["GET /archive"].push((await api.archive(c, "?year=2026")).status);
      got["GET /archive/zip"].push((await api.zip(c, "?year=2026")).status);
      got["GET /publicity"].push((await api.publicity(c, "?year=2026")).status);
      got["POST /publicity"].push(
        (await api.publicityCreate(c, { kind: "COUNTY_INFO", title: "稿件", outlet: "县人大", sentOn: "2026-03-02" }))
          .status,
      );
    }
    expect(got).toEqual(EXPECTED);
  });

  it("gives 20 simultaneous registrations 20 consecutive serials, per direction and year", async () => {
    const w = await world("并发登记镇");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => api.create(w.cookie.OFFICE, entry({ title: `来文${i}` }))),
    );
    const serials = await Promise.all(results.map(async (r) => (await json<Entry>(r, 201)).serial));
    expect(serials.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // Outgoing and another year number from 1 on their own.
    const out = await json<Entry>(await api.create(w.cookie.OFFICE, entry({ direction: "OUTGOING" })), 201);
    expect(out.registerNumber).toBe("发〔2026〕1号");
    const last = await json<Entry>(await api.create(w.cookie.OFFICE, entry({ date: "2025-12-31" })), 201);
    expect([last.year, last.serial]).toEqual([2025, 1]);
  });

  it("refuses bad input with the field named, writing nothing", async () => {
    const w = await world("坏输入归档镇");
    const before = await db.documentRecord.count({ where: { townshipId: w.township.id } });
    const bad = [
      [entry({ date: "2026-02-30" }), "date"],
      [entry({ direction: "SIDEWAYS" }), "direction"],
      [entry({ category: "杂项" }), "category"],
      [entry({ title: "" }), "title"],
      [entry({ handledOn: "2026-03-01" }), "handledOn"],
      [
        entry({ links: [{ module: "PETITION", recordId: "00000000-0000-4000-8000-000000000000" }] }),
        "links.0.recordId",
      ],
    ] as const;
    for (const [body, field] of bad) {
      const res = await api.create(w.cookie.OFFICE, body);
      const e = (await json<{ error: { fields: Record<string, string> } }>(res, 400)).error;
      expect(Object.keys(e.fields), JSON.stringify(e)).toContain(field);
    }
    expect(await db.documentRecord.count({ where: { townshipId: w.township.id } })).toBe(before);
    const badType = await api.createWithFile(w.cookie.OFFICE, entry(), [["x.exe", PDF()]]);
    expect(badType.status).toBe(400);
    expect(await db.documentRecord.count({ where: { townshipId: w.township.id } })).toBe(before);
  });

  it("corrects the registered facts only with a reason, kept in the history; records the handling without one", async () => {
    const w = await world("更正归档镇");
    const d = await json<Entry>(await api.create(w.cookie.OFFICE, entry()), 201);
    const noReason = await api.patch(w.cookie.OFFICE, d.id, { version: 1, title: "更正后的标题" });
    expect((await json<{ error: { fields: object } }>(noReason, 400)).error.fields).toHaveProperty("reason");
    const otherYear = await api.patch(w.cookie.OFFICE, d.id, { version: 1, date: "2027-01-02", reason: "录错" });
    expect((await json<{ error: { fields: object } }>(otherYear, 400)).error.fields).toHaveProperty("date");
    await json(await api.patch(w.cookie.OFFICE, d.id, { version: 1, title: "更正后的标题", reason: "标题录错" }), 200);
    const stale = await api.patch(w.cookie.OFFICE, d.id, { version: 1, handling: "已阅" });
    expect(stale.status).toBe(409);
    await json(
      await api.patch(w.cookie.OFFICE, d.id, { version: 2, handling: "已呈主席阅批", handledOn: "2026-03-04" }),
      200,
    );
    const got = await json<{
      title: string;
      handling: string;
      corrections: { reason: string; changes: { before: string }[] }[];
    }>(await api.get(w.cookie.CHAIR, d.id), 200);
    expect(got.title).toBe("更正后的标题");
    expect(got.handling).toBe("已呈主席阅批");
    expect(got.corrections).toHaveLength(1);
    expect(got.corrections[0].reason).toBe("标题录错");
    expect(got.corrections[0].changes[0].before).toBe("关于做好代表建议督办工作的通知");
    const audits = await db.auditLog.findMany({ where: { recordId: d.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["document.registered", "document.corrected", "document.handled"]);
  });

  it("keeps one file, links records of the township only, and lists, filters and exports in SQL", async () => {
    const w = await world("关联归档镇");
    const other = await world("别的归档镇");
    const office = w.sessions.OFFICE.actor;
    const petition = await createPetition(office, PetitionCreateInput.parse(registration()));
    const foreign = await createPetition(other.sessions.OFFICE.actor, PetitionCreateInput.parse(registration()));
    const bytes = PDF("scan");
    const d = await json<Entry & { file: { sha256: string } }>(
      await api.createWithFile(w.cookie.OFFICE, entry({ links: [{ module: "PETITION", recordId: petition.id }] }), [
        ["来文.pdf", bytes],
      ]),
      201,
    );
    expect(d.file.sha256).toHaveLength(64);
    const dl = await api.download(w.cookie.PRESIDIUM, d.id);
    expect(dl.status).toBe(200);
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(bytes);
    expect((await api.attach(w.cookie.OFFICE, d.id, [["再传.pdf", PDF()]])).status).toBe(409);
    const foreignLink = await api.link(w.cookie.OFFICE, d.id, { module: "PETITION", recordId: foreign.id });
    expect(foreignLink.status).toBe(400);
    expect((await api.link(w.cookie.OFFICE, d.id, { module: "PETITION", recordId: petition.id })).status).toBe(409);
    const got = await json<{ links: { id: string; label: string; moduleLabel: string }[] }>(
      await api.get(w.cookie.OFFICE, d.id),
      200,
    );
    expect(got.links.map((l) => l.moduleLabel)).toEqual(["信访"]);
    const picks = await json<{ items: { id: string }[] }>(
      await api.records(w.cookie.OFFICE, `?module=PETITION&year=${formatDay(addDays(todayInChina(), -3)).slice(0, 4)}`),
      200,
    );
    expect(picks.items.map((p) => p.id)).toEqual([petition.id]);
    await json(await api.unlink(w.cookie.OFFICE, d.id, got.links[0].id), 200);
    const relinked = await json<{ label: string }>(
      await api.link(w.cookie.OFFICE, d.id, { module: "PETITION", recordId: petition.id }),
      201,
    );
    expect(relinked.label).toContain(petition.number!);

    await json(
      await api.create(w.cookie.OFFICE, entry({ title: "关于召开代表小组活动的通知", category: "代表工作" })),
      201,
    );
    await json(await api.create(w.cookie.OFFICE, entry({ direction: "OUTGOING", title: "关于人代会筹备的请示" })), 201);
    const list = await json<{ items: Entry[]; total: number }>(
      await api.list(w.cookie.CHAIR, "?year=2026&direction=INCOMING&pageSize=1"),
      200,
    );
    expect(list.total).toBe(2);
    expect(list.items[0].serial).toBe(2);
    const q = await json<{ total: number }>(await api.list(w.cookie.CHAIR, "?q=小组活动"), 200);
    expect(q.total).toBe(1);
    const cat = await json<{ total: number }>(await api.list(w.cookie.CHAIR, "?category=建议&direction=INCOMING"), 200);
    expect(cat.total).toBe(1);
    const xlsx = await api.export(w.cookie.CHAIR, "?year=2026");
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect((await api.list(other.cookie.OFFICE, "")).status).toBe(200);
    expect((await api.get(other.cookie.OFFICE, d.id)).status).toBe(404);
  });
});
