// The legal clock applied by the chain: the objection window on the working calendar (Art. 23 para 3),
// the extension's limits (Art. 34), 复查 / 复核 periods (Art. 35–36); Art. 30 and Art. 28 refusals.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatDay, parseDay } from "@/lib/time/day";
import { ago, api, errorOf, must, petition, step, transferred, world, written } from "./world";

describe("the objection window (Art. 23 para 3): 5 working days across the National Day holiday", () => {
  it("a transfer on 2026-09-30 may be objected to through 2026-10-13 (调休 Saturday 10 October counts)", async () => {
    const w = await world();
    const p = await petition(w, { receivedOn: "2026-09-20" });
    await must(w.cookie.OFFICE, p.id, { step: "notify", intake: "ACCEPT", occurredOn: "2026-09-22" });
    await must(w.cookie.OFFICE, p.id, { step: "propose", note: "拟办", occurredOn: "2026-09-23" });
    await must(w.cookie.OFFICE, p.id, { step: "approve", decision: "APPROVE", occurredOn: "2026-09-28" });
    await must(w.cookie.OFFICE, p.id, { step: "transfer", leadUnitId: w.unit.id, occurredOn: "2026-09-30" });
    const a = await db.petitionAssignment.findFirstOrThrow({ where: { petitionId: p.id } });
    expect(formatDay(a.returnBy!)).toBe("2026-10-13");
    // The unit itself, today (long after): too late, with the day.
    const late = await step(w.cookie.UNIT, p.id, { step: "object", note: "不属于本单位职责" });
    expect(late.status).toBe(409);
    expect((await errorOf(late)).message).toContain("2026-10-13");
    // The office keys the unit's paper objection: dated 14 October, refused; 13 October, taken.
    const before = await written();
    const after = await step(w.cookie.OFFICE, p.id, {
      step: "object",
      note: "不属于本单位职责",
      occurredOn: "2026-10-14",
    });
    expect(after.status).toBe(400);
    expect((await errorOf(after)).fields?.occurredOn).toContain("2026-10-13");
    expect(await written()).toEqual(before);
    expect(
      await must(w.cookie.OFFICE, p.id, { step: "object", note: "不属于本单位职责", occurredOn: "2026-10-13" }),
    ).toMatchObject({
      state: "APPROVED",
    });
    const ev = await db.petitionEvent.findFirstOrThrow({ where: { petitionId: p.id, type: "objected" } });
    expect(ev.onBehalfOf).toBe("民政办");
    expect(await db.petitionAssignment.count({ where: { petitionId: p.id, active: true } })).toBe(0);
    // The unit no longer sees the case; the office transfers it again.
    expect((await api.steps(w.cookie.UNIT, p.id)).status).toBe(404);
    await must(w.cookie.OFFICE, p.id, { step: "transfer", leadUnitId: w.coUnit.id });
  });

  it("the unit objects itself within the window on the day it received it", async () => {
    const w = await world();
    const p = await petition(w);
    await transferred(w, p.id);
    await must(w.cookie.UNIT, p.id, { step: "object", note: "应由派出所办理" });
    expect((await db.petition.findUniqueOrThrow({ where: { id: p.id } })).state).toBe("APPROVED");
  });
});

describe("Art. 30 para 3: an accusation never goes to the accused unit", () => {
  it("refuses the accused unit as lead or co-unit, naming the field; nothing written", async () => {
    const w = await world();
    const p = await petition(w, { category: "ACCUSATION", accused: true });
    await must(w.cookie.OFFICE, p.id, { step: "notify", intake: "ACCEPT" });
    await must(w.cookie.OFFICE, p.id, { step: "propose", note: "拟办" });
    await must(w.cookie.CHAIR, p.id, { step: "approve", decision: "APPROVE" });
    const before = await written();
    const lead = await step(w.cookie.OFFICE, p.id, { step: "transfer", leadUnitId: w.accused.id });
    expect(lead.status).toBe(400);
    expect((await errorOf(lead)).fields).toEqual({
      leadUnitId: "主办单位：不得将检举控告材料转给被检举、揭发的单位（第三十条第三款）",
    });
    const co = await step(w.cookie.OFFICE, p.id, {
      step: "transfer",
      leadUnitId: w.unit.id,
      coUnitIds: [w.accused.id],
    });
    expect((await errorOf(co)).fields).toHaveProperty("coUnitIds");
    expect(await written()).toEqual(before);
    expect((await api.steps(w.accusedCookie, p.id)).status).toBe(404);
    await must(w.cookie.OFFICE, p.id, { step: "transfer", leadUnitId: w.unit.id });
    expect(await db.notification.count({ where: { unitId: w.accused.id } })).toBe(0);
  });
});

