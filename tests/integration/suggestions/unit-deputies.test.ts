// A unit sees what it needs (need to know): the name, group and phone of the deputies whose suggestions
// it handles, nobody else of the roster, and the lead deputy's phone on the suggestion.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as listDeputiesRoute } from "@/app/api/v1/deputies/route";
import { GET as getDeputyRoute } from "@/app/api/v1/deputies/[id]/route";
import { GET as photoRoute } from "@/app/api/v1/deputies/[id]/photo/route";
import { GET as getSuggestionRoute } from "@/app/api/v1/suggestions/[id]/route";
import { scopedDb } from "@/lib/db/township-scope";
import { unitDeputyWhere } from "@/lib/suggestions/public";
import { listDeputies } from "@/lib/roster/deputies";
import { DeputyListQuery } from "@/lib/roster/schema";
import { createDeputy, createUnit, createUser, params, request, signIn, townshipWithRoles } from "@/tests/factories";

const api = {
  list: (cookie: string) => listDeputiesRoute(request("/api/v1/deputies?pageSize=100", { cookie })),
  get: (cookie: string, id: string) => getDeputyRoute(request(`/api/v1/deputies/${id}`, { cookie }), params({ id })),
  photo: (cookie: string, id: string) =>
    photoRoute(request(`/api/v1/deputies/${id}/photo`, { cookie }), params({ id })),
  suggestion: (cookie: string, id: string) =>
    getSuggestionRoute(request(`/api/v1/suggestions/${id}`, { cookie }), params({ id })),
};

/** A suggestion raised by `lead` (and co-signed by `cosigners`), assigned to a lead unit and co-units. */
async function assigned(
  townshipId: string,
  lead: string,
  units: { lead: string; co?: string[] },
  cosigners: string[] = [],
) {
  const category =
    (await db.suggestionCategory.findFirst({ where: { townshipId } })) ??
    (await db.suggestionCategory.create({ data: { townshipId, name: "城乡建设", position: 1 } }));
  return db.suggestion.create({
    data: {
      townshipId,
      title: "关于修缮清水村便民桥的建议",
      content: "清水村便民桥年久失修。",
      categoryId: category.id,
      year: 2026,
      state: "ASSIGNED",
      leadUnitId: units.lead,
      assignedOn: new Date("2026-11-02"),
      deadline: new Date("2027-02-02"),
      proposers: {
        create: [
          { townshipId, deputyId: lead, lead: true },
          ...cosigners.map((deputyId) => ({ townshipId, deputyId })),
        ],
      },
      assignments: {
        create: [
          { townshipId, unitId: units.lead, lead: true, assignedOn: new Date("2026-11-02") },
          ...(units.co ?? []).map((unitId) => ({
            townshipId,
            unitId,
            lead: false,
            assignedOn: new Date("2026-11-02"),
          })),
        ],
      },
    },
  });
}

async function unitLogin(townshipId: string, unitId: string) {
  return signIn(await createUser(townshipId, "UNIT", { unitId }));
}

async function world() {
  const t = await townshipWithRoles();
  const tid = t.township.id;
  const lead = await db.deputy.update({ where: { id: t.deputy.id }, data: { phone: "13800001111" } });
  const cosigner = await createDeputy(tid, t.term.id, "李附议");
  await db.deputy.update({ where: { id: cosigner.id }, data: { phone: "13800002222" } });
  const otherUnitsDeputy = await createDeputy(tid, t.term.id, "王别家");
  const nobody = await createDeputy(tid, t.term.id, "赵无关");
  const coUnit = await createUnit(tid, "国土所");
  const otherUnit = await createUnit(tid, "派出所");
  const s = await assigned(tid, lead.id, { lead: t.unit.id, co: [coUnit.id] }, [cosigner.id]);
  const elsewhere = await assigned(tid, otherUnitsDeputy.id, { lead: otherUnit.id });
  // Another township: the same shape, its own unit and deputy.
  const b = await townshipWithRoles("另一镇");
  await assigned(b.township.id, b.deputy.id, { lead: b.unit.id });
  return {
    ...t,
    lead,
    cosigner,
    otherUnitsDeputy,
    nobody,
    s,
    elsewhere,
    b,
    co: await unitLogin(tid, coUnit.id),
    other: await unitLogin(tid, otherUnit.id),
  };
}

