// 待办镇: the township of landing.spec.ts, apart from the others so its counts are exact. Names only
// (no database imports), so the spec can read them; tests/e2e/landing-fixture.ts seeds them.
export const E2E_LANDING_TOWNSHIP = "待办镇";
export const E2E_LANDING_USERS = {
  OFFICE: "e2e-todo-office",
  CHAIR: "e2e-todo-chair",
  DEPUTY: "e2e-todo-deputy",
  UNIT: "e2e-todo-unit",
} as const;
export const E2E_LANDING_UNITS = { lead: "主办站", co: "协办所" } as const;
export const E2E_LANDING_SESSION_DOC = "镇人民政府工作报告（征求意见稿）";

/**
 * The suggestions of 待办镇: state, proposer (the deputy account's own 甲代表, or 乙代表), lead unit,
 * due day relative to today, co-unit input owed, signed off. Their titles are their keys.
 */
export const E2E_LANDING_SUGGESTIONS = {
  待登记甲: { state: "SUBMITTED" },
  待登记乙: { state: "SUBMITTED" },
  待交办甲: { state: "REGISTERED" },
  已逾期甲: { state: "ASSIGNED", unit: "lead", due: -3, signed: true },
  今天到期甲: { state: "ASSIGNED", unit: "lead", due: 0, coInput: true },
  五天到期甲: { state: "ASSIGNED", unit: "lead", due: 5 },
  退回重办甲: { state: "REHANDLING", unit: "lead", due: 60 },
  已答复甲: { state: "REPLIED", unit: "lead", due: 30, signed: true },
  已答复乙: { state: "REPLIED", unit: "lead", due: 30, signed: true, other: true },
  协办所主办: { state: "ASSIGNED", unit: "co", due: 100, signed: true },
} as const satisfies Record<
  string,
  {
    state: "SUBMITTED" | "REGISTERED" | "ASSIGNED" | "REHANDLING" | "REPLIED";
    unit?: "lead" | "co";
    due?: number;
    coInput?: boolean;
    signed?: boolean;
    other?: boolean;
  }
>;
export type LandingTitle = keyof typeof E2E_LANDING_SUGGESTIONS;
export const landingTitle = (key: LandingTitle) => `关于${key}事项的建议`;