describe("Art. 28: a recused handler may not act", () => {
  it("the chair recused cannot approve (403, with the reason); the office records it once", async () => {
    const w = await world();
    const p = await petition(w);
    await must(w.cookie.OFFICE, p.id, { step: "notify", intake: "ACCEPT" });
    await must(w.cookie.OFFICE, p.id, { step: "propose", note: "拟办" });
    await must(w.cookie.OFFICE, p.id, { step: "recuse", userId: w.users.CHAIR.id, reason: "信访人系其近亲属" });
    const again = await step(w.cookie.OFFICE, p.id, { step: "recuse", userId: w.users.CHAIR.id, reason: "x" });
    expect(again.status).toBe(409);
    const res = await step(w.cookie.CHAIR, p.id, { step: "approve", decision: "APPROVE" });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).message).toBe("您已回避此信访件（第二十八条），不能办理");
    const steps = (await (await api.steps(w.cookie.CHAIR, p.id)).json()) as { recused: boolean; steps: unknown[] };
    expect(steps).toMatchObject({ recused: true, steps: [] });
    // A unit user recused cannot reply either.
    await must(w.cookie.OFFICE, p.id, { step: "approve", decision: "APPROVE" });
    await must(w.cookie.OFFICE, p.id, { step: "transfer", leadUnitId: w.unit.id });
    await must(w.cookie.OFFICE, p.id, { step: "recuse", userId: w.users.UNIT.id, reason: "与信访事项有直接利害关系" });
    expect(
      (await step(w.cookie.UNIT, p.id, { step: "reply", text: "x", decision: "SUPPORT", legalBasis: "y" })).status,
    ).toBe(403);
  });
});

describe("Art. 34: one extension of at most 30 days, the chair's approval", () => {
  it("refuses 31 days (400) and a second extension (409); moves the due day; notifies the unit", async () => {
    const w = await world();
    const p = await petition(w, { receivedOn: ago(10) });
    await transferred(w, p.id);
    const accepted = (await db.petition.findUniqueOrThrow({ where: { id: p.id } })).acceptedOn!;
    const before = await written();
    const long = await step(w.cookie.CHAIR, p.id, { step: "extend", days: 31, reason: "情况复杂" });
    expect(long.status).toBe(400);
    expect((await errorOf(long)).fields).toEqual({ days: "延长天数：延长期限不得超过 30 日（第三十四条）" });
    expect(
      (await step(w.cookie.OFFICE, p.id, { step: "extend", days: 10, reason: "x", occurredOn: ago(20) })).status,
    ).toBe(400);
    expect((await step(w.cookie.UNIT, p.id, { step: "extend", days: 10, reason: "x" })).status).toBe(403);
    expect(await written()).toEqual(before);
    const ok = await must(w.cookie.CHAIR, p.id, {
      step: "extend",
      days: 30,
      reason: "需会同县民政局核实",
      notifiedOn: ago(0),
    });
    expect(ok.dueDate).toBe(formatDay(new Date(accepted.getTime() + 90 * 86_400_000)));
    expect(ok.extensionDays).toBe(30);
    const second = await step(w.cookie.CHAIR, p.id, { step: "extend", days: 5, reason: "再延" });
    expect(second.status).toBe(409);
    expect((await errorOf(second)).message).toBe("办理期限已经延长过一次，不能再次延期（第三十四条）");
    expect(await db.notification.count({ where: { unitId: w.unit.id, message: { contains: "延长 30 日" } } })).toBe(1);
  });
});

describe("复查 / 复核 (Art. 35–36)", () => {
  it("复查 within 30 days of the answer, answered; then 复核; a late request is refused", async () => {
    const w = await world();
    const p = await petition(w, { receivedOn: ago(100) });
    await must(w.cookie.OFFICE, p.id, { step: "notify", intake: "ACCEPT", occurredOn: ago(99) });
    await must(w.cookie.OFFICE, p.id, { step: "propose", note: "拟办", occurredOn: ago(98) });
    await must(w.cookie.OFFICE, p.id, { step: "approve", decision: "APPROVE", occurredOn: ago(97) });
    await must(w.cookie.OFFICE, p.id, { step: "transfer", leadUnitId: w.unit.id, occurredOn: ago(96) });
    await must(w.cookie.OFFICE, p.id, {
      step: "reply",
      text: "不予支持",
      decision: "NOT_SUPPORT",
      legalBasis: "有关规定",
      occurredOn: ago(80),
    });
    const late = await step(w.cookie.OFFICE, p.id, {
      step: "review_request",
      body: "县人大常委会",
      occurredOn: ago(49),
    });
    expect(late.status).toBe(400);
    expect((await errorOf(late)).fields?.occurredOn).toContain(`复查请求期限（${ago(50)}，第三十五条）`);
    await must(w.cookie.OFFICE, p.id, { step: "review_request", body: "县人大常委会", occurredOn: ago(50) });
    expect((await step(w.cookie.OFFICE, p.id, { step: "review_request", body: "x" })).status).toBe(409);
    await must(w.cookie.OFFICE, p.id, { step: "review_answer", result: "维持原处理意见", occurredOn: ago(30) });
    await must(w.cookie.OFFICE, p.id, { step: "review_request", body: "市人大常委会", occurredOn: ago(10) });
    const reviews = await db.petitionReview.findMany({ where: { petitionId: p.id }, orderBy: { requestedOn: "asc" } });
    expect(reviews.map((r) => [r.level, formatDay(r.requestedOn), r.answeredOn && formatDay(r.answeredOn)])).toEqual([
      ["REVIEW", ago(50), ago(30)],
      ["RE_REVIEW", ago(10), null],
    ]);
    expect(parseDay(ago(10)).getTime()).toBeGreaterThan(0);
  });
});
