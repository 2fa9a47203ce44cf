// 更正镇 (corrections.spec.ts): names only, free of database imports (tests/e2e/round-correction-seed.ts seeds them).
export const E2E_ROUND_TOWNSHIP = "更正镇";
export const E2E_ROUND_OFFICE = "e2e-round-office";
export const E2E_ROUND_ELECTION = "选举镇人民代表大会主席";
/** The two candidates; the tally as first keyed in elects the first (3 of 5), the paper sheet says the second. */
export const E2E_ROUND_CANDIDATES = ["张更正", "李更正"] as const;
export const E2E_ROUND_DEPUTIES = ["赵一", "钱二", "孙三", "周四", "吴五"] as const;
