// 年度总结镇 (summary.spec.ts): the names the seed (summary-seed.ts) and the spec share.
export const E2E_SUMMARY_TOWNSHIP = "年度总结镇";
export const E2E_SUMMARY_CHAIR = "e2e-summary-chair";
export const E2E_SUMMARY_DEPUTY = "e2e-summary-deputy";
