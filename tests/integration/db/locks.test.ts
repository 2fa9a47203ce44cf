// The row locks of lib/db/locks.ts: `lockAndRead` returns the row exactly as the ORM reads it (dates,
// enums, nulls), only within the township; `lockRows` holds every row it names until the commit.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { lockAndRead, lockRows } from "@/lib/db/locks";
import { scopedDb } from "@/lib/db/township-scope";
import type { Suggestion } from "@/lib/generated/prisma/client";
import { categories } from "@/lib/suggestions/categories";
import { createTownship } from "../../factories";

async function suggestions(townshipId: string) {
  const [category] = await categories(scopedDb(townshipId), townshipId);
  const base = { townshipId, title: "关于村道路灯维护的建议", content: "建议尽快维修。", categoryId: category.id };
  const full = await db.suggestion.create({
    data: {
      ...base,
      kind: "MOTION",
      state: "REPLIED",
      year: 2026,
      number: "2026-001",
      seq: 1,
      broad: true,
      raisedOn: new Date("2026-03-02"),
      assignedOn: new Date("2026-03-10"),
      deadline: new Date("2026-09-10"),
      delayedTo: new Date("2026-10-10"),
      repliedOn: new Date("2026-05-20"),
      signedOffAt: new Date("2026-03-10T08:15:30.123Z"),
      awaitingSignOff: false,
      motionDecision: "HANDLE_AS_SUGGESTION",
      motionDecisionNote: "作为建议办理",
      published: true,
      version: 7,
    },
  });
  const bare = await db.suggestion.create({ data: { ...base, year: 2026 } });
  return { full, bare };
}

describe("lockAndRead", () => {
  it("returns the locked row as findUnique reads it, and null for another township's row", async () => {
    const t = await createTownship();
    const other = await createTownship("另一镇");
    const { full, bare } = await suggestions(t.id);
    const read = await scopedDb(t.id).$transaction(async (tx) => ({
      full: await lockAndRead<Suggestion>(tx, "Suggestion", full.id, t.id),
      bare: await lockAndRead<Suggestion>(tx, "Suggestion", bare.id, t.id),
      elsewhere: await lockAndRead<Suggestion>(tx, "Suggestion", full.id, other.id),
    }));
    expect(read.full).toStrictEqual(await db.suggestion.findUnique({ where: { id: full.id } }));
    expect(read.bare).toStrictEqual(await db.suggestion.findUnique({ where: { id: bare.id } }));
    expect(read.elsewhere).toBeNull();
  });
});

describe("lockRows", () => {
  it("holds every named row of the township until the transaction ends", async () => {
    const t = await createTownship();
    const { full, bare } = await suggestions(t.id);
    const tryLock = (id: string) =>
      db.$executeRawUnsafe(`SELECT 1 FROM "Suggestion" WHERE id = $1::uuid FOR UPDATE NOWAIT`, id);
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    let locked: () => void = () => {};
    const ready = new Promise<void>((r) => (locked = r));
    const tx = scopedDb(t.id).$transaction(async (tx) => {
      await lockRows(tx, "Suggestion", [bare.id, full.id], t.id);
      locked();
      await held;
    });
    await ready;
    try {
      await expect(tryLock(full.id)).rejects.toThrow(/lock/);
      await expect(tryLock(bare.id)).rejects.toThrow(/lock/);
    } finally {
      release();
      await tx;
    }
    await expect(tryLock(full.id)).resolves.toBe(1);
  });
});