describe("a unit sees the deputies whose suggestions it handles, and nobody else", () => {
  it("lists and shows them with name, group and phone only", async () => {
    const w = await world();
    const cookie = w.sessions.UNIT.cookie;
    const list = await (await api.list(cookie)).json();
    expect(list.total).toBe(2);
    expect(list.items.map((d: { name: string }) => d.name).sort()).toEqual([w.lead.name, "李附议"].sort());
    for (const d of list.items) expect(Object.keys(d).sort()).toEqual(["group", "id", "name", "phone", "view"]);
    expect(list.items.find((d: { id: string }) => d.id === w.lead.id)).toMatchObject({
      view: "HANDLING",
      phone: "13800001111",
      group: null,
    });
    const one = await api.get(cookie, w.cosigner.id);
    expect(one.status).toBe(200);
    const body = await one.json();
    expect(body).toMatchObject({ name: "李附议", phone: "13800002222", view: "HANDLING", history: [] });
    expect(body).not.toHaveProperty("idNumber");
    expect(body).not.toHaveProperty("address");
    // The photo stays with the detailed record.
    expect((await api.photo(cookie, w.lead.id)).status).toBe(404);
  });

  it("does not see another unit's deputies, unrelated deputies or another township's", async () => {
    const w = await world();
    const cookie = w.sessions.UNIT.cookie;
    for (const id of [w.otherUnitsDeputy.id, w.nobody.id, w.b.deputy.id])
      expect((await api.get(cookie, id)).status).toBe(404);
    // The other unit sees its own deputy only.
    const other = await (await api.list(w.other.cookie)).json();
    expect(other.items.map((d: { id: string }) => d.id)).toEqual([w.otherUnitsDeputy.id]);
    expect((await api.get(w.other.cookie, w.lead.id)).status).toBe(404);
    // A co-unit handles the suggestion too.
    const co = await (await api.list(w.co.cookie)).json();
    expect(co.total).toBe(2);
    // Another township's unit sees its own, never this township's.
    const b = await (await api.list(w.b.sessions.UNIT.cookie)).json();
    expect(b.items.map((d: { id: string }) => d.id)).toEqual([w.b.deputy.id]);
    expect((await api.get(w.b.sessions.UNIT.cookie, w.lead.id)).status).toBe(404);
  });

  it("loses sight of them once the assignment is returned", async () => {
    const w = await world();
    await db.suggestionAssignment.updateMany({ where: { suggestionId: w.s.id }, data: { active: false } });
    expect((await (await api.list(w.sessions.UNIT.cookie)).json()).total).toBe(0);
    expect((await api.get(w.sessions.UNIT.cookie, w.lead.id)).status).toBe(404);
  });

  it("the roster's SQL filter and the ORM filter agree", async () => {
    const w = await world();
    for (const [actor, unitId] of [
      [w.sessions.UNIT.actor, w.unit.id],
      [w.co.actor, w.co.actor.unitId!],
      [w.other.actor, w.other.actor.unitId!],
    ] as const) {
      const sql = await listDeputies(actor, DeputyListQuery.parse({ pageSize: 100 }));
      const orm = await scopedDb(w.township.id).deputy.findMany({
        where: { ...unitDeputyWhere(unitId), status: "SITTING", term: { isCurrent: true } },
      });
      expect(sql.items.map((d) => d.id).sort()).toEqual(orm.map((d) => d.id).sort());
    }
  });
});

describe("the lead deputy's phone on the suggestion", () => {
  it("is shown to the units handling it and the staff, not to deputies", async () => {
    const w = await world();
    const phoneOf = async (cookie: string) => {
      const res = await api.suggestion(cookie, w.s.id);
      expect(res.status).toBe(200);
      const s = await res.json();
      return s.proposers.map((p: { name: string; phone: string | null }) => [p.name, p.phone]);
    };
    const shown = [
      [w.lead.name, "13800001111"],
      ["李附议", null],
    ];
    expect(await phoneOf(w.sessions.UNIT.cookie)).toEqual(shown);
    expect(await phoneOf(w.co.cookie)).toEqual(shown);
    expect(await phoneOf(w.sessions.OFFICE.cookie)).toEqual(shown);
    expect(await phoneOf(w.sessions.DEPUTY.cookie)).toEqual([
      [w.lead.name, null],
      ["李附议", null],
    ]);
    expect((await api.suggestion(w.other.cookie, w.s.id)).status).toBe(404);
  });
});
