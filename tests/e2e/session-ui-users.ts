// 签到镇 (session-ui.spec.ts): 64 sitting deputies, 60 of them in four 小组, an office and a deputy account.
// Free of database imports so the spec can import them (session-ui-seed.ts seeds them).

export const E2E_UI_TOWNSHIP = "签到镇";
export const E2E_UI_USERS = { office: "e2e-ui-office", deputy: "e2e-ui-deputy" } as const;
/** In natural order (code-point order would put 第九 before 第二). */
export const E2E_UI_GROUPS = ["第一代表小组", "第二代表小组", "第九代表小组", "第十代表小组"] as const;

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
const GIVEN = ["建国", "秀英", "志强", "丽华"];
/** 王建国, 王秀英 … 郭丽华: 64 names; the i-th is in group i % 4 when i < 60, in none after. */
export const E2E_UI_DEPUTIES = SURNAMES.flatMap((s) => GIVEN.map((g) => `${s}${g}`));
export const groupOf = (i: number) => (i < 60 ? E2E_UI_GROUPS[i % 4] : null);
