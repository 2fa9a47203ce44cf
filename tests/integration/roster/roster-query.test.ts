// The roster list runs hand-written SQL (lib/roster/deputies.ts, listDeputies); the export and
// everything else filter through the ORM with `deputyWhere`. Here the two answer the same random
// queries on the same data, and must agree on the rows, their order and the total.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { deputyWhere, listDeputies } from "@/lib/roster/deputies";
import { deputySortOrderBy } from "@/lib/roster/name-order";
import { DEPUTY_SORTS, DeputyListQuery, LEVELS, STATUSES } from "@/lib/roster/schema";
import { createTerm, createTownship, createUser, signIn } from "@/tests/factories";

const NAMES = [
  "王小明",
  "王芳",
  "李小红",
  "张伟",
  "王_伟",
  "刘100%",
  "赵敏",
  "Wang Li",
  "wang ming",
  "欧阳小燕",
  "王",
  "小王",
];
// Two of them are not the official names (待核对): the review filter must find them in SQL as in the ORM.
const PARTIES = ["中共党员", "群众", "民盟盟员"];
const CONSTITUENCIES = ["第一选区", "第二选区", "第三选区"];

/** A township whose deputies vary in every field the roster filters or sorts by, plus a past term and a neighbour. */
async function seed() {
  const township = await createTownship("名册镇");
  const term = await createTerm(township.id);
  const past = await db.term.create({
    data: { townshipId: township.id, number: 16, startDate: new Date("2021-09-01"), endDate: new Date("2026-08-31") },
  });
  const groups = await Promise.all(
    ["第一代表小组", "第二代表小组"].map((name) =>
      db.representativeGroup.create({ data: { townshipId: township.id, name, kind: "GROUP" } }),
    ),
  );
  const neighbour = await createTownship("邻镇");
  const neighbourTerm = await createTerm(neighbour.id);
  const neighbourGroup = await db.representativeGroup.create({
    data: { townshipId: neighbour.id, name: "第一代表小组", kind: "GROUP" },
  });

  const rows = [];
  for (let i = 0; i < 60; i++) {
    const inNeighbour = i % 10 === 9;
    const termId = inNeighbour ? neighbourTerm.id : i % 7 === 6 ? past.id : term.id;
    rows.push({
      townshipId: inNeighbour ? neighbour.id : township.id,
      termId,
      // The same name and birth date may not repeat in a term: the index keeps them apart.
      name: `${NAMES[i % NAMES.length]}${i >= NAMES.length ? i : ""}`,
      gender: i % 2 ? ("FEMALE" as const) : ("MALE" as const),
      birthDate: new Date(Date.UTC(1960 + ((i * 7) % 40), i % 12, 1 + (i % 28))),
      ethnicity: "汉族",
      party: PARTIES[i % PARTIES.length],
      education: "本科",
      occupation: "村民",
      constituency: CONSTITUENCIES[(i * 5) % CONSTITUENCIES.length],
      levels: i % 4 === 0 ? ["TOWNSHIP", "COUNTY"] : i % 9 === 0 ? ["TOWNSHIP", "CITY"] : ["TOWNSHIP"],
      groupId: inNeighbour ? neighbourGroup.id : i % 3 === 2 ? null : groups[i % 2].id,
      status: STATUSES[i % 11 === 0 ? 1 + (i % 4) : 0],
      startDate: new Date(Date.UTC(2026, 8, 1 + (i % 20))),
    });
  }
  await db.deputy.createMany({ data: rows });
  const office = await signIn(await createUser(township.id, "OFFICE"));
  const current = rows.filter((r) => r.townshipId === township.id && r.termId === term.id).map((r) => r.name);
  return { actor: office.actor, township, past, groups, neighbourGroup, current };
}

