import { createDeputy, createTerm, createTownship, createUser } from "@/tests/factories";
import { db } from "@/lib/db";
import { E2E_UI_DEPUTIES, E2E_UI_GROUPS, E2E_UI_TOWNSHIP, E2E_UI_USERS, groupOf } from "@/tests/e2e/session-ui-users";

/** 签到镇 for session-ui.spec.ts: 64 sitting deputies in four 小组 (four in none), an office, a deputy (王建国's). */
export async function seedSessionUiTownship() {
  const township = await createTownship(E2E_UI_TOWNSHIP);
  const term = await createTerm(township.id);
  const groups = new Map<string, string>();
  for (const name of E2E_UI_GROUPS)
    groups.set(
      name,
      (await db.representativeGroup.create({ data: { townshipId: township.id, name, kind: "GROUP" } })).id,
    );
  const deputies = [];
  for (const [i, name] of E2E_UI_DEPUTIES.entries()) {
    const d = await createDeputy(township.id, term.id, name);
    const group = groupOf(i);
    if (group) await db.deputy.update({ where: { id: d.id }, data: { groupId: groups.get(group) } });
    deputies.push(d);
  }
  await createUser(township.id, "OFFICE", { username: E2E_UI_USERS.office });
  await createUser(township.id, "DEPUTY", { username: E2E_UI_USERS.deputy, deputyId: deputies[0].id });
}
