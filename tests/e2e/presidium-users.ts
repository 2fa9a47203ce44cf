// 主席团镇 (presidium-meetings.spec.ts): the names the seed (presidium-seed.ts) and the spec share.
export const E2E_PRESIDIUM_TOWNSHIP = "主席团镇";
export const E2E_PRESIDIUM_OFFICE = "e2e-presidium-office";
export const E2E_PRESIDIUM_CHAIR = { username: "e2e-presidium-chair", name: "主席甲" };
/** A member who is a deputy: the form and the minutes name him by the deputy's name. */
export const E2E_PRESIDIUM_MEMBER_DEPUTY = { username: "e2e-presidium-member", deputy: "钟成员" };
export const E2E_PRESIDIUM_MEMBER = { username: "e2e-presidium-member2", name: "成员乙" };
export const E2E_PRESIDIUM_DEPUTIES = ["韩列席", "杨代表", "朱代表", "秦代表", "尤代表"] as const;
export const E2E_PRESIDIUM_ACTIVITY = "听取镇民政办关于社会救助工作的专项报告";
