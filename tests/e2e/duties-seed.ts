// 登记簿镇 for duties.spec.ts: the current term, three sitting deputies in one group (the first leads it and has a
// deputy account), and the office.
import { db } from "@/lib/db";
import { createDeputy, createTerm, createTownship, createUser } from "@/tests/factories";
import { E2E_DUTIES_DEPUTIES, E2E_DUTIES_GROUP, E2E_DUTIES_TOWNSHIP, E2E_DUTIES_USERS } from "@/tests/e2e/duties-users";

export async function seedDutiesTownship() {
  const township = await createTownship(E2E_DUTIES_TOWNSHIP);
  const term = await createTerm(township.id);
  const deputies = [];
  for (const name of E2E_DUTIES_DEPUTIES) deputies.push(await createDeputy(township.id, term.id, name));
  await db.representativeGroup.create({
    data: {
      townshipId: township.id,
      name: E2E_DUTIES_GROUP,
      kind: "GROUP",
      leaderId: deputies[0].id,
      members: { connect: deputies.map((d) => ({ id: d.id })) },
    },
  });
  await createUser(township.id, "OFFICE", { username: E2E_DUTIES_USERS.office });
  await createUser(township.id, "DEPUTY", { username: E2E_DUTIES_USERS.deputy, deputyId: deputies[0].id });
}
