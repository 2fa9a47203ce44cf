// The summary API: the office, chair and presidium read it; a deputy and a unit are refused; bad input is a 4xx
// naming the field; another township's term is a 404.
import { describe, expect, it } from "vitest";
import { GET as summaryRoute } from "@/app/api/v1/summary/[year]/route";
import { GET as termRoute } from "@/app/api/v1/summary/term/[termId]/route";
import { createTerm, createTownship, params, request, townshipWithRoles } from "@/tests/factories";
import type { YearSummary, TermReview } from "@/lib/year/summary";

const get = (url: string, cookie?: string) => request(url, { cookie });

describe("GET /api/v1/summary/{year} and /api/v1/summary/term/{termId}", () => {
  it("answers the office, chair and presidium; refuses a deputy and a unit (403) and no session (401)", async () => {
    const w = await townshipWithRoles("汇总接口镇");
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const) {
      const res = await summaryRoute(get("/api/v1/summary/2026", w.sessions[role].cookie), params({ year: "2026" }));
      expect(res.status).toBe(200);
      const body = (await res.json()) as YearSummary;
      expect(body.year).toBe(2026);
      expect(body.period).toBe("year");
      expect(body.previous.year).toBe(2025);
      expect(body.figures.map((f) => f.area)).toContain("duties");
      expect(body.figures.every((f) => f.href.startsWith("/"))).toBe(true);
    }
    for (const role of ["DEPUTY", "UNIT"] as const) {
      const cookie = w.sessions[role].cookie;
      expect((await summaryRoute(get("/api/v1/summary/2026", cookie), params({ year: "2026" }))).status).toBe(403);
      const term = await termRoute(get(`/api/v1/summary/term/${w.term.id}`, cookie), params({ termId: w.term.id }));
      expect(term.status).toBe(403);
    }
    expect((await summaryRoute(get("/api/v1/summary/2026"), params({ year: "2026" }))).status).toBe(401);
  });

  it("takes ?period=half, and refuses a bad year or period with the field named", async () => {
    const w = await townshipWithRoles("汇总半年镇");
    const cookie = w.sessions.CHAIR.cookie;
    const half = await summaryRoute(get("/api/v1/summary/2026?period=half", cookie), params({ year: "2026" }));
    expect(half.status).toBe(200);
    const body = (await half.json()) as YearSummary;
    expect(body.period).toBe("half");
    expect(body.through <= "2026-06-30").toBe(true);
    const badYear = await summaryRoute(get("/api/v1/summary/abc", cookie), params({ year: "abc" }));
    expect(badYear.status).toBe(400);
    expect(JSON.stringify(await badYear.json())).toContain("年份");
    const badPeriod = await summaryRoute(get("/api/v1/summary/2026?period=q3", cookie), params({ year: "2026" }));
    expect(badPeriod.status).toBe(400);
    expect(JSON.stringify(await badPeriod.json())).toContain("期间");
  });

  it("reviews the township's own term; another township's term is a 404", async () => {
    const w = await townshipWithRoles("汇总届期镇");
    const cookie = w.sessions.OFFICE.cookie;
    const res = await termRoute(get(`/api/v1/summary/term/${w.term.id}`, cookie), params({ termId: w.term.id }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as TermReview;
    expect(body.term.number).toBe(17);
    expect(body.rows[0].year).toBe(2026);
    const other = await createTerm((await createTownship("汇总他镇")).id);
    const foreign = await termRoute(get(`/api/v1/summary/term/${other.id}`, cookie), params({ termId: other.id }));
    expect(foreign.status).toBe(404);
  });
});
