// 要点镇 for work-plans.spec.ts: the current term, a session of the plan's year that has closed (to link), the
// office and the chair.
import { db } from "@/lib/db";
import { parseDay } from "@/lib/time/day";
import { createTerm, createTownship, createUser } from "@/tests/factories";
import { E2E_WORK_PLAN_TOWNSHIP, E2E_WORK_PLAN_USERS, E2E_WORK_PLAN_YEAR } from "@/tests/e2e/work-plan-users";

export async function seedWorkPlanTownship() {
  const township = await createTownship(E2E_WORK_PLAN_TOWNSHIP);
  const term = await createTerm(township.id);
  await db.congressSession.create({
    data: {
      townshipId: township.id,
      termId: term.id,
      number: 4,
      startDate: parseDay(`${E2E_WORK_PLAN_YEAR}-03-18`),
      endDate: parseDay(`${E2E_WORK_PLAN_YEAR}-03-19`),
      venue: "镇政府会议室",
      status: "CLOSED",
    },
  });
  await createUser(township.id, "OFFICE", { username: E2E_WORK_PLAN_USERS.office });
  await createUser(township.id, "CHAIR", { username: E2E_WORK_PLAN_USERS.chair });
}
