import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { dueCounts, duePage, unitInboxPage, unitInboxStatements } from "@/lib/inbox/read";
import { registerInboxSource, type DueItemsParams, type UnitItemsParams } from "@/lib/inbox/sources";
import { categories } from "@/lib/suggestions/categories";
// The suggestions' source registers itself when its module is imported, as a page or route would.
import "@/lib/suggestions/inbox";
import { createUnit, request, townshipWithRoles } from "@/tests/factories";
import { GET as inboxRoute } from "@/app/api/v1/inbox/route";

// One inbox across domains: a second domain joins by registering a source — here a fake "petition"
// source over an in-memory list, standing in for the petitions module — and the kernel's paging,
// order and counts take it as it is, without a change.

interface FakePetition {
  id: string;
  townshipId: string;
  unitId: string;
  title: string;
  due: string;
  open: boolean;
}
const petitions: FakePetition[] = [];

function petitionRows(where: (p: FakePetition) => boolean): Prisma.Sql {
  const rows = petitions.filter(where);
  if (!rows.length)
    return Prisma.sql`SELECT 'petition'::text AS "kind", NULL::uuid AS "id", NULL::text AS "number", ''::text AS "title", NULL::uuid AS "unitId", 'LEAD'::text AS "role", NULL::date AS "dueDate", ''::text AS "state", false AS "open", ''::text AS "link" WHERE false`;
  const values = rows.map(
    (p) =>
      Prisma.sql`('petition'::text, ${p.id}::uuid, ${"信" + p.title}::text, ${p.title}::text, ${p.unitId}::uuid, 'LEAD'::text, ${p.due}::date, ${p.open ? "HANDLING" : "DONE"}::text, ${p.open}::boolean, ${"/petitions/" + p.id}::text)`,
  );
  return Prisma.sql`SELECT * FROM (VALUES ${Prisma.join(values)}) AS v("kind", "id", "number", "title", "unitId", "role", "dueDate", "state", "open", "link")`;
}

registerInboxSource({
  kind: "petition",
  unitItems: (p: UnitItemsParams) => petitionRows((x) => x.townshipId === p.townshipId && x.unitId === p.unitId),
  dueItems: (p: DueItemsParams) =>
    petitionRows(
      (x) =>
        x.townshipId === p.townshipId &&
        (!p.unitId || x.unitId === p.unitId) &&
        x.open &&
        (p.status === "overdue"
          ? x.due < p.today
          : p.status === "due_soon"
            ? x.due >= p.today && x.due <= p.horizon
            : x.due <= p.horizon),
    ),
});

async function world() {
  const t = await townshipWithRoles();
  const other = await createUnit(t.township.id, "财政所");
  const [category] = await categories(scopedDb(t.township.id), t.township.id);
  let n = 0;
  async function suggestion(title: string, deadline: string, state: "ASSIGNED" | "CLOSED", unitId = t.unit.id) {
    const s = await db.suggestion.create({
      data: {
        townshipId: t.township.id,
        title,
        content: "内容",
        categoryId: category.id,
        state,
        year: 2026,
        number: `2026-${String(++n).padStart(3, "0")}`,
        leadUnitId: unitId,
        deadline: new Date(deadline),
        assignedOn: new Date("2026-09-01"),
      },
    });
    await db.suggestionAssignment.create({
      data: { townshipId: t.township.id, suggestionId: s.id, unitId, lead: true, assignedOn: new Date("2026-09-01") },
    });
  }
  const petition = (title: string, due: string, open = true, unitId = t.unit.id) =>
    petitions.push({ id: randomUUID(), townshipId: t.township.id, unitId, title, due, open });
  petitions.length = 0;
  await suggestion("建议甲", "2026-12-01", "ASSIGNED");
  await suggestion("建议乙", "2026-12-20", "ASSIGNED");
  await suggestion("建议丙", "2026-10-01", "CLOSED");
  await suggestion("别的单位的建议", "2026-12-02", "ASSIGNED", other.id);
  petition("信访子", "2026-12-05");
  petition("信访丑", "2026-11-20");
  petition("信访寅", "2026-11-01", false);
  petition("别的单位的信访", "2026-11-25", true, other.id);
  return { t, other };
}

const titles = (l: { items: { title: string }[] }) => l.items.map((i) => i.title);

