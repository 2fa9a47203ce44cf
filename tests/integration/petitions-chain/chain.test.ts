import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, formatDay } from "@/lib/time/day";
import { handlingDue } from "@/lib/petitions/clock";
import { ago, api, errorOf, must, petition, ROLES, SECRET, step, today, transferred, world, written } from "./world";

const hasSecret = (text: string) => Object.values(SECRET).some((v) => text.includes(v));

describe("the handling chain, start to end", () => {
  it("告知 → 拟办 → 批办 → 转办 → 回复 → 办结 → 回访, each answer without personal data", async () => {
    const w = await world();
    const p = await petition(w, { receivedOn: ago(10) });
    const notified = await must(w.cookie.OFFICE, p.id, { step: "notify", intake: "ACCEPT", occurredOn: ago(9) });
    expect(notified).toMatchObject({
      state: "REGISTERED",
      intake: "ACCEPT",
      acceptedOn: ago(9),
      notifiedOn: ago(9),
      dueDate: formatDay(handlingDue(addDays(today(), -9))),
    });
    await must(w.cookie.OFFICE, p.id, { step: "propose", note: "拟交民政办核实", occurredOn: ago(8) });
    expect(await must(w.cookie.CHAIR, p.id, { step: "approve", decision: "APPROVE", note: "同意" })).toMatchObject({
      state: "APPROVED",
    });
    await must(w.cookie.OFFICE, p.id, { step: "transfer", leadUnitId: w.unit.id, coUnitIds: [w.coUnit.id] });
    const assignments = await db.petitionAssignment.findMany({
      where: { petitionId: p.id },
      orderBy: { lead: "desc" },
    });
    expect(assignments.map((a) => [a.unitId, a.lead, a.active])).toEqual([
      [w.unit.id, true, true],
      [w.coUnit.id, false, true],
    ]);
    expect(assignments[0].returnBy!.getTime()).toBeGreaterThan(today().getTime());
    // The unit sees its steps, answers; every answer to it is free of the petitioner's personal data.
    const steps = await api.steps(w.cookie.UNIT, p.id);
    const stepsText = await steps.text();
    expect(steps.status).toBe(200);
    expect(hasSecret(stepsText)).toBe(false);
    expect(
      JSON.parse(stepsText)
        .steps.filter((s: { open: boolean }) => s.open)
        .map((s: { name: string }) => s.name),
    ).toEqual(["object", "reply"]);
    const replied = await step(w.cookie.UNIT, p.id, {
      step: "reply",
      text: "经核实，已补发高龄津贴2740元。",
      decision: "SUPPORT",
      legalBasis: "《老年人权益保障法》第三十三条",
    });
    const replyText = await replied.text();
    expect(replied.status, replyText).toBe(200);
    expect(hasSecret(replyText)).toBe(false);
    expect(JSON.parse(replyText).state).toBe("ANSWERED");
    await must(w.cookie.OFFICE, p.id, { step: "close", resolved: true, satisfaction: "SATISFIED" });
    await must(w.cookie.OFFICE, p.id, { step: "visit", note: "电话回访，信访人表示满意" });
    const after = await db.petition.findUniqueOrThrow({ where: { id: p.id } });
    expect(after).toMatchObject({ state: "CLOSED", resolved: true, satisfaction: "SATISFIED" });
    const events = await db.petitionEvent.findMany({ where: { petitionId: p.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.type)).toEqual([
      "notified",
      "proposed",
      "approved",
      "transferred",
      "answered",
      "closed",
      "visited",
    ]);
    expect(formatDay(events[0].occurredOn!)).toBe(ago(9));
    const audits = await db.auditLog.findMany({ where: { recordId: p.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual([
      "petition.notified",
      "petition.proposed",
      "petition.approved",
      "petition.transferred",
      "petition.answered",
      "petition.closed",
      "petition.visited",
    ]);
    // The unit was told of the transfer.
    expect(await db.notification.count({ where: { unitId: w.unit.id, subjectId: p.id } })).toBe(1);
  });

  it("a county case reports back (文号, 日期) before closing; a forwarded one closes after its notice", async () => {
    const w = await world();
    const county = await petition(w, { channel: "COUNTY_TRANSFER" });
    await transferred(w, county.id);
    await must(w.cookie.UNIT, county.id, {
      step: "reply",
      text: "已办理",
      decision: "EXPLAIN",
      legalBasis: "有关规定",
    });
    const early = await step(w.cookie.OFFICE, county.id, { step: "close", resolved: true });
    expect(early.status).toBe(409);
    expect((await errorOf(early)).message).toBe("上级人大转办的信访件须先报告办理结果，再办结");
    await must(w.cookie.OFFICE, county.id, { step: "report", reportNumber: "清人办〔2026〕3号" });
    expect(await db.petition.findUniqueOrThrow({ where: { id: county.id } })).toMatchObject({
      state: "REPORTED",
      reportNumber: "清人办〔2026〕3号",
    });
    await must(w.cookie.OFFICE, county.id, { step: "close", resolved: true });

    const other = await petition(w);
    await must(w.cookie.OFFICE, other.id, { step: "notify", intake: "FORWARD", forwardedTo: "县人民法院" });
    const propose = await step(w.cookie.OFFICE, other.id, { step: "propose", note: "x" });
    expect(propose.status).toBe(409);
    await must(w.cookie.OFFICE, other.id, { step: "close", resolved: false });
  });

  it("the notice may be waived when name or address is unclear, with its reason", async () => {
    const w = await world();
    const p = await petition(w);
    await must(w.cookie.OFFICE, p.id, { step: "notify", intake: "ACCEPT", waivedReason: "信访人住址不清" });
    expect(await db.petition.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      notifiedOn: null,
      noticeWaivedReason: "信访人住址不清",
      intake: "ACCEPT",
    });
    expect((await db.petitionEvent.findFirstOrThrow({ where: { petitionId: p.id } })).type).toBe("notice_waived");
  });
});

describe("refusals: out of order, dates, races — nothing half-written", () => {
  it("a step out of order is 409 with its reason; a day before receipt or after today is 400 naming the field", async () => {
    const w = await world();
    const p = await petition(w, { receivedOn: ago(10) });
    const before = await written();
    const early = await step(w.cookie.OFFICE, p.id, { step: "transfer", leadUnitId: w.unit.id });
    expect(early.status).toBe(409);
    expect((await errorOf(early)).message).toMatch(/批办后才能转办/);
    const beforeReceipt = await step(w.cookie.OFFICE, p.id, { step: "notify", intake: "ACCEPT", occurredOn: ago(11) });
    expect(beforeReceipt.status).toBe(400);
    expect((await errorOf(beforeReceipt)).fields).toEqual({ occurredOn: `告知日期：不能早于收到日期（${ago(10)}）` });
    const future = await step(w.cookie.OFFICE, p.id, {
      step: "notify",
      intake: "ACCEPT",
      occurredOn: formatDay(addDays(today(), 1)),
    });
    expect(future.status).toBe(400);
    const noWhere = await step(w.cookie.OFFICE, p.id, { step: "notify", intake: "FORWARD" });
    expect((await errorOf(noWhere)).fields).toEqual({ forwardedTo: "转送、交办去向：请填写转送、交办到哪个机关" });
    const unknown = await step(w.cookie.OFFICE, p.id, { step: "fly" });
    expect(unknown.status).toBe(400);
    expect(await written()).toEqual(before);
  });

  it("a stale version is 409; two requests at once: one wins, the other is 409", async () => {
    const w = await world();
    const p = await petition(w);
    const stale = await api.step(w.cookie.OFFICE, p.id, { step: "notify", intake: "ACCEPT", version: 7 });
    expect(stale.status).toBe(409);
    const body = { step: "notify", intake: "ACCEPT", version: 1 };
    const both = await Promise.all([api.step(w.cookie.OFFICE, p.id, body), api.step(w.cookie.OFFICE, p.id, body)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await db.petitionEvent.count({ where: { petitionId: p.id } })).toBe(1);
  });

  it("申诉求决类: the reply needs the decision and its legal basis (Art. 32)", async () => {
    const w = await world();
    const p = await petition(w, { category: "APPEAL_CLAIM" });
    await transferred(w, p.id);
    const before = await written();
    const bare = await step(w.cookie.UNIT, p.id, { step: "reply", text: "已办理" });
    expect(bare.status).toBe(400);
    expect(Object.keys((await errorOf(bare)).fields!).sort()).toEqual(["decision", "legalBasis"]);
    expect(await written()).toEqual(before);
    const opinion = await petition(w, { category: "SUGGESTION_OPINION" });
    await transferred(w, opinion.id);
    await must(w.cookie.UNIT, opinion.id, { step: "reply", text: "建议已采纳" });
  });
});

describe("who may take which step", () => {
  const OFFICE_STEPS = [
    { step: "notify", intake: "ACCEPT" },
    { step: "propose", note: "拟办" },
    { step: "remind", note: "电话催办" },
    { step: "close", resolved: true },
    { step: "recuse", userId: "00000000-0000-4000-8000-000000000000", reason: "亲属" },
  ];

  it("the office's steps: the chair and units 403; presidium and deputies 403 at the door", async () => {
    const w = await world();
    const p = await petition(w);
    await transferred(w, p.id);
    for (const body of OFFICE_STEPS) {
      for (const role of ["CHAIR", "UNIT", "PRESIDIUM", "DEPUTY"] as const) {
        const res = await step(w.cookie[role], p.id, body);
        expect(res.status, `${role} ${body.step}`).toBe(403);
      }
    }
    for (const role of ["PRESIDIUM", "DEPUTY"] as const)
      expect((await api.steps(w.cookie[role], p.id)).status).toBe(403);
  });

  it("批办: the chair, or the office keying the chair's paper approval (代录) with its day", async () => {
    const w = await world();
    const p = await petition(w, { receivedOn: ago(10) });
    await must(w.cookie.OFFICE, p.id, { step: "notify", intake: "ACCEPT", occurredOn: ago(9) });
    await must(w.cookie.OFFICE, p.id, { step: "propose", note: "拟办", occurredOn: ago(8) });
    expect((await step(w.cookie.UNIT, p.id, { step: "approve", decision: "APPROVE" })).status).toBe(404);
    const early = await step(w.cookie.OFFICE, p.id, { step: "approve", decision: "APPROVE", occurredOn: ago(9) });
    expect((await errorOf(early)).fields).toEqual({ occurredOn: `批办日期：不能早于拟办日期（${ago(8)}）` });
    const chairDated = await step(w.cookie.CHAIR, p.id, { step: "approve", decision: "APPROVE", occurredOn: ago(7) });
    expect((await errorOf(chairDated)).fields).toEqual({ occurredOn: "批办日期：只有人大办补录或代录时填写" });
    await must(w.cookie.OFFICE, p.id, { step: "approve", decision: "APPROVE", occurredOn: ago(7) });
    const ev = await db.petitionEvent.findFirstOrThrow({ where: { petitionId: p.id, type: "approved" } });
    expect(ev).toMatchObject({ onBehalfOf: "人大主席", enteredById: w.users.OFFICE.id });
    expect(formatDay(ev.occurredOn!)).toBe(ago(7));
  });

  it("批办 sends back: the case is registered again and proposed anew", async () => {
    const w = await world();
    const p = await petition(w);
    await must(w.cookie.OFFICE, p.id, { step: "notify", intake: "ACCEPT" });
    await must(w.cookie.OFFICE, p.id, { step: "propose", note: "拟办" });
    const noNote = await step(w.cookie.CHAIR, p.id, { step: "approve", decision: "SEND_BACK" });
    expect((await errorOf(noNote)).fields).toEqual({ note: "批示：退回重拟时请写明意见" });
    expect(
      await must(w.cookie.CHAIR, p.id, { step: "approve", decision: "SEND_BACK", note: "请补充调查" }),
    ).toMatchObject({
      state: "REGISTERED",
    });
    await must(w.cookie.OFFICE, p.id, { step: "propose", note: "补充调查后拟交民政办" });
    expect(
      (await db.auditLog.findFirstOrThrow({ where: { recordId: p.id, action: "petition.sent_back" } })).action,
    ).toBe("petition.sent_back");
  });

  it("a unit that was not given the case, or another township, gets 404", async () => {
    const w = await world();
    const p = await petition(w);
    await transferred(w, p.id);
    expect((await api.steps(w.accusedCookie, p.id)).status).toBe(404);
    expect((await step(w.accusedCookie, p.id, { step: "reply", text: "x" })).status).toBe(404);
    const far = await world("远方镇");
    expect((await api.steps(far.cookie.OFFICE, p.id)).status).toBe(404);
    expect((await step(far.cookie.OFFICE, p.id, { step: "remind", note: "x" })).status).toBe(404);
  });

  it("a co-unit may object for its own part but not reply", async () => {
    const w = await world();
    const p = await petition(w);
    await transferred(w, p.id, [w.coUnit.id]);
    expect(
      (await step(w.coCookie, p.id, { step: "reply", text: "x", decision: "SUPPORT", legalBasis: "y" })).status,
    ).toBe(403);
    await must(w.coCookie, p.id, { step: "object", note: "不属于本单位职责" });
    const rows = await db.petitionAssignment.findMany({ where: { petitionId: p.id }, orderBy: { lead: "desc" } });
    expect(rows.map((a) => a.active)).toEqual([true, false]);
    expect(rows[1].returnReason).toBe("不属于本单位职责");
    expect((await db.petition.findUniqueOrThrow({ where: { id: p.id } })).state).toBe("TRANSFERRED");
  });

  for (const role of ROLES)
    it(`GET transitions as ${role}: only the steps the role may take`, async () => {
      const w = await world();
      const p = await petition(w);
      await transferred(w, p.id);
      const res = await api.steps(w.cookie[role], p.id);
      if (role === "PRESIDIUM" || role === "DEPUTY") return expect(res.status).toBe(403);
      const names = ((await res.json()) as { steps: { name: string }[] }).steps.map((s) => s.name);
      const expected = {
        OFFICE: [
          "notify",
          "propose",
          "approve",
          "transfer",
          "object",
          "remind",
          "reply",
          "extend",
          "report",
          "close",
          "visit",
          "review_request",
          "review_answer",
          "recuse",
        ],
        CHAIR: ["approve", "extend"],
        UNIT: ["object", "reply"],
      }[role];
      expect(names).toEqual(expected);
    });
});
