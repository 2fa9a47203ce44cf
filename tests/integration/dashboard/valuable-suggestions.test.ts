// 六个一 "提出有价值的建议": the dashboard's line opens `/suggestions?year&valuable=true`, and that list holds exactly
// the suggestions the deputies' cards count. The rule is written twice — in JS (isValuableSuggestion, read by
// deputySuggestions and the cards) and in SQL (valuableSuggestionIds, read by the list) — side by side in
// lib/suggestions/deputy-suggestions.ts; here they are held to the same answer on a hand-counted fixture.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deputySuggestions, valuableSuggestionIds } from "@/lib/suggestions/deputy-suggestions";
import { sixOneCards, SIX_ONE_RULE } from "@/lib/duties/public";
import { sixOneSummary } from "@/lib/dashboard/links";
import { createDeputy, createTerm, createTownship, createUser, signIn } from "@/tests/factories";
import { api, errorOf } from "../suggestions/helpers";
import { idsOf, listWith, sorted } from "../list-total";

const YEAR = 2026;
const at = (minute: number) => new Date(Date.UTC(YEAR, 4, 1, 8, minute));

const list = listWith(api.list);

/**
 *   s1 a leads, reply A                                   → valuable (a)
 *   s2 a leads, reply B, then (later) reply C             → not: the latest reply is C
 *   s3 a leads, reply C, then (later) reply A             → valuable (a)
 *   s4 b leads a motion placed on the agenda, a co-signs  → valuable (b only)
 *   s5 b leads a motion handled as a suggestion, reply B  → valuable (b)
 *   s6 c leads a draft motion "placed on the agenda"      → not: a draft
 *   s7 c leads, withdrawn after reply A                   → not: withdrawn
 *   s8 c co-signs, no lead, reply A                        → not: no one led it
 *   s9 c leads, reply B, last year                        → not this year's (last year's: valuable)
 *   s10 another township's deputy leads, reply A          → not this township's
 */
async function fixture() {
  const t = await createTownship("价值镇");
  const term = await createTerm(t.id);
  const [a, b, c] = await Promise.all(["甲", "乙", "丙"].map((n) => createDeputy(t.id, term.id, `${n}价值`)));
  const other = await createTownship("别的价值镇");
  const otherTerm = await createTerm(other.id);
  const stranger = await createDeputy(other.id, otherTerm.id, "外镇代表");
  const category = async (townshipId: string) =>
    db.suggestionCategory.create({ data: { townshipId, name: "交通", position: 1 } });
  const cats = { [t.id]: (await category(t.id)).id, [other.id]: (await category(other.id)).id };
  let seq = 0;
  const suggestion = async (
    proposers: [string, boolean][],
    over: Record<string, unknown>,
    replies: ("A" | "B" | "C")[] = [],
    townshipId = t.id,
  ) => {
    const s = await db.suggestion.create({
      data: {
        townshipId,
        title: `建议${++seq}`,
        content: "内容",
        categoryId: cats[townshipId],
        year: YEAR,
        seq,
        state: "REPLIED",
        ...over,
      } as never,
    });
    for (const [deputyId, lead] of proposers)
      await db.suggestionProposer.create({ data: { townshipId, suggestionId: s.id, deputyId, lead } });
    for (const [i, replyClass] of replies.entries())
      await db.suggestionEvent.create({
        data: { townshipId, suggestionId: s.id, type: "reply", replyClass, createdAt: at(i) },
      });
    return s.id;
  };
  const s1 = await suggestion([[a.id, true]], {}, ["A"]);
  await suggestion([[a.id, true]], {}, ["B", "C"]);
  const s3 = await suggestion([[a.id, true]], {}, ["C", "A"]);
  const s4 = await suggestion(
    [
      [b.id, true],
      [a.id, false],
    ],
    { state: "REGISTERED", kind: "MOTION", motionDecision: "PLACE_ON_AGENDA" },
  );
  const s5 = await suggestion([[b.id, true]], { kind: "MOTION", motionDecision: "HANDLE_AS_SUGGESTION" }, ["B"]);
  await suggestion([[c.id, true]], { state: "DRAFT", kind: "MOTION", motionDecision: "PLACE_ON_AGENDA" });
  await suggestion([[c.id, true]], { state: "WITHDRAWN" }, ["A"]);
  await suggestion([[c.id, false]], {}, ["A"]);
  const s9 = await suggestion([[c.id, true]], { year: YEAR - 1 }, ["B"]);
  await suggestion([[stranger.id, true]], {}, ["A"], other.id);
  return { t, a, b, c, s1, s3, s4, s5, s9 };
}