/** The same question through the ORM: the township scope, deputyWhere, the same order and page. */
async function throughOrm(actor: Actor, q: DeputyListQuery) {
  const where = { ...deputyWhere(q), townshipId: actor.townshipId };
  const [rows, total] = await Promise.all([
    db.deputy.findMany({
      where,
      // By name the township's name order (姓氏笔画 by default), 选区 in natural order: the export's helper.
      orderBy: deputySortOrderBy(q.sort, "STROKE", q.order),
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: { id: true },
    }),
    db.deputy.count({ where }),
  ]);
  return { ids: rows.map((r) => r.id), total };
}

/** A filter that is set in a quarter of the queries, so that most queries still find rows. */
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: arb, weight: 1 });

describe("roster query (SQL) against deputyWhere (ORM)", () => {
  it("agree on rows, order and total for random filters, sorts and pages", async () => {
    const { actor, past, groups, neighbourGroup } = await seed();
    const query = fc.record({
      q: sometimes(fc.constantFrom("王", "小", "wang", "WANG", "王小", "_", "%", "100%", "王_", "无此人")),
      termId: sometimes(fc.constant(past.id)),
      groupId: sometimes(fc.constantFrom(groups[0].id, groups[1].id, neighbourGroup.id)),
      level: sometimes(fc.constantFrom(...LEVELS)),
      status: sometimes(fc.constantFrom(...STATUSES)),
      constituency: sometimes(fc.constantFrom(...CONSTITUENCIES)),
      party: sometimes(fc.constantFrom(...PARTIES)),
      review: sometimes(fc.constant("1" as const)),
      sort: fc.constantFrom(...DEPUTY_SORTS),
      order: fc.constantFrom("asc" as const, "desc" as const),
      page: fc.integer({ min: 1, max: 3 }),
      pageSize: fc.constantFrom(5, 7, 20),
    });
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(query, async (raw) => {
        const q = DeputyListQuery.parse(raw);
        const [sql, orm] = await Promise.all([listDeputies(actor, q), throughOrm(actor, q)]);
        expect(sql.items.map((d) => d.id)).toEqual(orm.ids);
        expect(sql.total).toBe(orm.total);
        if (orm.ids.length) nonEmpty++;
      }),
      { numRuns: 150 },
    );
    // The generator must reach rows, or the comparison proves little.
    expect(nonEmpty).toBeGreaterThan(25);
  });

  it("takes % and _ in the search box literally, and another township's group finds nothing", async () => {
    const { actor, neighbourGroup, current } = await seed();
    const containing = (part: string) => current.filter((n) => n.includes(part)).sort();
    const list = (raw: Record<string, unknown>) => listDeputies(actor, DeputyListQuery.parse(raw));
    const names = async (q: string) => (await list({ q, pageSize: 100 })).items.map((d) => d.name).sort();
    expect(containing("%").length).toBeGreaterThan(1);
    expect(await names("%")).toEqual(containing("%"));
    expect(await names("0%")).toEqual(containing("0%"));
    expect(await names("王_")).toEqual(containing("王_"));
    expect(await names("wang")).toEqual(await names("WANG"));
    expect((await names("wang")).length).toBeGreaterThan(1);
    expect((await list({ groupId: neighbourGroup.id })).total).toBe(0);
    // The export filters through deputyWhere: the same literal match.
    expect(
      await db.deputy.count({
        where: { ...deputyWhere(DeputyListQuery.parse({ q: "%" })), townshipId: actor.townshipId },
      }),
    ).toBe(containing("%").length);
  });

  it("presents the joined group and the dates as the ORM row would", async () => {
    const { actor, groups } = await seed();
    const [first] = (await listDeputies(actor, DeputyListQuery.parse({ groupId: groups[0].id, pageSize: 1 }))).items;
    const row = await db.deputy.findUniqueOrThrow({ where: { id: first.id }, include: { group: true } });
    expect(first).toMatchObject({
      name: row.name,
      group: { id: groups[0].id, name: "第一代表小组" },
      levels: row.levels,
      status: row.status,
    });
    expect("birthDate" in first && first.birthDate).toBe(row.birthDate.toISOString().slice(0, 10));
    expect("startDate" in first && first.startDate).toBe(row.startDate.toISOString().slice(0, 10));
  });
});
