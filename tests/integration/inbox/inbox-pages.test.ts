import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { unitInboxPage, unitInboxStatements } from "@/lib/inbox/read";
import { inboxSources, type InboxRow, type UnitItemsParams } from "@/lib/inbox/sources";
import { categories } from "@/lib/suggestions/categories";
import { addDays, parseDay } from "@/lib/time/day";
// The three real sources, as GET /api/v1/inbox imports them.
import "@/lib/suggestions/inbox";
import "@/lib/supervision/rectification/inbox";
import "@/lib/petitions/inbox";
import { createUnit, townshipWithRoles } from "@/tests/factories";
import { activityIn } from "@/tests/integration/supervision/rectification-world";

// The unit inbox reads its counts from the sources' indexes and only the rows a page reaches (per source a top-N of
// the open or the finished part). Here every page of several page sizes and filters is compared with the old
// semantics — every row of every source, sorted as one list, with a window count — on a township whose rows tie on
// due day and number, lack a due day or a number, await the chair's 签发, belong to co-units, were taken back
// (inactive assignments) or belong to another unit.

const OLD_ORDER = Prisma.sql`i.open DESC, CASE WHEN i.open THEN i."dueDate" END ASC, i."dueDate" DESC NULLS LAST, i.number ASC NULLS LAST, i.id ASC`;

/** The statement lib/inbox ran before: the union of every source's rows, sorted and counted as one list. */
async function oldPage(p: UnitItemsParams & { kinds?: string[]; skip: number; take: number }) {
  const sources = inboxSources(p.kinds);
  const union = Prisma.join(
    sources.map((s) => Prisma.sql`(${s.unitItems(p)})`),
    " UNION ALL ",
  );
  const rows = p.leadOpen ? Prisma.sql`SELECT * FROM (${union}) u WHERE u.role = 'LEAD' AND u.open` : union;
  const all = await db.$queryRaw<(InboxRow & { __total: number })[]>`
    SELECT *, count(*) OVER ()::int AS "__total" FROM (${rows}) i ORDER BY ${OLD_ORDER}`;
  return {
    items: all.slice(p.skip, p.skip + p.take).map(({ __total, ...r }) => (void __total, r)),
    total: all.length,
  };
}

async function world() {
  const t = await townshipWithRoles("收件箱分页镇");
  const other = await createUnit(t.township.id, "财政所");
  const [category] = await categories(scopedDb(t.township.id), t.township.id);
  const base = parseDay("2026-10-01");
  const day = (n: number | null) => (n === null ? null : addDays(base, n));
  let n = 0;
  const SUGGESTION_STATES = ["ASSIGNED", "REHANDLING", "REPLIED", "CLOSED"] as const;
  for (let i = 0; i < 40; i++) {
    const state = SUGGESTION_STATES[i % 4];
    const s = await db.suggestion.create({
      data: {
        townshipId: t.township.id,
        title: `建议${i}`,
        content: "内容",
        categoryId: category.id,
        state,
        year: 2026,
        // Every fifth has no number; due days repeat every seven (ties), some have none, some a delay.
        number: i % 5 === 0 ? null : `2026-${String(++n).padStart(3, "0")}`,
        leadUnitId: i % 6 === 0 ? other.id : t.unit.id,
        deadline: day(i % 9 === 0 ? null : (i % 7) * 10),
        delayedTo: i % 8 === 3 ? day(100 + i) : null,
        awaitingSignOff: i % 11 === 4,
        assignedOn: base,
      },
    });
    // Lead, or co-unit where another unit leads; every thirteenth taken back (inactive).
    await db.suggestionAssignment.create({
      data: {
        townshipId: t.township.id,
        suggestionId: s.id,
        unitId: t.unit.id,
        lead: i % 6 !== 0,
        assignedOn: base,
        active: i % 13 !== 2,
      },
    });
    if (i % 6 === 0)
      await db.suggestionAssignment.create({
        data: { townshipId: t.township.id, suggestionId: s.id, unitId: other.id, lead: true, assignedOn: base },
      });
  }
  const PETITION_STATES = ["TRANSFERRED", "ANSWERED", "CLOSED", "TRANSFERRED", "REPORTED"] as const;
  for (let i = 0; i < 30; i++) {
    const p = await db.petition.create({
      data: {
        townshipId: t.township.id,
        number: `信访2026-${String(i + 1).padStart(3, "0")}`,
        channel: "LETTER",
        receivedOn: base,
        subject: `信访${i}`,
        content: "内容",
        category: "APPEAL_CLAIM",
        state: PETITION_STATES[i % 5],
        dueDate: day(i % 10 === 1 ? null : (i % 7) * 10),
        petitioners: { create: [{ townshipId: t.township.id, name: "张三" }] },
      },
    });
    await db.petitionAssignment.create({
      data: {
        townshipId: t.township.id,
        petitionId: p.id,
        unitId: i % 9 === 5 ? other.id : t.unit.id,
        lead: i % 4 !== 1,
        assignedOn: base,
        active: i % 11 !== 7,
      },
    });
  }
  const activity = await activityIn(t.township.id, t.term.id);
  const TASK_STATES = ["ASSIGNED", "RETURNED", "REPORTED", "ACCEPTED"] as const;
  for (let i = 0; i < 16; i++) {
    const unitId = i % 7 === 6 ? other.id : t.unit.id;
    const opinion = await db.reviewOpinion.create({
      data: { townshipId: t.township.id, activityId: activity.id, unitId, text: `意见${i}`, dueDate: day(i % 7)! },
    });
    await db.rectificationTask.create({
      data: {
        townshipId: t.township.id,
        activityId: activity.id,
        opinionId: opinion.id,
        unitId,
        number: `整改2026-${String(i + 1).padStart(3, "0")}`,
        assignedOn: base,
        state: TASK_STATES[i % 4],
        dueDate: day((i % 7) * 10)!,
      },
    });
  }
  return { t, other };
}

