// The "六个一" card, a deputy's duties record and the year's figures against a hand-counted fixture made through
// the API (the suggestions through the database: their own module is tested elsewhere).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deputyDutiesRecord, dutyYearFigures, sixOneCard } from "@/lib/duties/public";
import { duties, dutyWorld, entry, json, type DutyWorld } from "@/tests/integration/duties/helpers";

async function logAndReview(
  w: DutyWorld,
  cookie: string,
  body: Record<string, unknown>,
  decision?: "verify" | "return",
) {
  const e = await json<{ id: string; version: number }>(await duties.create(cookie, entry(body)), 201);
  if (decision)
    await json(
      await duties.review(w.cookie.OFFICE, e.id, {
        decision,
        ...(decision === "return" ? { reason: "补充材料" } : {}),
        version: e.version,
      }),
    );
  return e.id;
}

async function ledSuggestion(w: DutyWorld, title: string, replyClass: "A" | "B" | "C" | null) {
  const category = await db.suggestionCategory.upsert({
    where: { townshipId_name: { townshipId: w.tid, name: "交通" } },
    update: {},
    create: { townshipId: w.tid, name: "交通", position: 1 },
  });
  const s = await db.suggestion.create({
    data: { townshipId: w.tid, title, content: "内容", categoryId: category.id, year: 2026, state: "REPLIED" },
  });
  await db.suggestionProposer.create({ data: { townshipId: w.tid, suggestionId: s.id, deputyId: w.a.id, lead: true } });
  if (replyClass)
    await db.suggestionEvent.create({ data: { townshipId: w.tid, suggestionId: s.id, type: "reply", replyClass } });
}

/**
 * By hand, 2026. Deputy A: contacts 6 + 5 voters and a forum of 20 (verified) → 31 voters, 1 forum; one practical
 * thing; poverty help 2 households, 5 persons, ¥1,000 (verified); a mediated dispute still waiting (not counted);
 * a contact of 3 returned (not counted); suggestions led: one replied A (valuable), one C (not) → 5 of 6 lines met.
 * Deputy B: one practical thing verified. Another township: one verified contact (not counted).
 * Figures: verified 6 (A 5, B 1), pending 1, returned 1, 2 deputies, voters 31, households 2, persons 5, ¥1000.
 * 述职: A's rated 30/3/1 + 2 invalid → 33/34 = 97%; B's scheduled, not held.
 */
async function fixture() {
  const w = await dutyWorld();
  const A = w.cookie.DEPUTY;
  await logAndReview(w, A, { voters: 6 }, "verify");
  await logAndReview(w, A, { voters: 5, occurredOn: "2026-11-03" }, "verify");
  await logAndReview(w, A, { kind: "VOTER_FORUM", voters: 20 }, "verify");
  await logAndReview(w, A, { kind: "PRACTICAL_THING", voters: null, description: "协调修复三组路灯" }, "verify");
  await logAndReview(
    w,
    A,
    { kind: "POVERTY_HELP", voters: null, households: 2, persons: 5, incomeRaised: 1000 },
    "verify",
  );
  await logAndReview(w, A, { kind: "DISPUTE_MEDIATION", voters: null });
  await logAndReview(w, A, { voters: 3 }, "return");
  await logAndReview(w, w.bCookie, { kind: "PRACTICAL_THING", voters: null }, "verify");
  await ledSuggestion(w, "修缮村道", "A");
  await ledSuggestion(w, "新建广场", "C");
  const other = await dutyWorld();
  await logAndReview(other, other.cookie.DEPUTY, { voters: 9 }, "verify");
  const rA = await json<{ id: string; version: number }>(
    await duties.schedule(w.cookie.OFFICE, { deputyId: w.a.id, scheduledOn: "2026-11-20" }),
    201,
  );
  await json(
    await duties.rate(w.cookie.OFFICE, rA.id, {
      heldOn: "2026-11-20",
      votersPresent: 40,
      satisfied: 30,
      basic: 3,
      unsatisfied: 1,
      invalid: 2,
      version: rA.version,
    }),
  );
  await json(await duties.schedule(w.cookie.OFFICE, { deputyId: w.b.id, scheduledOn: "2026-12-01" }), 201);
  return w;
}

describe("the 六个一 card, the deputy's record and the year's figures", () => {
  it("match the hand count", async () => {
    const w = await fixture();
    const card = await sixOneCard(db, w.tid, w.a.id, 2026);
    expect(Object.fromEntries(card.lines.map((l) => [l.key, [l.done, l.met]]))).toEqual({
      voters: [31, true],
      forums: [1, true],
      suggestions: [1, true],
      practical: [1, true],
      households: [2, true],
      disputes: [0, false],
    });
    expect(card).toMatchObject({ met: 5, complete: false });
    // The API answers the deputy's own card the same.
    const own = await json<{ met: number; deputy: { name: string } }>(await duties.card(w.cookie.DEPUTY, "?year=2026"));
    expect(own.met).toBe(5);

    const record = await deputyDutiesRecord(db, w.tid, w.a.id, 2026);
    const byKind = Object.fromEntries(record.byKind.map((k) => [k.kind, [k.verified, k.pending, k.entries.length]]));
    expect(byKind.VOTER_CONTACT).toEqual([2, 0, 3]);
    expect(byKind.DISPUTE_MEDIATION).toEqual([0, 1, 1]);
    expect(record.voterReports).toEqual([
      expect.objectContaining({ scheduledOn: "2026-11-20", heldOn: "2026-11-20", rate: 97, figures: "33/34 = 97%" }),
    ]);
    expect(record.card.met).toBe(5);

    const f = await dutyYearFigures(db, w.tid, 2026);
    expect(f).toMatchObject({
      verified: 6,
      pending: 1,
      returned: 1,
      deputies: 2,
      votersReached: 31,
      poverty: { households: 2, persons: 5, incomeRaised: "1000" },
      voterReports: { scheduled: 2, held: 1, rated: 1, rate: 97 },
    });
    expect(f.byKind.find((k) => k.kind === "PRACTICAL_THING")?.verified).toBe(2);
    const viaApi = await json<{ verified: number }>(await duties.figures(w.cookie.CHAIR, "?year=2026"));
    expect(viaApi.verified).toBe(6);
    expect((await dutyYearFigures(db, w.tid, 2025)).verified).toBe(0);
  });
});
