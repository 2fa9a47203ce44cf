import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { api, setup, submit, newSuggestion, suggestionAt, versionOf } from "../suggestions/helpers";
import { audits, oneWins, race } from "./race";

describe("races: suggestions", () => {
  it("20 registrations at once in one township all succeed, numbered 1 to 20", async () => {
    const w = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId)));
    const result = await race(20, (i) => api.transition(w.cookie.OFFICE, ids[i], { action: "register", version: 1 }));
    expect(result.statuses, JSON.stringify(result.bodies)).toEqual(Array(20).fill(200));
    const rows = await db.suggestion.findMany({ where: { id: { in: ids } }, select: { seq: true, number: true } });
    expect(rows.map((r) => r.seq).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.number)).size).toBe(20);
    expect(await audits("suggestion.registered")).toBe(20);
  });

  it("the same transition five times at once: one registers it, four are told it changed (409)", async () => {
    const w = await setup();
    const id = await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId));
    const result = await race(5, () => api.transition(w.cookie.OFFICE, id, { action: "register", version: 1 }));
    oneWins(result, 200);
    expect(await audits("suggestion.registered")).toBe(1);
    expect(await db.suggestionEvent.count({ where: { suggestionId: id, type: "register" } })).toBe(1);
    expect(await versionOf(id)).toBe(2);
  });

  it("the same rating five times at once: one rating, one audit row", async () => {
    const w = await setup();
    const id = await suggestionAt(w, "REPLIED");
    const version = await versionOf(id);
    const result = await race(5, () => api.rate(w.cookie.DEPUTY, id, { rating: "SATISFIED", version }));
    oneWins(result, 200);
    expect(await audits("suggestion.rated")).toBe(1);
    expect(await db.suggestionEvent.count({ where: { suggestionId: id, type: "rating" } })).toBe(1);
  });

  it("the same sign-off five times at once: signed once, one audit row", async () => {
    const w = await setup();
    const id = await suggestionAt(w, "ASSIGNED", { unsigned: true });
    oneWins(await race(5, () => api.signOff(w.cookie.CHAIR, [id])), 200);
    expect(await db.suggestionEvent.count({ where: { suggestionId: id, type: "signed_off" } })).toBe(1);
    expect(await audits("suggestion.signed_off")).toBe(1);
  });

  it("two edits of one suggestion at once: one is saved, the other is told to refresh (409)", async () => {
    const w = await setup();
    const id = await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId));
    const result = await race(2, (i) => api.patch(w.cookie.DEPUTY, id, { title: `新标题${i}`, version: 1 }));
    oneWins(result, 200);
    expect(await audits("suggestion.updated")).toBe(1);
  });
});
