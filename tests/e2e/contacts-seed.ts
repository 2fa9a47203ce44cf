import { createDeputy, createTerm, createTownship, createUnit, createUser } from "@/tests/factories";
import { db } from "@/lib/db";
import { addDays, todayInChina } from "@/lib/time/day";
import { categories } from "@/lib/suggestions/categories";
import { scopedDb } from "@/lib/db/township-scope";
import {
  E2E_CONTACT_DEPUTY,
  E2E_CONTACT_OTHER_DEPUTY,
  E2E_CONTACT_SUGGESTION,
  E2E_CONTACT_TOWNSHIP,
  E2E_CONTACT_UNIT,
  E2E_CONTACT_USERS,
} from "@/tests/e2e/contacts-users";

/**
 * 联系镇 for corrections.spec.ts: an office, the unit 水利站 with its account, the deputy 陈联系 (with a
 * phone) who leads a suggestion assigned to 水利站 ten days ago, and a deputy 水利站 has nothing to do with.
 */
export async function seedContactTownship() {
  const township = await createTownship(E2E_CONTACT_TOWNSHIP);
  const term = await createTerm(township.id);
  const lead = await createDeputy(township.id, term.id, E2E_CONTACT_DEPUTY.name);
  await db.deputy.update({ where: { id: lead.id }, data: { phone: E2E_CONTACT_DEPUTY.phone } });
  await createDeputy(township.id, term.id, E2E_CONTACT_OTHER_DEPUTY);
  const unit = await createUnit(township.id, E2E_CONTACT_UNIT.name);
  await db.handlingUnit.update({
    where: { id: unit.id },
    data: { contactName: E2E_CONTACT_UNIT.contactName, contactPhone: E2E_CONTACT_UNIT.phone },
  });
  await createUser(township.id, "OFFICE", { username: E2E_CONTACT_USERS.office });
  await createUser(township.id, "UNIT", { username: E2E_CONTACT_USERS.unit, unitId: unit.id });
  const [category] = await categories(scopedDb(township.id), township.id);
  const today = todayInChina();
  const assignedOn = addDays(today, -10);
  await db.suggestion.create({
    data: {
      townshipId: township.id,
      title: E2E_CONTACT_SUGGESTION,
      content: "联系村水渠年久失修，灌溉季节漏水严重，建议整修。",
      categoryId: category.id,
      state: "ASSIGNED",
      year: today.getUTCFullYear(),
      number: `${today.getUTCFullYear()}-001`,
      seq: 1,
      leadUnitId: unit.id,
      assignedOn,
      deadline: addDays(assignedOn, 90),
      signedOffAt: new Date(),
      proposers: { create: { townshipId: township.id, deputyId: lead.id, lead: true } },
      assignments: { create: { townshipId: township.id, unitId: unit.id, lead: true, assignedOn } },
    },
  });
}
