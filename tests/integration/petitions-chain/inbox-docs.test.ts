// A transferred case in the unit's one inbox and on the reminder list; the daily job; the three letters.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dueCounts } from "@/lib/inbox/read";
import { dailyJobs } from "@/lib/jobs/registry";
import { addDays, formatDay } from "@/lib/time/day";
import { runPetitionReminders } from "@/lib/petitions/reminders";
import { GET as inboxRoute } from "@/app/api/v1/inbox/route";
import { request } from "@/tests/factories";
import { api, must, petition, SECRET, today, transferred, world } from "./world";

type Row = { kind: string; id: string; title: string; open: boolean; link: string; role: string };
const inbox = async (cookie: string, qs = "") => {
  const res = await inboxRoute(request(`/api/v1/inbox${qs}`, { cookie }));
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(Object.values(SECRET).some((v) => text.includes(v))).toBe(false);
  return JSON.parse(text) as { items: Row[]; total: number };
};

describe("the unit's one inbox", () => {
  it("shows a transferred case to its lead and co-unit, never before transfer or to another unit", async () => {
    const w = await world();
    const p = await petition(w);
    await must(w.cookie.OFFICE, p.id, { step: "notify", intake: "ACCEPT" });
    expect((await inbox(w.cookie.UNIT)).total).toBe(0);
    await must(w.cookie.OFFICE, p.id, { step: "propose", note: "拟办" });
    await must(w.cookie.CHAIR, p.id, { step: "approve", decision: "APPROVE" });
    await must(w.cookie.OFFICE, p.id, { step: "transfer", leadUnitId: w.unit.id, coUnitIds: [w.coUnit.id] });
    expect((await inbox(w.cookie.UNIT, "?kind=petition")).items).toEqual([
      expect.objectContaining({
        kind: "petition",
        id: p.id,
        title: "信访：高龄津贴未发放",
        open: true,
        role: "LEAD",
        link: `/petitions/${p.id}`,
      }),
    ]);
    expect((await inbox(w.coCookie)).items.map((r) => r.role)).toEqual(["CO"]);
    expect((await inbox(w.accusedCookie)).total).toBe(0);
    await must(w.cookie.UNIT, p.id, { step: "reply", text: "已办理", decision: "SUPPORT", legalBasis: "有关规定" });
    expect((await inbox(w.cookie.UNIT)).items[0].open).toBe(false);
  });
});

describe("催办 by the daily job", () => {
  it("is registered; reminds the units of an overdue case once and flags it once", async () => {
    const w = await world();
    expect(dailyJobs().map((j) => j.name)).toContain("petitions.reminders");
    const p = await petition(w);
    await transferred(w, p.id, [w.coUnit.id]);
    await db.petition.update({ where: { id: p.id }, data: { dueDate: addDays(today(), -1) } });
    const counts = await dueCounts({
      townshipId: w.township.id,
      unitId: null,
      today: formatDay(today()),
      horizon: formatDay(addDays(today(), 7)),
      kinds: ["petition"],
    });
    expect(counts).toEqual({ overdue: 1, dueSoon: 0 });
    expect(await runPetitionReminders()).toEqual({ flagged: 1, notices: 2 });
    expect(await runPetitionReminders()).toEqual({ flagged: 0, notices: 0 });
    const n = await db.notification.findFirstOrThrow({
      where: { unitId: w.unit.id, message: { contains: "已超过办理期限" } },
    });
    expect(n.link).toBe(`/petitions/${p.id}`);
  });

  it("the office's recorded 催办 notifies the units and stays on the timeline", async () => {
    const w = await world();
    const p = await petition(w);
    await transferred(w, p.id);
    await must(w.cookie.OFFICE, p.id, { step: "remind", note: "电话催办民政办" });
    expect(await db.notification.count({ where: { unitId: w.unit.id, message: { contains: "人大办催办" } } })).toBe(1);
    expect((await db.petitionEvent.findFirstOrThrow({ where: { petitionId: p.id, type: "reminded" } })).note).toBe(
      "电话催办民政办",
    );
  });
});

describe("the letters (.docx)", () => {
  it("告知书, 意见书 and 延期告知书 for the office and chair; 409 before the record supports them; units 403", async () => {
    const w = await world();
    const p = await petition(w);
    expect((await api.document(w.cookie.OFFICE, p.id, "notice")).status).toBe(409);
    await transferred(w, p.id);
    const notice = await api.document(w.cookie.OFFICE, p.id, "notice");
    expect(notice.status).toBe(200);
    expect(notice.headers.get("content-type")).toContain("officedocument.wordprocessingml");
    expect((await api.document(w.cookie.CHAIR, p.id, "notice")).status).toBe(200);
    expect((await api.document(w.cookie.OFFICE, p.id, "opinion")).status).toBe(409);
    expect((await api.document(w.cookie.UNIT, p.id, "notice")).status).toBe(403);
    expect((await api.document(w.cookie.OFFICE, p.id, "bogus")).status).toBe(400);
    await must(w.cookie.CHAIR, p.id, { step: "extend", days: 20, reason: "情况复杂" });
    expect((await api.document(w.cookie.OFFICE, p.id, "extension")).status).toBe(200);
    await must(w.cookie.UNIT, p.id, { step: "reply", text: "已办理", decision: "SUPPORT", legalBasis: "有关规定" });
    expect((await api.document(w.cookie.OFFICE, p.id, "opinion")).status).toBe(200);
    expect(await db.auditLog.count({ where: { action: "petition.document_exported", recordId: p.id } })).toBe(4);
  });
});
