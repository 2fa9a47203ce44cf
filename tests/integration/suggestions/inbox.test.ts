import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listUnitInbox } from "@/lib/suggestions/inbox";
import { InboxQuery } from "@/lib/suggestions/schema";
import { setup, unitWithLogin } from "@/tests/integration/suggestions/helpers";
import { request, signIn, townshipWithRoles } from "@/tests/factories";
import { GET as inboxRoute } from "@/app/api/v1/suggestions/inbox/route";
import { DAY_MS } from "@/lib/time/day";

// The unit's inbox (the page /suggestions for a unit): only its active assignments, those being
// handled first by due day (the delay's date when there is one), then the finished ones.

function chinaToday(): number {
  const local = new Date(Date.now() + 8 * 3_600_000);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
}
const offset = (days: number) => new Date(chinaToday() + days * DAY_MS);

async function world() {
  const w = await setup();
  const other = await unitWithLogin(w.township.id, "财政所");
  const A = w.unit.id;
  const B = other.unit.id;
  async function make(
    title: string,
    state: "ASSIGNED" | "REHANDLING" | "REPLIED" | "CLOSED" | "REGISTERED",
    lead: string | null,
    deadline: number | null,
    parts: { unitId: string; lead: boolean; active?: boolean }[],
    delayedTo?: number,
  ) {
    const s = await db.suggestion.create({
      data: {
        townshipId: w.township.id,
        title,
        content: "内容",
        categoryId: w.categoryId,
        state,
        year: 2026,
        leadUnitId: lead,
        deadline: deadline === null ? null : offset(deadline),
        delayedTo: delayedTo === undefined ? null : offset(delayedTo),
        assignedOn: offset(-60),
      },
    });
    for (const p of parts)
      await db.suggestionAssignment.create({
        data: {
          townshipId: w.township.id,
          suggestionId: s.id,
          unitId: p.unitId,
          lead: p.lead,
          assignedOn: offset(-60),
          active: p.active ?? true,
        },
      });
    return s;
  }
  await make("X 还早", "ASSIGNED", A, 30, [{ unitId: A, lead: true }]);
  await make("Y 逾期", "ASSIGNED", A, -2, [{ unitId: A, lead: true }]);
  await make("Z 协办", "ASSIGNED", B, 5, [
    { unitId: B, lead: true },
    { unitId: A, lead: false },
  ]);
  await make("D 延期", "REHANDLING", A, -20, [{ unitId: A, lead: true }], 10);
  await make("W 早已办结", "CLOSED", A, -50, [{ unitId: A, lead: true }]);
  await make("V 已答复", "REPLIED", A, -10, [{ unitId: A, lead: true }]);
  await make("R 已退回", "REGISTERED", null, null, [{ unitId: A, lead: true, active: false }]);
  await make("Q 别的单位", "ASSIGNED", B, -1, [{ unitId: B, lead: true }]);
  return { w, other };
}

const titles = (l: { items: { title: string }[] }) => l.items.map((i) => i.title);
const q = (over: Record<string, unknown> = {}) => InboxQuery.parse(over);

describe("the unit inbox", () => {
  it("shows only the unit's active assignments, being handled first by due day, then the finished ones latest first", async () => {
    const { w } = await world();
    const l = await listUnitInbox(w.sessions.UNIT.actor, q());
    expect(titles(l)).toEqual(["Y 逾期", "Z 协办", "D 延期", "X 还早", "V 已答复", "W 早已办结"]);
    expect(l.total).toBe(6);
    const by = Object.fromEntries(l.items.map((i) => [i.title, i]));
    expect(by["Y 逾期"].due).toBe("OVERDUE");
    expect(by["Z 协办"].due).toBe("DUE_SOON");
    expect(by["Z 协办"].leadUnit?.name).toBe("财政所");
    // The delay's date counts: due in 10 days, not 20 days overdue.
    expect(by["D 延期"].due).toBe("DUE_SOON");
    expect(by["X 还早"].due).toBe("ON_TRACK");
    expect(by["V 已答复"].due).toBeNull();
  });

  it("filters by state and pages in SQL, keeping the order across pages", async () => {
    const { w } = await world();
    expect(titles(await listUnitInbox(w.sessions.UNIT.actor, q({ state: "CLOSED" })))).toEqual(["W 早已办结"]);
    expect(titles(await listUnitInbox(w.sessions.UNIT.actor, q({ state: "ASSIGNED" })))).toEqual([
      "Y 逾期",
      "Z 协办",
      "X 还早",
    ]);
    const p2 = await listUnitInbox(w.sessions.UNIT.actor, q({ page: 2, pageSize: 2 }));
    expect(titles(p2)).toEqual(["D 延期", "X 还早"]);
    expect(p2.total).toBe(6);
  });

  it("gives the other unit only its own", async () => {
    const { other } = await world();
    const actor = (await signIn(other.user)).actor;
    expect(titles(await listUnitInbox(actor, q()))).toEqual(["Q 别的单位", "Z 协办"]);
  });

  it("is for unit accounts only", async () => {
    const { w } = await world();
    await expect(listUnitInbox(w.sessions.OFFICE.actor, q())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("GET /api/v1/suggestions/inbox: the unit's own list; 403 for every other role; nothing of another township", async () => {
    const { w } = await world();
    const get = (cookie: string, qs = "") => inboxRoute(request(`/api/v1/suggestions/inbox${qs}`, { cookie }));
    const res = await get(w.cookie.UNIT, "?pageSize=3");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { title: string }[]; total: number; page: number; pageSize: number };
    expect(body).toMatchObject({ total: 6, page: 1, pageSize: 3 });
    expect(titles(body)).toEqual(["Y 逾期", "Z 协办", "D 延期"]);
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"] as const)
      expect((await get(w.cookie[role])).status, role).toBe(403);
    const away = await townshipWithRoles("别的镇");
    const theirs = (await (await get(away.sessions.UNIT.cookie)).json()) as { total: number };
    expect(theirs.total).toBe(0);
    expect((await get(w.cookie.UNIT, "?state=NOPE")).status).toBe(400);
  });
});
