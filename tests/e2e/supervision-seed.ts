// 监督镇 for supervision-polls.spec.ts: the current term, seventeen sitting deputies (two of them with accounts,
// who vote on their phones), the five units of the seed documents' evaluation, and the office and chair.
import { createDeputy, createTerm, createTownship, createUnit, createUser } from "@/tests/factories";
import {
  E2E_SUPERVISION_DEPUTIES,
  E2E_SUPERVISION_TOWNSHIP,
  E2E_SUPERVISION_UNITS,
  E2E_SUPERVISION_USERS,
} from "@/tests/e2e/supervision-users";

export async function seedSupervisionTownship() {
  const township = await createTownship(E2E_SUPERVISION_TOWNSHIP);
  const term = await createTerm(township.id);
  const deputies = [];
  for (const name of E2E_SUPERVISION_DEPUTIES) deputies.push(await createDeputy(township.id, term.id, name));
  for (const name of E2E_SUPERVISION_UNITS) await createUnit(township.id, name);
  const u = E2E_SUPERVISION_USERS;
  await createUser(township.id, "OFFICE", { username: u.office });
  await createUser(township.id, "CHAIR", { username: u.chair });
  for (const [i, username] of u.voters.entries())
    await createUser(township.id, "DEPUTY", { username, deputyId: deputies[i].id });
}