describe("the unit inbox's pages", () => {
  it("are the old statement's pages: the same rows in the same order, the same totals, for every page and filter", async () => {
    const { t, other } = await world();
    const cases: (Omit<UnitItemsParams, "townshipId"> & { kinds?: string[] })[] = [
      { unitId: t.unit.id },
      { unitId: other.id },
      { unitId: t.unit.id, kinds: ["suggestion"] },
      { unitId: t.unit.id, kinds: ["petition"] },
      { unitId: t.unit.id, kinds: ["rectification", "petition"] },
      { unitId: t.unit.id, kinds: ["suggestion"], state: "CLOSED" },
      { unitId: t.unit.id, kinds: ["suggestion"], leadOpen: true },
    ];
    let compared = 0;
    for (const c of cases) {
      const p = { townshipId: t.township.id, ...c };
      const whole = await oldPage({ ...p, skip: 0, take: 1000 });
      expect(whole.total).toBeGreaterThan(0);
      for (const take of [1, 7, 20]) {
        for (let skip = 0; skip <= whole.total + take; skip += take) {
          const now = await unitInboxPage({ ...p, skip, take });
          const before = await oldPage({ ...p, skip, take });
          expect({ c, skip, take, now }).toEqual({ c, skip, take, now: before });
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("counts from the indexes what the rows hold, and reads no finished row for a page of open ones", async () => {
    const { t } = await world();
    const p = { townshipId: t.township.id, unitId: t.unit.id, skip: 0, take: 3 };
    const statements = unitInboxStatements(p)!;
    const [counts] = await db.$queryRaw<{ total: number; open: number }[]>(statements.counts);
    const all = await oldPage({ ...p, take: 1000 });
    expect(counts).toEqual({ total: all.total, open: all.items.filter((r) => r.open).length });
    expect(counts.open).toBeGreaterThan(p.take);
    // The first page lies within the open rows: its statement has no part for the finished ones.
    expect(statements.page(counts)!.sql).not.toContain("NOT u.open");
    expect(statements.page({ ...counts, open: 0 })!.sql).toContain("NOT u.open");
    // A page past the end reads nothing.
    expect(unitInboxStatements({ ...p, skip: all.total })!.page(counts)).toBeNull();
    expect(unitInboxStatements({ ...p, kinds: ["none"] })).toBeNull();
  });
});
