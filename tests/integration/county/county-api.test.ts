import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as countySummary } from "@/app/api/v1/county/summary/route";
import { GET as townshipSummary } from "@/app/api/v1/county/townships/[id]/summary/route";
import { GET as listSuggestions } from "@/app/api/v1/suggestions/route";
import { GET as getSuggestion } from "@/app/api/v1/suggestions/[id]/route";
import { GET as listPetitions } from "@/app/api/v1/petitions/route";
import { GET as getPetition } from "@/app/api/v1/petitions/[id]/route";
import { GET as petitionFigures } from "@/app/api/v1/petitions/figures/route";
import { GET as listDeputies } from "@/app/api/v1/deputies/route";
import { GET as getDeputy } from "@/app/api/v1/deputies/[id]/route";
import { GET as listUsers } from "@/app/api/v1/users/route";
import { GET as getUser } from "@/app/api/v1/users/[id]/route";
import { GET as search } from "@/app/api/v1/search/route";
import { GET as listReceptionDays } from "@/app/api/v1/reception-days/route";
import { receptionYearFigures } from "@/lib/reception/public";
import { countyTownships } from "@/lib/county/access";
import type { CountyTownshipYear, CountyYear } from "@/lib/county/figures";
import { createTerm, createTownship, createUser, params, request, signIn, townshipWithRoles } from "@/tests/factories";

const YEAR = 2026;

async function county(code: string, name: string) {
  return db.county.create({ data: { code, name } });
}

/** `held` reception days held and `planned` not yet held in `year` (hand-counted fixture). */
async function receptionDays(townshipId: string, year: number, held: number, planned = 0) {
  for (let i = 0; i < held + planned; i++) {
    const date = new Date(`${year}-0${(i % 9) + 1}-15`);
    await db.receptionDay.create({
      data: { townshipId, year, date, heldOn: i < held ? date : null },
    });
  }
}

/**
 * 甲县 with 东镇 and 西镇, 乙县 with 南镇: 东镇 held 2 reception days in 2026 (1 more planned) and 1 in 2025; 西镇 1
 * in 2026 and 3 in 2025; 南镇 4 in 2026. The county account belongs to 东镇.
 */
async function world() {
  const jia = await county("C-JIA", "甲县");
  const yi = await county("C-YI", "乙县");
  const east = await townshipWithRoles("东镇");
  const west = await createTownship("西镇");
  const south = await createTownship("南镇");
  await createTerm(west.id);
  await createTerm(south.id);
  await db.township.update({ where: { id: east.township.id }, data: { countyId: jia.id, code: "T-01" } });
  await db.township.update({ where: { id: west.id }, data: { countyId: jia.id, code: "T-02" } });
  await db.township.update({ where: { id: south.id }, data: { countyId: yi.id } });
  await receptionDays(east.township.id, 2026, 2, 1);
  await receptionDays(east.township.id, 2025, 1);
  await receptionDays(west.id, 2026, 1);
  await receptionDays(west.id, 2025, 3);
  await receptionDays(south.id, 2026, 4);
  const countyUser = await createUser(east.township.id, "COUNTY", { username: "jia-county" });
  const countySession = await signIn(countyUser);
  return { jia, east, west, south, countyUser, cookie: countySession.cookie, actor: countySession.actor };
}

const get = async (handler: (req: never, ctx: never) => Promise<Response>, url: string, p: object = {}) =>
  handler(request(url, { cookie: cookieOf.current }) as never, params(p as Record<string, string>) as never);
const cookieOf = { current: "" };

