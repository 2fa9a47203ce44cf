// 登记簿镇's names and accounts (seeded by duties-seed.ts; the spec imports only this, no server code).
export const E2E_DUTIES_TOWNSHIP = "登记簿镇";
export const E2E_DUTIES_GROUP = "第一代表小组";
export const E2E_DUTIES_DEPUTIES = ["马春生", "罗秀兰", "梁志远"];
export const E2E_DUTIES_USERS = { office: "e2e-duty-office", deputy: "e2e-duty-deputy" };
