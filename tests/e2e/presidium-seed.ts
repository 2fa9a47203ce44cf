// 主席团镇 (presidium-meetings.spec.ts): a presidium of a chair, a member who is a deputy and a member who is
// not, six deputies, and a supervision activity whose report the presidium hears.
import { db } from "@/lib/db";
import { createDeputy, createTerm, createTownship, createUser } from "@/tests/factories";
import {
  E2E_PRESIDIUM_ACTIVITY,
  E2E_PRESIDIUM_CHAIR,
  E2E_PRESIDIUM_DEPUTIES,
  E2E_PRESIDIUM_MEMBER,
  E2E_PRESIDIUM_MEMBER_DEPUTY,
  E2E_PRESIDIUM_OFFICE,
  E2E_PRESIDIUM_TOWNSHIP,
} from "@/tests/e2e/presidium-users";

export async function seedPresidiumTownship() {
  const township = await createTownship(E2E_PRESIDIUM_TOWNSHIP);
  const term = await createTerm(township.id);
  const memberDeputy = await createDeputy(township.id, term.id, E2E_PRESIDIUM_MEMBER_DEPUTY.deputy);
  for (const name of E2E_PRESIDIUM_DEPUTIES) await createDeputy(township.id, term.id, name);
  await createUser(township.id, "OFFICE", { username: E2E_PRESIDIUM_OFFICE });
  const chair = await createUser(township.id, "CHAIR", { username: E2E_PRESIDIUM_CHAIR.username });
  const member = await createUser(township.id, "PRESIDIUM", { username: E2E_PRESIDIUM_MEMBER.username });
  await createUser(township.id, "PRESIDIUM", {
    username: E2E_PRESIDIUM_MEMBER_DEPUTY.username,
    deputyId: memberDeputy.id,
  });
  await db.user.update({ where: { id: chair.id }, data: { displayName: E2E_PRESIDIUM_CHAIR.name } });
  await db.user.update({ where: { id: member.id }, data: { displayName: E2E_PRESIDIUM_MEMBER.name } });
  await db.supervisionActivity.create({
    data: {
      townshipId: township.id,
      termId: term.id,
      year: 2026,
      kind: "REPORT_HEARING",
      title: E2E_PRESIDIUM_ACTIVITY,
      startDate: new Date("2026-10-01"),
      // Concluded, so the figures page (supervision-figures.spec.ts) counts it.
      state: "CONCLUDED",
      concludedOn: new Date("2026-10-01"),
    },
  });
}
