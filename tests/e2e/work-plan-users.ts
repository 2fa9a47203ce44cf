// 要点镇's names and accounts (seeded by work-plan-seed.ts; the spec imports only this, no server code).
export const E2E_WORK_PLAN_TOWNSHIP = "要点镇";
export const E2E_WORK_PLAN_YEAR = 2026;
export const E2E_WORK_PLAN_USERS = {
  office: "e2e-wkp-office",
  chair: "e2e-wkp-chair",
};
