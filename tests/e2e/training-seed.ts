// 培训镇 for training.spec.ts: the current term, four sitting deputies in one group (one with an account, who asks
// leave on a phone), the office and the chair.
import { db } from "@/lib/db";
import { createDeputy, createTerm, createTownship, createUser } from "@/tests/factories";
import {
  E2E_TRAINING_DEPUTIES,
  E2E_TRAINING_GROUP,
  E2E_TRAINING_TOWNSHIP,
  E2E_TRAINING_USERS,
} from "@/tests/e2e/training-users";

export async function seedTrainingTownship() {
  const township = await createTownship(E2E_TRAINING_TOWNSHIP);
  const term = await createTerm(township.id);
  const group = await db.representativeGroup.create({
    data: { townshipId: township.id, name: E2E_TRAINING_GROUP, kind: "GROUP" },
  });
  const deputies = [];
  for (const name of E2E_TRAINING_DEPUTIES) deputies.push(await createDeputy(township.id, term.id, name));
  await db.deputy.updateMany({ where: { townshipId: township.id }, data: { groupId: group.id } });
  const u = E2E_TRAINING_USERS;
  await createUser(township.id, "OFFICE", { username: u.office });
  await createUser(township.id, "CHAIR", { username: u.chair });
  await createUser(township.id, "DEPUTY", { username: u.deputy, deputyId: deputies[0].id });
}
