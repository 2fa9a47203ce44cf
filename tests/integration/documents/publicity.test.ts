// Publicity: items scored by the county's table when recorded (kept when the table changes), the year's figures
// through the one function, against hand-counted fixtures.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearSettingsCache } from "@/lib/settings";
import { publicityYearFigures } from "@/lib/publicity/figures";
import { api, json, world } from "@/tests/integration/documents/world";

type Item = { id: string; points: number; version: number; year: number };
const item = (over: Record<string, unknown> = {}) => ({
  kind: "COUNTY_INFO",
  title: "镇人大开展代表小组活动",
  outlet: "县人大常委会办公室",
  sentOn: "2026-03-02",
  ...over,
});

describe("publicity", () => {
  it("scores each item by the table when recorded and states the year against the target and advanced line", async () => {
    const w = await world("宣传计分镇");
    // 9 province articles (9 × 10 = 90) + 2 county infos (2 × 2 = 4) + 1 city (5) = 99: past 95, 46 short of 145.
    for (let i = 0; i < 9; i++)
      await json(
        await api.publicityCreate(w.cookie.OFFICE, item({ kind: "PROVINCE_PUBLISHED", title: `省级${i}` })),
        201,
      );
    await json(await api.publicityCreate(w.cookie.OFFICE, item()), 201);
    const county = await json<Item>(await api.publicityCreate(w.cookie.OFFICE, item({ title: "第二篇" })), 201);
    // The table changes: an item recorded before keeps its points, one recorded after gets the new ones.
    await db.setting.upsert({
      where: { key: "publicity.points.CITY_PUBLISHED" },
      create: { key: "publicity.points.CITY_PUBLISHED", value: 5 },
      update: { value: 5 },
    });
    await db.setting.upsert({
      where: { key: "publicity.points.COUNTY_INFO" },
      create: { key: "publicity.points.COUNTY_INFO", value: 3 },
      update: { value: 3 },
    });
    clearSettingsCache();
    try {
      const city = await json<Item>(
        await api.publicityCreate(w.cookie.OFFICE, item({ kind: "CITY_PUBLISHED", publishedOn: "2026-03-10" })),
        201,
      );
      expect(city.points).toBe(5);
      // Another year's item is not counted in 2026.
      await json(
        await api.publicityCreate(w.cookie.OFFICE, item({ sentOn: "2025-12-30", kind: "NATIONAL_PUBLISHED" })),
        201,
      );
      const f = await publicityYearFigures(db, w.township.id, 2026);
      expect({
        score: f.score,
        items: f.items,
        published: f.published,
        toTarget: f.toTarget,
        toAdvanced: f.toAdvanced,
      }).toEqual({ score: 99, items: 12, published: 1, toTarget: 0, toAdvanced: 46 });
      expect([f.target, f.advanced, f.reachedTarget, f.reachedAdvanced]).toEqual([95, 145, true, false]);
      expect(f.byKind.find((k) => k.kind === "COUNTY_INFO")).toMatchObject({ items: 2, points: 4 });
      const list = await json<{ figures: { score: number }; total: number }>(
        await api.publicity(w.cookie.PRESIDIUM, "?year=2026"),
        200,
      );
      expect([list.figures.score, list.total]).toEqual([99, 12]);
      // A corrected kind is scored by the table in force (county info now 3): 99 - 2 + 10 = 107 as province.
      const noReason = await api.publicityPatch(w.cookie.OFFICE, county.id, { version: 1, kind: "PROVINCE_PUBLISHED" });
      expect(noReason.status).toBe(400);
      const fixed = await json<Item>(
        await api.publicityPatch(w.cookie.OFFICE, county.id, {
          version: 1,
          kind: "PROVINCE_PUBLISHED",
          reason: "类别录错",
        }),
        200,
      );
      expect(fixed.points).toBe(10);
      expect((await publicityYearFigures(db, w.township.id, 2026)).score).toBe(107);
      await json(await api.publicityDelete(w.cookie.OFFICE, county.id, { version: 2, reason: "重复登记" }), 200);
      expect((await publicityYearFigures(db, w.township.id, 2026)).score).toBe(97);
    } finally {
      await db.setting.deleteMany({
        where: { key: { in: ["publicity.points.CITY_PUBLISHED", "publicity.points.COUNTY_INFO"] } },
      });
      clearSettingsCache();
    }
  });

  it("refuses bad input with the field named", async () => {
    const w = await world("宣传输入镇");
    const cases = [
      [item({ kind: "TV" }), "kind"],
      [item({ sentOn: "2099-01-01" }), "sentOn"],
      [item({ publishedOn: "2026-03-01" }), "publishedOn"],
      [item({ title: " " }), "title"],
    ] as const;
    for (const [body, field] of cases) {
      const e = (
        await json<{ error: { fields: Record<string, string> } }>(await api.publicityCreate(w.cookie.OFFICE, body), 400)
      ).error;
      expect(Object.keys(e.fields)).toContain(field);
    }
    expect(await db.publicityItem.count({ where: { townshipId: w.township.id } })).toBe(0);
  });
});
