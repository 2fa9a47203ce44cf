// The session's minutes list the motions and suggestions raised at it: all of them for the office,
// chair and presidium; for a deputy only their own and the published ones, without the proposer.
import { describe, expect, it } from "vitest";
import { POST as createSessionRoute } from "@/app/api/v1/sessions/route";
import { getSessionReport } from "@/lib/sessions/report";
import { minutesDocx } from "@/lib/sessions/docx";
import { request, signIn } from "@/tests/factories";
import {
  deputyWithLogin,
  newSuggestion,
  setup,
  step,
  submit,
  suggestionAt,
} from "@/tests/integration/suggestions/helpers";
import JSZip from "jszip";

async function newSession(cookie: string) {
  const res = await createSessionRoute(
    request("/api/v1/sessions", {
      method: "POST",
      cookie,
      body: { startDate: "2026-11-20", endDate: "2026-11-21", venue: "镇政府三楼会议室" },
    }),
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe("suggestions in the session's minutes", () => {
  it("lists what was raised at the session, as each role may see it", async () => {
    const w = await setup("纪要镇");
    const sessionId = await newSession(w.cookie.OFFICE);
    const other = await deputyWithLogin(w.township.id, w.term.id, "李其他");
    const own = await submit(
      w.cookie.DEPUTY,
      newSuggestion(w.categoryId, { sessionId, title: "关于修缮便民桥的建议" }),
    );
    const theirs = await suggestionAt(w, "REPLIED", {
      proposerCookie: other.cookie,
      body: { sessionId, title: "关于增设路灯的建议" },
    });
    const hidden = await submit(other.cookie, newSuggestion(w.categoryId, { sessionId, title: "关于整治河道的建议" }));
    await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId, { title: "闭会期间的建议" }));
    await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId, { sessionId, title: "一份草稿", draft: true }));
    await step(w.cookie.OFFICE, theirs, { action: "publish" });

    const office = await getSessionReport((await signIn(w.users.OFFICE)).actor, sessionId);
    expect(office.suggestions.map((s) => s.title).sort()).toEqual(
      ["关于修缮便民桥的建议", "关于增设路灯的建议", "关于整治河道的建议"].sort(),
    );
    expect(office.suggestions.find((s) => s.id === theirs)?.leadProposer).toBe("李其他");

    const deputy = await getSessionReport((await signIn(w.users.DEPUTY)).actor, sessionId);
    expect(deputy.suggestions.map((s) => s.id).sort()).toEqual([own, theirs].sort());
    expect(deputy.suggestions.find((s) => s.id === theirs)?.leadProposer).toBeNull();
    expect(deputy.suggestions.find((s) => s.id === own)?.leadProposer).not.toBeNull();
    expect(deputy.suggestions.some((s) => s.id === hidden)).toBe(false);

    const xml = await (await JSZip.loadAsync(await minutesDocx(office))).file("word/document.xml")!.async("string");
    expect(xml).toContain("本次会议期间共收到代表议案 0 件、建议 3 件。");
    expect(xml).toContain("关于增设路灯的建议");
  });
});
