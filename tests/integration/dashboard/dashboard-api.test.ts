// GET /api/v1/dashboard and GET /api/v1/landing against real PostgreSQL: who may read the township's year, that
// every chart element's URL opens a list holding exactly the records it counts (petitions by outcome, trainings
// held, reception days held), and each role's own landing with the year's progress.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseDay } from "@/lib/time/day";
import { GET as dashboardRoute } from "@/app/api/v1/dashboard/route";
import { GET as landingRoute } from "@/app/api/v1/landing/route";
import { GET as trainingsRoute } from "@/app/api/v1/training-sessions/route";
import { GET as receptionRoute } from "@/app/api/v1/reception-days/route";
import { request } from "@/tests/factories";
import { api as petitionApi, day, errorOf, ROLES, world, type World } from "../petitions/world";
import type { YearDashboard } from "@/lib/dashboard/data";

const dashboard = (cookie: string, qs = "") => dashboardRoute(request(`/api/v1/dashboard${qs}`, { cookie }));
const landing = (cookie: string) => landingRoute(request("/api/v1/landing", { cookie }));
/** A list URL of the dashboard (`/petitions?year=…`) as its API's query. */
const qs = (href: string) => href.slice(href.indexOf("?"));
const totalOf = async (res: Response) => {
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
  return ((await res.json()) as { total: number }).total;
};

/** The world's three petitions: one closed and resolved, one closed unresolved, one open; trainings and a day. */
async function year(w: World) {
  const received = day(-3);
  const y = Number(received.slice(0, 4));
  await db.petition.update({
    where: { id: w.handed.id },
    data: { state: "CLOSED", closedOn: parseDay(received), resolved: true },
  });
  await db.petition.update({ where: { id: w.taken.id }, data: { state: "CLOSED", closedOn: parseDay(received) } });
  const training = (cancelled: boolean) =>
    db.trainingSession.create({
      data: {
        townshipId: w.township.id,
        termId: w.term.id,
        kind: "THEMATIC",
        title: cancelled ? "已取消的培训" : "专题培训",
        startDate: parseDay(received),
        endDate: parseDay(received),
        days: 1,
        cancelled,
      },
    });
  await training(false);
  await training(true);
  await db.receptionDay.create({
    data: { townshipId: w.township.id, year: y, date: parseDay(received), heldOn: parseDay(received) },
  });
  await db.receptionDay.create({ data: { townshipId: w.township.id, year: y, date: parseDay(`${y}-12-31`) } });
  return y;
}

describe("GET /api/v1/dashboard", () => {
  it("is the office's, the chair's and the presidium's; not a deputy's or a unit's; the year is checked", async () => {
    const w = await world("概览镇");
    for (const role of ROLES)
      expect((await dashboard(w.cookie[role])).status, role).toBe(
        ["OFFICE", "CHAIR", "PRESIDIUM"].includes(role) ? 200 : 403,
      );
    const bad = await dashboard(w.cookie.CHAIR, "?year=19");
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain("年份");
  });

  it("links each chart element and key figure to a list holding exactly the records it counts", async () => {
    const w = await world("概览镇");
    const y = await year(w);
    const res = await dashboard(w.cookie.CHAIR, `?year=${y}`);
    expect(res.status).toBe(200);
    const d = (await res.json()) as YearDashboard;
    expect(d.year).toBe(y);

    const outcome = d.charts.petitions.find((c) => c.id === "petitions-outcome")!;
    expect(outcome.series[0].values).toEqual([1, 1, 1]);
    for (const [i, href] of outcome.series[0].hrefs.entries())
      expect(await totalOf(await petitionApi.list(w.cookie.OFFICE, qs(href))), href).toBe(outcome.series[0].values[i]);
    const byCategory = d.charts.petitions.find((c) => c.id === "petitions-category")!;
    for (const [i, href] of byCategory.series[0].hrefs.entries())
      expect(await totalOf(await petitionApi.list(w.cookie.OFFICE, qs(href))), href).toBe(
        byCategory.series[0].values[i],
      );

    const kinds = d.charts.deputies.find((c) => c.id === "training-kind")!;
    const thematic = kinds.series[0].hrefs.findIndex((h) => h.includes("kind=THEMATIC"));
    expect(kinds.series[0].values[thematic]).toBe(1);
    const trainings = trainingsRoute(
      request(`/api/v1/training-sessions${qs(kinds.series[0].hrefs[thematic])}`, { cookie: w.cookie.OFFICE }),
    );
    expect(await totalOf(await trainings)).toBe(1);

    const figure = (key: string) => d.figures.find((f) => f.key === key)!;
    expect(figure("petitions")).toMatchObject({ value: "3 件", href: `/petitions?year=${y}` });
    expect(figure("training")).toMatchObject({ value: "1 次", href: `/training?year=${y}&held=true` });
    expect(figure("reception").value).toBe("1 次");
    const days = receptionRoute(
      request(`/api/v1/reception-days${qs(figure("reception").href)}`, { cookie: w.cookie.OFFICE }),
    );
    expect(await totalOf(await days)).toBe(1);
    expect(d.charts.suggestions.map((c) => c.id)).toEqual(["suggestions-state", "suggestions-class"]);
    expect(d.charts.deputies.find((c) => c.id === "six-one")!.categories.at(-1)).toBe("六项全部完成");
  });

  it("reads only the actor's township", async () => {
    const w = await world("概览镇");
    const y = await year(w);
    const other = await world("别的概览镇");
    await db.petition.deleteMany({ where: { townshipId: other.township.id } });
    const d = (await (await dashboard(other.cookie.OFFICE, `?year=${y}`)).json()) as YearDashboard;
    expect(d.figures.find((f) => f.key === "petitions")!.value).toBe("0 件");
    expect(d.figures.find((f) => f.key === "reception")!.value).toBe("0 次");
  });
});

describe("GET /api/v1/landing", () => {
  it("gives each role its own landing with the year's progress", async () => {
    const w = await world("进度镇");
    await year(w);
    const office = (await (await landing(w.cookie.OFFICE)).json()) as { kind: string; progress: { bars: object[] } };
    expect(office.kind).toBe("OFFICE");
    expect(office.progress.bars).toContainEqual(expect.objectContaining({ key: "petitions", done: 2, of: 3 }));
    expect(office.progress.bars).toContainEqual(expect.objectContaining({ key: "training", done: 1, of: 1 }));
    expect(office.progress.bars).toContainEqual(expect.objectContaining({ key: "reception", done: 1, of: 2 }));

    const deputy = (await (await landing(w.cookie.DEPUTY)).json()) as {
      kind: string;
      progress: { sixOne: { bars: { key: string }[] }; suggestions: { key: string; count: number }[] };
    };
    expect(deputy.kind).toBe("DEPUTY");
    expect(deputy.progress.sixOne.bars.map((b) => b.key)).toEqual([
      "voters",
      "forums",
      "suggestions",
      "practical",
      "households",
      "disputes",
    ]);
    expect(deputy.progress.suggestions.every((s) => s.count === 0)).toBe(true);

    const unit = (await (await landing(w.cookie.UNIT)).json()) as { kind: string; progress: { bars: object[] } };
    expect(unit.kind).toBe("UNIT");
    expect(unit.progress.bars.map((b) => (b as { key: string }).key)).toEqual([
      "suggestions",
      "petitions",
      "rectifications",
    ]);
  });
});
