// 主席团镇 (presidium-meetings.spec.ts): a presidium of a chair, a member who is a deputy and a member who is
// not, six deputies, and a supervision activity whose report the presidium hears.
import { db } from "@/lib/db";
import { createDeputy, createTerm, createTownship, createUser } from "@/tests/factories";

export const E2E_PRESIDIUM_TOWNSHIP = "主席团镇";
export const E2E_PRESIDIUM_OFFICE = "e2e-presidium-office";
export const E2E_PRESIDIUM_CHAIR = { username: "e2e-presidium-chair", name: "主席甲" };
/** A member who is a deputy: the form and the minutes name him by the deputy's name. */
export const E2E_PRESIDIUM_MEMBER_DEPUTY = { username: "e2e-presidium-member", deputy: "钟成员" };
export const E2E_PRESIDIUM_MEMBER = { username: "e2e-presidium-member2", name: "成员乙" };
export const E2E_PRESIDIUM_DEPUTIES = ["韩列席", "杨代表", "朱代表", "秦代表", "尤代表"] as const;
export const E2E_PRESIDIUM_ACTIVITY = "听取镇民政办关于社会救助工作的专项报告";

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
    },
  });
}
