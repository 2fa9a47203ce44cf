// The deputy's record (履职档案) and the 履职公示 through their routes: who reads which record (the deputy, the
// linked presidium member, office and chair; others 404), the figures against the hand-counted world, and no
// personal data in any answer of the 公示.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTownship, createUser, signIn } from "@/tests/factories";
import { api, PERSONAL, recordWorld, YEAR, type RecordWorld } from "@/tests/integration/deputy-record/world";

interface RecordBody {
  year: number;
  deputy: { name: string };
  sessions: {
    figures: { total: number; present: number; leave: number; absent: number };
    warning: { level: string; count: number; text: string } | null;
    items: { status: string }[];
  };
  suggestions: {
    figures: {
      total: number;
      led: number;
      cosigned: number;
      replied: number;
      classes: { A: number };
      ratings: { SATISFIED: number };
    };
    items: { title: string; lead: boolean; replyClass: string | null; rating: string | null }[];
  };
  supervision: { figures: { activities: number; attended: number; polls: number } };
  duties: {
    byKind: { kind: string; verified: number; pending: number }[];
    card: { lines: { key: string; done: number }[] };
  };
  training: { trainings: { title: string }[]; daysThisYear: number; daysThisTerm: number } | null;
  reception: { date: string; place: string | null; present: boolean | null; received: number }[];
}

const body = async <T = RecordBody>(res: Response, status: number) => {
  const text = await res.text();
  expect(res.status, text.slice(0, 300)).toBe(status);
  return JSON.parse(text) as T;
};

const noPersonalData = (text: string) => {
  for (const value of [...Object.values(PERSONAL), "1980-01-01", "idNumber", "phone", "address", "birthDate"])
    expect(text).not.toContain(value);
};

describe("GET /api/v1/deputies/{id}/record", () => {
  it("answers the deputy, the linked presidium member, the office and the chair; everyone else 404", async () => {
    const w: RecordWorld = await recordWorld();
    const other = await createTownship("别的镇");
    const otherOffice = await signIn(await createUser(other.id, "OFFICE"));
    const status = async (cookie: string) => (await api.record(cookie, w.d0.id)).status;
    expect({
      office: await status(w.cookie.OFFICE),
      chair: await status(w.cookie.CHAIR),
      linked: await status(w.cookie.PRESIDIUM),
      unlinked: await status(w.unlinked),
      own: await status(w.cookie.DEPUTY),
      another: await status(w.voters[1]),
      unit: await status(w.cookie.UNIT),
      otherTownship: await status(otherOffice.cookie),
    }).toEqual({
      office: 200,
      chair: 200,
      linked: 200,
      unlinked: 404,
      own: 200,
      another: 404,
      unit: 404,
      otherTownship: 404,
    });
    // The second deputy reads their own, not the role deputy's; the linked member not the unlinked deputy's.
    expect((await api.record(w.voters[1], w.d1.id)).status).toBe(200);
    expect((await api.record(w.cookie.PRESIDIUM, w.d1.id)).status).toBe(404);
    // The .docx follows the same rule, and its export is audited.
    const docx = await api.docx(w.cookie.DEPUTY, w.d0.id);
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
    expect((await api.docx(w.cookie.UNIT, w.d0.id)).status).toBe(404);
    expect((await api.docx(w.unlinked, w.d0.id)).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: "deputy_record.exported", recordId: w.d0.id } })).toBe(1);
    // A bad year is refused naming the field.
    const bad = await body<{ error: { fields: Record<string, string> } }>(
      await api.record(w.cookie.OFFICE, w.d0.id, "?year=1900"),
      400,
    );
    expect(Object.values(bad.error.fields).join()).toContain("年度");
  });

  it("gathers the year as hand-counted: sessions with the Art. 62 warning, suggestions, supervision — no ID, phone or address", async () => {
    const w = await recordWorld();
    const res = await api.record(w.cookie.PRESIDIUM, w.d0.id);
    const text = await res.clone().text();
    const r = await body(res, 200);
    expect(r.year).toBe(YEAR);
    expect(r.sessions.figures).toMatchObject({ total: 2, present: 0, leave: 0, absent: 2 });
    expect(r.sessions.warning).toMatchObject({ level: "warning", count: 2 });
    expect(r.sessions.warning!.text).toContain("第一次会议、第二次会议");
    expect(r.suggestions.figures).toMatchObject({
      total: 2,
      led: 1,
      cosigned: 1,
      replied: 1,
      classes: { A: 1 },
      ratings: { SATISFIED: 1 },
    });
    expect(r.suggestions.items.map((s) => [s.title, s.lead, s.replyClass, s.rating])).toEqual([
      ["关于修缮青山村便民桥的建议", true, "A", "SATISFIED"],
      ["关于增设村级卫生室的建议", false, null, null],
    ]);
    expect(r.supervision.figures).toEqual({ activities: 1, attended: 1, polls: 5 });
    const kinds = Object.fromEntries(r.duties.byKind.map((k) => [k.kind, [k.verified, k.pending]]));
    expect(kinds).toMatchObject({ VOTER_CONTACT: [1, 0], VOTER_FORUM: [0, 1] });
    expect(r.training).toMatchObject({ daysThisYear: 2, daysThisTerm: 2, trainings: [{ title: "新任代表初任学习" }] });
    expect(r.reception).toEqual([
      expect.objectContaining({ date: "2026-11-10", place: "镇人大代表之家", present: true, received: 0 }),
    ]);
    // Participation only: the answer never says how the deputy voted.
    expect(text).not.toContain('UNSATISFIED","round');
    expect(text).not.toMatch(/"choice"/);
    for (const value of Object.values(PERSONAL)) expect(text).not.toContain(value);

    const second = await body(await api.record(w.cookie.OFFICE, w.d1.id), 200);
    expect(second.sessions.figures).toMatchObject({ total: 2, present: 1, leave: 1, absent: 0 });
    expect(second.sessions.warning).toBeNull();
    expect(second.suggestions.figures).toMatchObject({ total: 2, led: 1, cosigned: 1, replied: 1 });
    expect(second.supervision.figures).toEqual({ activities: 1, attended: 0, polls: 0 });
    expect(second.reception).toEqual([]);
  });
});