describe("the cross-domain inbox", () => {
  it("gives a unit one inbox over every source: being handled first by due day, then the finished ones", async () => {
    const { t } = await world();
    const p = { townshipId: t.township.id, unitId: t.unit.id };
    const all = await unitInboxPage({ ...p, skip: 0, take: 20 });
    expect(titles(all)).toEqual(["信访丑", "建议甲", "信访子", "建议乙", "信访寅", "建议丙"]);
    expect(all.total).toBe(6);
    expect(all.items[0]).toMatchObject({ kind: "petition", role: "LEAD", open: true, state: "HANDLING" });
    expect(all.items[1]).toMatchObject({ kind: "suggestion", role: "LEAD", open: true, state: "ASSIGNED" });
    expect(all.items[1].link).toBe(`/suggestions/${all.items[1].id}`);
    // Paged in SQL: the second page of two continues the same order.
    const second = await unitInboxPage({ ...p, skip: 2, take: 2 });
    expect([titles(second), second.total]).toEqual([["信访子", "建议乙"], 6]);
    // The statements the page runs, as the benchmark runs them through pg: the same rows in the same order.
    const statements = unitInboxStatements({ ...p, skip: 2, take: 2 })!;
    const [counts] = await db.$queryRawUnsafe<{ total: number; open: number }[]>(
      statements.counts.text,
      ...statements.counts.values,
    );
    expect(counts).toEqual({ total: 6, open: 4 });
    const page = statements.page(counts)!;
    const direct = await db.$queryRawUnsafe<{ id: string }[]>(page.text, ...page.values);
    expect(direct.map((r) => r.id)).toEqual(second.items.map((i) => i.id));
    expect(unitInboxStatements({ ...p, kinds: ["none"], skip: 0, take: 20 })).toBeNull();
    // One domain alone.
    expect(titles(await unitInboxPage({ ...p, kinds: ["petition"], skip: 0, take: 20 }))).toEqual([
      "信访丑",
      "信访子",
      "信访寅",
    ]);
  });

  it("gives the office one reminder list and counts over every source", async () => {
    const { t, other } = await world();
    const w = { townshipId: t.township.id, today: "2026-11-23", horizon: "2026-12-07", skip: 0, take: 20 };
    const township = await duePage({ ...w, unitId: null });
    expect(titles(township)).toEqual(["信访丑", "别的单位的信访", "建议甲", "别的单位的建议", "信访子"]);
    expect(township.items.find((i) => i.title === "别的单位的信访")?.unitId).toBe(other.id);
    expect(titles(await duePage({ ...w, unitId: t.unit.id, status: "overdue" }))).toEqual(["信访丑"]);
    expect(titles(await duePage({ ...w, unitId: t.unit.id, status: "due_soon" }))).toEqual(["建议甲", "信访子"]);
    expect(await dueCounts({ ...w, unitId: null })).toEqual({ overdue: 1, dueSoon: 4 });
    expect(await dueCounts({ ...w, unitId: null, kinds: ["suggestion"] })).toEqual({ overdue: 0, dueSoon: 2 });
  });

  it("shows nothing of another township", async () => {
    const { t } = await world();
    const b = await townshipWithRoles("乙镇");
    expect((await unitInboxPage({ townshipId: b.township.id, unitId: t.unit.id, skip: 0, take: 20 })).total).toBe(0);
    expect(
      await dueCounts({ townshipId: b.township.id, unitId: null, today: "2026-11-23", horizon: "2026-12-07" }),
    ).toEqual({ overdue: 0, dueSoon: 0 });
  });

  it("GET /api/v1/inbox: the unit's one inbox over every source; one kind; 403 for other roles; 400 for a bad kind", async () => {
    const { t } = await world();
    const get = (cookie: string, qs = "") => inboxRoute(request(`/api/v1/inbox${qs}`, { cookie }));
    const res = await get(t.sessions.UNIT.cookie, "?pageSize=3");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: 6, page: 1, pageSize: 3 });
    expect(
      body.items.map((i: { kind: string; title: string; dueDate: string }) => [i.kind, i.title, i.dueDate]),
    ).toEqual([
      ["petition", "信访丑", "2026-11-20"],
      ["suggestion", "建议甲", "2026-12-01"],
      ["petition", "信访子", "2026-12-05"],
    ]);
    const one = await (await get(t.sessions.UNIT.cookie, "?kind=suggestion")).json();
    expect(one.items.map((i: { title: string }) => i.title)).toEqual(["建议甲", "建议乙", "建议丙"]);
    expect((await get(t.sessions.OFFICE.cookie)).status).toBe(403);
    expect((await get(t.sessions.UNIT.cookie, "?kind=Bad!")).status).toBe(400);
  });
});
