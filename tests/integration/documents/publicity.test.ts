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

  it("keeps the original of a correction in the item's 更正记录; deputies and units neither read nor correct", async () => {
    const w = await world("宣传更正镇");
    const made = await json<Item>(
      await api.publicityCreate(w.cookie.OFFICE, item({ title: "代表进站履职", sentOn: "2025-11-20" })),
      201,
    );
    expect(made.year).toBe(2025);
    // 代录 moved to the real day sent (another year): the item follows it, the original stays in the history.
    // The page's form posts to /corrections (the same service as PATCH).
    const fixed = await json<Item>(
      await api.publicityCorrect(w.cookie.OFFICE, made.id, {
        version: 1,
        title: "代表进站履职纪实",
        sentOn: "2026-01-05",
        publishedOn: "2026-01-12",
        reason: "标题和报送日期录错",
      }),
      200,
    );
    expect([fixed.year, fixed.version]).toEqual([2026, 2]);
    type Got = Item & {
      title: string;
      corrections: { reason: string; changes: { field: string; before: string; after: string }[] }[];
    };
    const got = await json<Got>(await api.publicityGet(w.cookie.PRESIDIUM, made.id), 200);
    expect(got.title).toBe("代表进站履职纪实");
    expect(got.corrections).toHaveLength(1);
    expect(got.corrections[0].reason).toBe("标题和报送日期录错");
    expect(got.corrections[0].changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ["title", "代表进站履职", "代表进站履职纪实"],
      ["sentOn", "2025-11-20", "2026-01-05"],
      ["publishedOn", "（空）", "2026-01-12"],
    ]);
    // A correction that changes nothing is refused (no empty history entry), naming the reason field.
    const same = await json<{ error: { fields: Record<string, string> } }>(
      await api.publicityPatch(w.cookie.OFFICE, made.id, { version: 2, title: "代表进站履职纪实", reason: "核对" }),
      400,
    );
    expect(same.error.fields.reason).toContain("更正原因");
    // A day after today is refused with the field named; nothing changes.
    const late = await json<{ error: { fields: Record<string, string> } }>(
      await api.publicityPatch(w.cookie.OFFICE, made.id, { version: 2, sentOn: "2099-01-01", reason: "改日期" }),
      400,
    );
    expect(late.error.fields.sentOn).toContain("报送日期");
    for (const role of ["DEPUTY", "UNIT", "PRESIDIUM"] as const) {
      const body = { version: 2, title: "改", reason: "越权" };
      expect((await api.publicityPatch(w.cookie[role], made.id, body)).status, role).toBe(403);
      expect((await api.publicityCorrect(w.cookie[role], made.id, body)).status, role).toBe(403);
    }
    for (const role of ["DEPUTY", "UNIT"] as const)
      expect((await api.publicityGet(w.cookie[role], made.id)).status, role).toBe(403);
    // Another township's office does not find it.
    const other = await world("宣传更正邻镇");
    expect((await api.publicityGet(other.cookie.OFFICE, made.id)).status).toBe(404);
    expect((await db.publicityItem.findUniqueOrThrow({ where: { id: made.id } })).version).toBe(2);
  });
});
