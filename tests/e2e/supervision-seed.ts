// 监督镇 for supervision-polls.spec.ts: the current term, seventeen sitting deputies (two of them with accounts,
// who vote on their phones), the five units of the seed documents' evaluation, and the office and chair.
import { createDeputy, createTerm, createTownship, createUnit, createUser } from "@/tests/factories";

export const E2E_SUPERVISION_TOWNSHIP = "监督镇";
export const E2E_SUPERVISION_UNITS = ["民政办", "计生办", "国土所", "市政所", "广电站"];
export const E2E_SUPERVISION_DEPUTIES = [
  "王春华",
  "李建国",
  "张秀英",
  "刘德明",
  "陈玉兰",
  "杨志强",
  "赵桂芳",
  "黄永福",
  "周丽娟",
  "吴国庆",
  "徐海燕",
  "孙立新",
  "胡春梅",
  "朱光明",
  "高红霞",
  "林文军",
  "何建平",
];
export const E2E_SUPERVISION_USERS = {
  office: "e2e-sup-office",
  chair: "e2e-sup-chair",
  /** The first two deputies. */
  voters: ["e2e-sup-deputy1", "e2e-sup-deputy2"],
};

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
