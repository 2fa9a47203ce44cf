import { createDeputy, createTerm, createTownship, createUnit, createUser } from "@/tests/factories";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";

import {
  E2E_CO_UNIT, E2E_DEPUTY_NAME, E2E_GROUPS, E2E_OTHER_DEPUTY_NAME, E2E_OTHER_TOWNSHIP_OFFICE, E2E_PASSWORD, E2E_SESSION_DEPUTIES, E2E_SESSION_TOWNSHIP, E2E_SESSION_USERS, E2E_USERS,
} from "@/tests/e2e/users";

/** The e2e accounts: one per role in 测试镇, plus one in another township (names in ./users.ts). */
export { E2E_GROUPS, E2E_OTHER_TOWNSHIP_OFFICE, E2E_PASSWORD, E2E_USERS };

/**
 * 测试镇: the current term (第17届, from 2026-09-01), the deputies 张测试 (the e2e-deputy account's
 * own record) and 周建国, the representative groups of E2E_GROUPS, the unit 民政办 and the co-unit 财政所. 会议镇 (sessions.spec.ts)
 * has its own term, nine deputies and accounts.
 */
export async function seedE2E() {
  const township = await createTownship("测试镇");
  const term = await createTerm(township.id);
  const deputy = await createDeputy(township.id, term.id, E2E_DEPUTY_NAME);
  // A second deputy, so a deputy has someone else's profile to look at (roster.spec.ts).
  await createDeputy(township.id, term.id, E2E_OTHER_DEPUTY_NAME);
  // The groups the roster import refers to by name (roster.spec.ts); nobody is in them yet.
  for (const name of E2E_GROUPS) await db.representativeGroup.create({ data: { townshipId: township.id, name, kind: "GROUP" } });
  const unit = await createUnit(township.id, "民政办");
  for (const [role, username] of Object.entries(E2E_USERS) as [Role, string][]) {
    await createUser(township.id, role, { username, deputyId: role === "DEPUTY" ? deputy.id : undefined, unitId: role === "UNIT" ? unit.id : undefined });
  }
  const coUnit = await createUnit(township.id, E2E_CO_UNIT.unit);
  await createUser(township.id, "UNIT", { username: E2E_CO_UNIT.username, unitId: coUnit.id });
  const other = await createTownship("邻镇");
  await createUser(other.id, "OFFICE", { username: E2E_OTHER_TOWNSHIP_OFFICE });
  await seedSessionTownship();
  // The factories use their own password; the e2e accounts use E2E_PASSWORD.
  await db.user.updateMany({ data: { passwordHash: await hashPassword(E2E_PASSWORD) } });
}

/** 会议镇: nine sitting deputies of 第17届 and the accounts of E2E_SESSION_USERS. */
async function seedSessionTownship() {
  const township = await createTownship(E2E_SESSION_TOWNSHIP);
  const term = await createTerm(township.id);
  const deputies = [];
  for (const name of E2E_SESSION_DEPUTIES) deputies.push(await createDeputy(township.id, term.id, name));
  for (const [role, username] of Object.entries(E2E_SESSION_USERS) as [Role, string][]) {
    await createUser(township.id, role, { username, deputyId: role === "DEPUTY" ? deputies[0].id : undefined });
  }
}
