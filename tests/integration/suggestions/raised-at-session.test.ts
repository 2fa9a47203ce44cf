// Suggestions raised at a session: both forms (the deputy's, and the office's 代为提交) carry 会议 —
// the session in progress by default, else 闭会期间 — and 提出日期. The session's minutes and the
// per-session figures count what was raised at it; the year is the year it was raised.
import { sessionOfficialName } from "@/lib/text/names";
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { db } from "@/lib/db";
import { DAY_MS, formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { getSessionReport } from "@/lib/sessions/report";
import { minutesDocx } from "@/lib/sessions/docx";
import { suggestionFigures } from "@/lib/suggestions/figures";
import { newSuggestionView } from "@/lib/suggestions/views";
import { signIn } from "@/tests/factories";
import { api, newSuggestion, setup, submit, type World } from "./helpers";

const today = todayInChina();
const year = today.getUTCFullYear();

const session = (w: World, number: number, startDate: string, status: "PREPARING" | "IN_PROGRESS" | "CLOSED") =>
  db.congressSession.create({
    data: {
      townshipId: w.township.id,
      termId: w.term.id,
      number,
      startDate: parseDay(startDate),
      endDate: parseDay(startDate),
      venue: "镇政府会议室",
      status,
    },
  });

describe("会议 and 提出日期 on both suggestion forms", () => {
  it("the form offers the sessions and defaults to the one in progress, else 闭会期间", async () => {
    const w = await setup("会议建议镇");
    const office = (await signIn(w.users.OFFICE)).actor;
    const deputy = (await signIn(w.users.DEPUTY)).actor;
    await session(w, 1, `${year}-01-10`, "CLOSED");
    expect((await newSuggestionView(office)).defaultSessionId).toBe("");
    const open = await session(w, 2, formatDay(today), "IN_PROGRESS");
    for (const actor of [office, deputy]) {
      const v = await newSuggestionView(actor);
      expect(v.defaultSessionId).toBe(open.id);
      // Each by its official name (lib/text/names.ts): township, term and session in Chinese numerals.
      expect(v.sessions.map((s) => s.name)).toEqual([
        sessionOfficialName("会议建议镇", w.term.number, 2),
        sessionOfficialName("会议建议镇", w.term.number, 1),
      ]);
    }
  });

  it("what was raised at the session is in its minutes and its figures; the year is the year it was raised", async () => {
    const w = await setup("会议纪要镇");
    const open = await session(w, 1, formatDay(today), "IN_PROGRESS");
    const raisedOn = formatDay(today);
    // The deputy's own, and one the office keyed in for them (代为提交) — both at the session.
    const own = await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId, { sessionId: open.id, raisedOn }));
    const keyed = await submit(
      w.cookie.OFFICE,
      newSuggestion(w.categoryId, { deputyId: w.deputy.id, sessionId: open.id, raisedOn, title: "关于增设路灯的建议" }),
    );
    // One in recess, and one from last year's paper records.
    await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId, { sessionId: "", raisedOn: "" }));
    const lastYear = formatDay(new Date(Date.UTC(year - 1, 10, 20)));
    const old = await submit(
      w.cookie.OFFICE,
      newSuggestion(w.categoryId, { deputyId: w.deputy.id, raisedOn: lastYear, title: "去年的纸质建议" }),
    );

    const rows = await db.suggestion.findMany({ where: { id: { in: [own, keyed, old] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(own)).toMatchObject({ sessionId: open.id, year });
    expect(formatDay(byId.get(keyed)!.raisedOn!)).toBe(raisedOn);
    expect(byId.get(old)).toMatchObject({ sessionId: null, year: year - 1 });

    const office = (await signIn(w.users.OFFICE)).actor;
    const report = await getSessionReport(office, open.id);
    const xml = await (await JSZip.loadAsync(await minutesDocx(report))).file("word/document.xml")!.async("string");
    expect(xml).toContain("本次会议期间共收到代表议案 0 件、建议 2 件。");

    const f = await suggestionFigures(office, { year });
    expect(f.total).toBe(3);
    expect(f.sessions.map((s) => [s.id, s.total])).toEqual([
      [open.id, 2],
      [null, 1],
    ]);
    expect((await suggestionFigures(office, { year, sessionId: open.id })).total).toBe(2);
    expect((await suggestionFigures(office, { year: year - 1 })).total).toBe(1);
  });

  it("a 提出日期 after today is refused, naming the field", async () => {
    const w = await setup("会议日期镇");
    const tomorrow = formatDay(new Date(today.getTime() + DAY_MS));
    const res = await api.create(w.cookie.DEPUTY, newSuggestion(w.categoryId, { raisedOn: tomorrow }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(body.error.fields.raisedOn).toBe(`提出日期：不能晚于今天（${formatDay(today)}）`);
  });
});
