// 接待镇 for reception-days.spec.ts: the current term, four sitting deputies (the first with an account), and the office.
import { createDeputy, createTerm, createTownship, createUser } from "@/tests/factories";
import { E2E_RECEPTION_DEPUTIES, E2E_RECEPTION_TOWNSHIP, E2E_RECEPTION_USERS } from "@/tests/e2e/reception-users";

export async function seedReceptionTownship() {
  const township = await createTownship(E2E_RECEPTION_TOWNSHIP);
  const term = await createTerm(township.id);
  const deputies = [];
  for (const name of E2E_RECEPTION_DEPUTIES) deputies.push(await createDeputy(township.id, term.id, name));
  await createUser(township.id, "OFFICE", { username: E2E_RECEPTION_USERS.office });
  await createUser(township.id, "DEPUTY", { username: E2E_RECEPTION_USERS.deputy, deputyId: deputies[0].id });
}
