import { createDeputy, createTerm, createTownship, createUnit, createUser } from "@/tests/factories";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";

import { E2E_OTHER_TOWNSHIP_OFFICE, E2E_PASSWORD, E2E_USERS } from "@/tests/e2e/users";

/** The e2e accounts: one per role in 测试镇, plus one in another township (names in ./users.ts). */
export { E2E_OTHER_TOWNSHIP_OFFICE, E2E_PASSWORD, E2E_USERS };

export async function seedE2E() {
  const township = await createTownship("测试镇");
  const term = await createTerm(township.id);
  const deputy = await createDeputy(township.id, term.id, "张测试");
  const unit = await createUnit(township.id, "民政办");
  for (const [role, username] of Object.entries(E2E_USERS) as [Role, string][]) {
    await createUser(township.id, role, { username, deputyId: role === "DEPUTY" ? deputy.id : undefined, unitId: role === "UNIT" ? unit.id : undefined });
  }
  const other = await createTownship("邻镇");
  await createUser(other.id, "OFFICE", { username: E2E_OTHER_TOWNSHIP_OFFICE });
  // The factories use their own password; the e2e accounts use E2E_PASSWORD.
  await db.user.updateMany({ data: { passwordHash: await hashPassword(E2E_PASSWORD) } });
}
