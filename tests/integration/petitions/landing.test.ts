import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getLanding, type TodoCount } from "@/lib/landing/service";
import { listPetitions } from "@/lib/petitions/list";
import { PetitionListQuery } from "@/lib/petitions/schema";
import { parseDay } from "@/lib/time/day";
import type { Actor } from "@/lib/auth/actor";
import type { PetitionState } from "@/lib/generated/prisma/enums";
import { createUnit, createUser, signIn, townshipWithRoles } from "@/tests/factories";

// The petition cards of the landing pages: the chair's 待批办, the office's 待拟办 / 待转办 / 待办结, a unit's
// 待回复 — each the number of rows on the petition list its card opens, as that actor sees the list.

let n = 0;
async function petition(townshipId: string, state: PetitionState, unitId?: string, active = true) {
  const p = await db.petition.create({
    data: {
      townshipId,
      number: `信访2026-${String(++n).padStart(3, "0")}`,
      channel: "LETTER",
      receivedOn: parseDay("2026-11-02"),
      subject: `反映道路损坏（${n}）`,
      content: "内容",
      category: "APPEAL_CLAIM",
      state,
      petitioners: { create: [{ townshipId, name: "张三" }] },
    },
  });
  if (unitId)
    await db.petitionAssignment.create({
      data: { townshipId, petitionId: p.id, unitId, assignedOn: parseDay("2026-11-03"), active },
    });
  return p;
}

const card = (todo: TodoCount[], key: string) => todo.find((t) => t.key === key);

/** What the card's link shows the same actor: the petition list filtered by the card's state. */
async function listed(actor: Actor, href: string) {
  const state = new URL(href, "http://x").searchParams.get("state");
  return (await listPetitions(actor, PetitionListQuery.parse({ state, pageSize: 1 }))).total;
}

describe("the landing pages' petition counts", () => {
  it("count what waits for each role, as the list each card opens", async () => {
    const t = await townshipWithRoles("信访待办镇");
    const other = await createUnit(t.township.id, "国土所");
    const otherUnit = (await signIn(await createUser(t.township.id, "UNIT", { unitId: other.id }))).actor;
    const id = t.township.id;
    await petition(id, "REGISTERED");
    await petition(id, "REGISTERED");
    await petition(id, "PROPOSED");
    await petition(id, "PROPOSED");
    await petition(id, "PROPOSED");
    await petition(id, "APPROVED");
    await petition(id, "TRANSFERRED", t.unit.id);
    await petition(id, "TRANSFERRED", t.unit.id);
    await petition(id, "TRANSFERRED", other.id);
    // Taken back from the unit (an objection returned it): no longer its to answer.
    await petition(id, "TRANSFERRED", t.unit.id, false);
    await petition(id, "ANSWERED", t.unit.id);
    await petition(id, "CLOSED", t.unit.id);
    // Another township's petitions never count.
    const b = await townshipWithRoles("信访邻镇");
    await petition(b.township.id, "PROPOSED");
    await petition(b.township.id, "TRANSFERRED", b.unit.id);

    const office = await getLanding(t.sessions.OFFICE.actor);
    const chair = await getLanding(t.sessions.CHAIR.actor);
    const unit = await getLanding(t.sessions.UNIT.actor);
    const presidium = await getLanding(t.sessions.PRESIDIUM.actor);
    const others = await getLanding(otherUnit);
    const expected: [Actor, TodoCount[], string, number, string][] = [
      [t.sessions.OFFICE.actor, office!.todo, "petition_propose", 2, "/petitions?state=REGISTERED"],
      [t.sessions.OFFICE.actor, office!.todo, "petition_transfer", 1, "/petitions?state=APPROVED"],
      [t.sessions.OFFICE.actor, office!.todo, "petition_close", 1, "/petitions?state=ANSWERED"],
      [t.sessions.CHAIR.actor, chair!.todo, "petition_approve", 3, "/petitions?state=PROPOSED"],
      [t.sessions.UNIT.actor, unit!.todo, "petition_reply", 2, "/petitions?state=TRANSFERRED"],
      [otherUnit, others!.todo, "petition_reply", 1, "/petitions?state=TRANSFERRED"],
    ];
    for (const [actor, todo, key, count, href] of expected) {
      expect(card(todo, key), key).toMatchObject({ count, href });
      expect(await listed(actor, href), key).toBe(count);
    }
    expect(card(chair!.todo, "petition_approve")?.label).toBe("信访待批办");
    expect(card(unit!.todo, "petition_reply")?.label).toBe("信访待回复");
    // The presidium neither approves nor lists petitions: no card. The chair keeps the suggestions' 待签发.
    expect(card(presidium!.todo, "petition_approve")).toBeUndefined();
    expect(card(chair!.todo, "sign_off")).toBeDefined();
    // The other township's office sees its own only.
    expect(card((await getLanding(b.sessions.CHAIR.actor))!.todo, "petition_approve")?.count).toBe(1);
    expect(card((await getLanding(b.sessions.UNIT.actor))!.todo, "petition_reply")?.count).toBe(1);
  });
});
