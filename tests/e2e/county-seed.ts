// 县览县 and 县览外县 for county.spec.ts (names in county-users.ts).
import { db } from "@/lib/db";
import { todayInChina } from "@/lib/time/day";
import { createTerm, createTownship, createUser } from "@/tests/factories";
import {
  E2E_COUNTY,
  E2E_COUNTY_DAYS,
  E2E_COUNTY_OTHER,
  E2E_COUNTY_TOWNSHIPS,
  E2E_COUNTY_USERS,
} from "@/tests/e2e/county-users";

async function heldDays(townshipId: string, year: number, count: number) {
  for (let i = 0; i < count; i++) {
    const date = new Date(`${year}-0${i + 1}-10`);
    await db.receptionDay.create({ data: { townshipId, year, date, heldOn: date } });
  }
}

export async function seedCountyTownships() {
  const year = todayInChina().getUTCFullYear();
  const county = await db.county.create({ data: E2E_COUNTY });
  const other = await db.county.create({ data: E2E_COUNTY_OTHER });
  const ids: Record<string, string> = {};
  for (const key of ["east", "west", "outside"] as const) {
    const t = await createTownship(E2E_COUNTY_TOWNSHIPS[key]);
    await createTerm(t.id);
    await db.township.update({
      where: { id: t.id },
      data: { countyId: key === "outside" ? other.id : county.id, code: `e2e-cv-${key}` },
    });
    const [now, before] = E2E_COUNTY_DAYS[key];
    await heldDays(t.id, year, now);
    await heldDays(t.id, year - 1, before);
    ids[key] = t.id;
  }
  await createUser(ids.east, "COUNTY", { username: E2E_COUNTY_USERS.county });
  await createUser(ids.east, "OFFICE", { username: E2E_COUNTY_USERS.office });
}
