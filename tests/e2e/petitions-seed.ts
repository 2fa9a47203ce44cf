// 登记镇 for petitions-register.spec.ts: the office, the chair, 民政办 and its account, a deputy, and one
// petition on file (registered through the service as the office would) handed to 民政办 — the earlier
// petition a new registration turns out to repeat.
import crypto from "node:crypto";
import { actorFor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { createPetition } from "@/lib/petitions/service";
import { PetitionCreateInput } from "@/lib/petitions/schema";
import { createDeputy, createTerm, createTownship, createUnit, createUser } from "@/tests/factories";
import {
  E2E_PETITION_EARLIER as EARLIER,
  E2E_PETITION_TOWNSHIP,
  E2E_PETITION_UNIT,
  E2E_PETITION_USERS as U,
} from "@/tests/e2e/petitions-users";

export async function seedPetitionTownship() {
  const township = await createTownship(E2E_PETITION_TOWNSHIP);
  const term = await createTerm(township.id);
  const deputy = await createDeputy(township.id, term.id, "孙接待");
  const unit = await createUnit(township.id, E2E_PETITION_UNIT);
  await createUnit(township.id, "国土所");
  const office = await createUser(township.id, "OFFICE", { username: U.office });
  await createUser(township.id, "CHAIR", { username: U.chair });
  await createUser(township.id, "UNIT", { username: U.unit, unitId: unit.id });
  await createUser(township.id, "DEPUTY", { username: U.deputy, deputyId: deputy.id });
  // The seed acts as the office (no sign-in: the e2e server's secret is not this process's).
  const actor = actorFor(
    {
      userId: office.id,
      sessionId: crypto.randomUUID(),
      townshipId: township.id,
      username: U.office,
      displayName: office.displayName,
      role: "OFFICE",
      deputyId: null,
      unitId: null,
      mustChangePassword: false,
    },
    { requestId: crypto.randomUUID(), ip: "127.0.0.1" },
  );
  const earlier = await createPetition(
    actor,
    PetitionCreateInput.parse({
      channel: "VISIT",
      receivedOn: formatDay(addDays(todayInChina(), -10)),
      subject: EARLIER.subject,
      content: "在镇东砖厂务工三个月，工资至今未结清。",
      category: "APPEAL_CLAIM",
      petitioners: [
        { name: EARLIER.petitioner, phone: EARLIER.phone, idNumber: EARLIER.idNumber, address: EARLIER.address },
      ],
    }),
  );
  // Handed to 民政办 (as the handling chain's 转办 does), so the unit sees it, masked.
  await db.petitionAssignment.create({
    data: { townshipId: township.id, petitionId: earlier.id, unitId: unit.id, assignedOn: todayInChina() },
  });
}
