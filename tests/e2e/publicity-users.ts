// 宣传更正镇 (publicity.spec.ts): the names the seed (publicity-seed.ts) and the spec share — no server code here.
export const E2E_PUB_TOWNSHIP = "宣传更正镇";
export const E2E_PUB_USERS = {
  office: "e2e-pub-office",
  presidium: "e2e-pub-presidium",
  deputy: "e2e-pub-deputy",
  unit: "e2e-pub-unit",
} as const;
/** The item the office corrects (fixed id: the deputy's and unit's attempts name it without a list). */
export const E2E_PUB_ITEM = {
  id: "7e2e0b11-0000-4000-8000-00000000e2e1",
  title: "宣传更正镇开展代表进站活动",
  outlet: "县人大常委会办公室",
  /** Days before today it was sent (this year's list, unless today is 1–3 January). */
  daysAgo: 3,
} as const;
