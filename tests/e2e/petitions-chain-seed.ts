// 信访镇 for petitions-chain.spec.ts: the office, the chair and 民政办's account; 国土所 beside it.
import { createTerm, createTownship, createUnit, createUser } from "@/tests/factories";
import { E2E_PETITION_TOWNSHIP, E2E_PETITION_UNITS, E2E_PETITION_USERS } from "@/tests/e2e/petitions-chain-users";

export async function seedPetitionChainTownship() {
  const township = await createTownship(E2E_PETITION_TOWNSHIP);
  await createTerm(township.id);
  const units = [];
  for (const name of E2E_PETITION_UNITS) units.push(await createUnit(township.id, name));
  const u = E2E_PETITION_USERS;
  await createUser(township.id, "OFFICE", { username: u.office });
  await createUser(township.id, "CHAIR", { username: u.chair });
  await createUser(township.id, "UNIT", { username: u.unit, unitId: units[0].id });
}
