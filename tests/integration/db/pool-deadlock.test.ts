// More transactions at once than the pool has connections (10, lib/db.ts), each reading the settings and
// the working calendar inside it on cold caches: the reads go through the transaction's own connection
// (lib/db/ambient.ts), so all finish at once. Through the shared pool each would wait for an eleventh
// connection while holding one of the ten — a deadlock until every transaction timed out (503).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { clearSettingsCache, getSettings } from "@/lib/settings";
import { clearCalendarCache, loadWorkingCalendar } from "@/lib/time/calendar";
import { createTownship } from "../../factories";

const CONCURRENT = 20;
const TX = { maxWait: 10_000, timeout: 8_000 };

describe("transactions on a full pool", () => {
  it("read cold settings and calendar inside 20 concurrent transactions without waiting for a free connection", async () => {
    const t = await createTownship();
    clearSettingsCache();
    clearCalendarCache();
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) =>
        scopedDb(t.id).$transaction(async (tx) => {
          // Hold this connection long enough that the first ten transactions hold all ten at once.
          await tx.$executeRaw`SELECT pg_sleep(0.3)`;
          const [settings, calendar] = await Promise.all([getSettings(), loadWorkingCalendar()]);
          await tx.handlingUnit.create({ data: { townshipId: t.id, name: `单位${i}`, kind: "GOVERNMENT_OFFICE" } });
          return settings["suggestions.dueSoonDays"] > 0 && typeof calendar.addWorkingDays === "function";
        }, TX),
      ),
    );
    expect(results).toEqual(Array(CONCURRENT).fill(true));
    expect(await db.handlingUnit.count({ where: { townshipId: t.id } })).toBe(CONCURRENT);
    // Two waves of ten, 0.3 s each, plus overhead; a deadlock would last until the 8 s timeout.
    expect(Date.now() - started).toBeLessThan(7_000);
  });

  it("refuses a query on the shared pool inside a transaction (DB_STRICT_TX, set for the integration tests)", async () => {
    const t = await createTownship();
    await expect(
      scopedDb(t.id).$transaction(async () => {
        await db.township.count();
      }),
    ).rejects.toThrow(/inside a transaction/);
    await expect(
      db.$transaction(async () => {
        await scopedDb(t.id).handlingUnit.count();
      }),
    ).rejects.toThrow(/inside a transaction/);
  });

  it("serves an expired value at once and refreshes it in the background", async () => {
    await getSettings();
    await db.setting.create({ data: { key: "suggestions.dueSoonDays", value: 17 } });
    const { vi } = await import("vitest");
    vi.useFakeTimers({ now: Date.now() + 31_000, toFake: ["Date"] });
    try {
      // Expired: the old value without waiting, a refresh started.
      expect((await getSettings())["suggestions.dueSoonDays"]).not.toBe(17);
      await vi.waitFor(async () => expect((await getSettings())["suggestions.dueSoonDays"]).toBe(17));
    } finally {
      vi.useRealTimers();
    }
  });
});