describe("履职公示", () => {
  it("is published by the office for every role, without personal data; withdrawn with a reason, audited", async () => {
    const w = await recordWorld();
    type View = {
      published: boolean;
      preview: boolean;
      rows: { name: string; sessions: object; suggestions: object; supervision: object }[] | null;
    };
    const before = await body<View>(await api.published(w.cookie.DEPUTY), 200);
    expect(before).toMatchObject({ published: false, rows: null });
    const preview = await body<View>(await api.published(w.cookie.OFFICE), 200);
    expect(preview.preview).toBe(true);

    expect((await api.publish(w.cookie.DEPUTY, { year: YEAR })).status).toBe(403);
    expect((await api.publish(w.cookie.CHAIR, { year: YEAR })).status).toBe(403);
    await body(await api.publish(w.cookie.OFFICE, { year: YEAR }), 200);
    expect((await api.publish(w.cookie.OFFICE, { year: YEAR })).status).toBe(409);

    for (const cookie of [w.cookie.OFFICE, w.cookie.CHAIR, w.cookie.PRESIDIUM, w.cookie.DEPUTY, w.cookie.UNIT]) {
      const res = await api.published(cookie);
      const text = await res.clone().text();
      const v = await body<View>(res, 200);
      expect(v.published).toBe(true);
      noPersonalData(text);
      for (const d of w.deputies) expect(text).not.toContain(d.id);
      const row = v.rows!.find((r) => r.name === w.d0.name)!;
      expect(row).toMatchObject({
        sessions: { total: 2, attended: 0, leave: 0, absent: 2 },
        suggestions: { total: 2, led: 1 },
        supervision: { activities: 1, polls: 5 },
        // The world's training (2 days, present), its verified contact (the forum not yet verified), its
        // reception day; no group activity; 六个一: contacts (12 ≥ 10) and the valuable suggestion (replied A).
        training: { attended: 1, days: 2 },
        duties: { verified: 1 },
        groupActivities: { attended: 0 },
        reception: { served: 1 },
        sixOne: { met: 2, of: 6 },
      });
    }

    const noReason = await body<{ error: { fields: Record<string, string> } }>(
      await api.withdraw(w.cookie.OFFICE, { year: YEAR }),
      400,
    );
    expect(noReason.error.fields.reason).toContain("撤回原因");
    await body(await api.withdraw(w.cookie.OFFICE, { year: YEAR, reason: "数字有误，核实后重新公示" }), 200);
    expect(await body<View>(await api.published(w.cookie.DEPUTY), 200)).toMatchObject({ published: false, rows: null });
    const audit = await db.auditLog.findMany({
      where: { townshipId: w.township.id, action: { in: ["deputy_record.published", "deputy_record.withdrawn"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.reason])).toEqual([
      ["deputy_record.published", null],
      ["deputy_record.withdrawn", "数字有误，核实后重新公示"],
    ]);
    expect((await api.withdraw(w.cookie.OFFICE, { year: YEAR, reason: "再撤一次" })).status).toBe(409);
    // Published again after the withdrawal.
    await body(await api.publish(w.cookie.OFFICE, { year: YEAR }), 200);
    expect((await body<View>(await api.published(w.cookie.UNIT), 200)).published).toBe(true);
  });
});