describe("the county view (县人大)", () => {
  it("reads its county's two townships side by side, with the year before and the total, and nothing of another county", async () => {
    const w = await world();
    cookieOf.current = w.cookie;
    const res = await get(countySummary, `/api/v1/county/summary?year=${YEAR}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as CountyYear;
    expect(body.county).toMatchObject({ name: "甲县" });
    expect(body.townships.map((t) => t.name)).toEqual(["东镇", "西镇"]);
    const days = (name: string) => body.townships.find((t) => t.name === name)!.figures["reception.days"];
    expect(days("东镇")).toEqual({ value: 2, previous: 1 });
    expect(days("西镇")).toEqual({ value: 1, previous: 3 });
    expect(body.total["reception.days"]).toEqual({ value: 3, previous: 4 });
    // The same number the module's own figures give each township.
    for (const t of body.townships)
      expect(t.figures["reception.days"].value).toBe((await receptionYearFigures(db, t.id, YEAR)).days.held);
    expect(JSON.stringify(body)).not.toContain("南镇");

    const one = await get(townshipSummary, `/api/v1/county/townships/${w.west.id}/summary?year=${YEAR}`, {
      id: w.west.id,
    });
    expect(one.status).toBe(200);
    const west = (await one.json()) as CountyTownshipYear;
    expect(west.township.name).toBe("西镇");
    expect(west.figures.find((f) => f.id === "reception.days")).toMatchObject({ value: 1, previous: 3, change: -2 });
    // Figures only: no link into a township's pages, no record.
    expect(JSON.stringify(west)).not.toMatch(/href|\/suggestions|\/petitions/);

    const other = await get(townshipSummary, `/api/v1/county/townships/${w.south.id}/summary?year=${YEAR}`, {
      id: w.south.id,
    });
    expect(other.status).toBe(404);
    const bad = await get(townshipSummary, `/api/v1/county/townships/x/summary?year=${YEAR}`, { id: "x" });
    expect(bad.status).toBe(400);
    const badYear = await get(countySummary, `/api/v1/county/summary?year=1800`);
    expect(badYear.status).toBe(400);
  });

  it("is refused every township route: suggestions, petitions, roster, users, search, reception", async () => {
    const w = await world();
    cookieOf.current = w.cookie;
    const suggestionId = crypto.randomUUID();
    const routes: [string, (req: never, ctx: never) => Promise<Response>, string, object?][] = [
      ["suggestions", listSuggestions, "/api/v1/suggestions"],
      ["a suggestion", getSuggestion, `/api/v1/suggestions/${suggestionId}`, { id: suggestionId }],
      ["petitions", listPetitions, "/api/v1/petitions"],
      ["a petition", getPetition, `/api/v1/petitions/${suggestionId}?reveal=1`, { id: suggestionId }],
      ["petition figures", petitionFigures, `/api/v1/petitions/figures?year=${YEAR}`],
      ["deputies", listDeputies, "/api/v1/deputies"],
      ["a deputy", getDeputy, `/api/v1/deputies/${w.east.deputy.id}`, { id: w.east.deputy.id }],
      ["users", listUsers, "/api/v1/users"],
      ["a user", getUser, `/api/v1/users/${w.east.users.OFFICE.id}`, { id: w.east.users.OFFICE.id }],
      ["search", search, "/api/v1/search?q=东镇"],
      ["reception days", listReceptionDays, "/api/v1/reception-days"],
    ];
    for (const [what, handler, url, p] of routes) {
      const res = await get(handler, url, p);
      expect([403, 404], `${what}: ${res.status}`).toContain(res.status);
    }
  });

  it("is for county accounts only: a township's chair and office get 403, and they never see the county account", async () => {
    const w = await world();
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const) {
      cookieOf.current = w.east.sessions[role].cookie;
      expect((await get(countySummary, "/api/v1/county/summary")).status, role).toBe(403);
      expect(
        (await get(townshipSummary, `/api/v1/county/townships/${w.west.id}/summary`, { id: w.west.id })).status,
        role,
      ).toBe(403);
    }
    // 东镇's office neither lists nor opens the county account attached to 东镇.
    cookieOf.current = w.east.sessions.OFFICE.cookie;
    const list = (await (await get(listUsers, "/api/v1/users?pageSize=100")).json()) as {
      items: { username: string }[];
    };
    expect(list.items.map((u) => u.username)).not.toContain("jia-county");
    expect(list.items.length).toBe(5);
    expect((await get(getUser, `/api/v1/users/${w.countyUser.id}`, { id: w.countyUser.id })).status).toBe(404);
  });

  it("reads no township when its own township belongs to no county", async () => {
    const lone = await createTownship("孤镇");
    const user = await createUser(lone.id, "COUNTY");
    const { actor, cookie } = await signIn(user);
    expect(await countyTownships(actor)).toEqual({ county: null, townships: [] });
    cookieOf.current = cookie;
    const body = (await (await get(countySummary, "/api/v1/county/summary")).json()) as CountyYear;
    expect(body).toMatchObject({ county: null, townships: [] });
    // A township's chair is never given a county's townships by the rule either.
    const w = await world();
    expect(await countyTownships(w.east.sessions.CHAIR.actor)).toEqual({ county: null, townships: [] });
  });
});
