// 宣传更正镇 for publicity.spec.ts (names in publicity-users.ts): an office, a presidium member, a deputy and a unit,
// and one item sent three days ago, scored as a county info (2 points by the app's default table).
import { db } from "@/lib/db";
import { addDays, todayInChina } from "@/lib/time/day";
import { Prisma } from "@/lib/generated/prisma/client";
import { createDeputy, createTerm, createTownship, createUnit, createUser } from "@/tests/factories";
import { E2E_PUB_ITEM, E2E_PUB_TOWNSHIP, E2E_PUB_USERS } from "@/tests/e2e/publicity-users";

export async function seedPublicityTownship() {
  const township = await createTownship(E2E_PUB_TOWNSHIP);
  const term = await createTerm(township.id);
  const deputy = await createDeputy(township.id, term.id, "宋宣传");
  const unit = await createUnit(township.id, "宣传办");
  const office = await createUser(township.id, "OFFICE", { username: E2E_PUB_USERS.office });
  await createUser(township.id, "PRESIDIUM", { username: E2E_PUB_USERS.presidium });
  await createUser(township.id, "DEPUTY", { username: E2E_PUB_USERS.deputy, deputyId: deputy.id });
  await createUser(township.id, "UNIT", { username: E2E_PUB_USERS.unit, unitId: unit.id });
  const sentOn = addDays(todayInChina(), -E2E_PUB_ITEM.daysAgo);
  await db.publicityItem.create({
    data: {
      id: E2E_PUB_ITEM.id,
      townshipId: township.id,
      year: sentOn.getUTCFullYear(),
      kind: "COUNTY_INFO",
      title: E2E_PUB_ITEM.title,
      outlet: E2E_PUB_ITEM.outlet,
      sentOn,
      points: new Prisma.Decimal(2),
      createdById: office.id,
    },
  });
}