/** The valuable ones by the JS rule: every deputy's suggestions of the year, those marked valuable. */
async function byJsRule(townshipId: string, deputyIds: string[], year: number) {
  const per = await deputySuggestions(db, townshipId, deputyIds, year);
  return new Map([...per].map(([id, rows]) => [id, rows.filter((s) => s.valuable).map((s) => s.id)]));
}

describe("the valuable suggestions (六个一)", () => {
  it("are the same by the JS rule and by the SQL one, for the township and for each deputy", async () => {
    const { t, a, b, c, s1, s3, s4, s5, s9 } = await fixture();
    const deputies = [a.id, b.id, c.id];
    for (const year of [YEAR, YEAR - 1]) {
      const js = await byJsRule(t.id, deputies, year);
      expect(sorted(await valuableSuggestionIds(db, t.id, { year })), String(year)).toEqual(
        sorted([...js.values()].flat()),
      );
      for (const d of deputies)
        expect(sorted(await valuableSuggestionIds(db, t.id, { year, deputyId: d }))).toEqual(sorted(js.get(d)!));
    }
    // Hand-counted, so that both rules agreeing on nothing would fail.
    const js = await byJsRule(t.id, deputies, YEAR);
    expect(sorted(js.get(a.id)!)).toEqual(sorted([s1, s3]));
    expect(sorted(js.get(b.id)!)).toEqual(sorted([s4, s5]));
    expect(js.get(c.id)).toEqual([]);
    expect(await valuableSuggestionIds(db, t.id, { year: YEAR - 1 })).toEqual([s9]);
  });

  it("the dashboard's line opens a list whose total is what the cards count", async () => {
    const { t, a, b, s1, s3, s4, s5 } = await fixture();
    const cards = [...(await sixOneCards(db, t.id, YEAR)).values()];
    const counted = cards.reduce((n, c) => n + c.lines.find((l) => l.key === "suggestions")!.done, 0);
    expect(counted).toBe(4);

    const line = sixOneSummary(cards, YEAR, SIX_ONE_RULE).lines.find((l) => l.key === "suggestions")!;
    expect(line.href).toBe(`/suggestions?year=${YEAR}&valuable=true`);
    const { cookie } = await signIn(await createUser(t.id, "OFFICE"));
    const listed = await list(cookie, line.href.slice("/suggestions".length));
    expect(listed.total).toBe(counted);
    expect(idsOf(listed)).toEqual(sorted([s1, s3, s4, s5]));
    // Wider than the line: the year's counted suggestions (what the line used to open) are more.
    expect((await list(cookie, `?year=${YEAR}&counted=true`)).total).toBeGreaterThan(counted);

    // A deputy's list keeps to their own: those they led (a co-signed s4, b led it), their card's count.
    for (const [deputy, ids] of [
      [a, [s1, s3]],
      [b, [s4, s5]],
    ] as const) {
      const own = await signIn(await createUser(t.id, "DEPUTY", { deputyId: deputy.id }));
      const card = cards.find((c) => c.deputyId === deputy.id)!;
      const mine = await list(own.cookie, `?year=${YEAR}&valuable=true&mine=true`);
      expect(mine.total).toBe(card.lines.find((l) => l.key === "suggestions")!.done);
      expect(idsOf(mine)).toEqual(sorted(ids));
    }
  });

  it("refuses another value with a message naming the filter", async () => {
    const t = await createTownship("价值校验镇");
    const { cookie } = await signIn(await createUser(t.id, "OFFICE"));
    const res = await api.list(cookie, "?valuable=yes");
    expect(res.status).toBe(400);
    expect(JSON.stringify(await errorOf(res))).toContain("有价值的建议");
  });
});
