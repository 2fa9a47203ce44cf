import type { Role } from "@/lib/generated/prisma/enums";

// The e2e account names and password, free of database imports so the specs can import them
// (tests/e2e/accounts.ts, which seeds them, pulls in the factories and Prisma).
export const E2E_PASSWORD = "E2e-Pass-2026";
export const E2E_USERS: Record<Role, string> = { OFFICE: "e2e-office", CHAIR: "e2e-chair", PRESIDIUM: "e2e-presidium", DEPUTY: "e2e-deputy", UNIT: "e2e-unit" };
export const E2E_OTHER_TOWNSHIP_OFFICE = "e2e-other-office";
/** The seeded deputies of 测试镇 (tests/e2e/accounts.ts): e2e-deputy's own record, and one other. */
export const E2E_DEPUTY_NAME = "张测试";
export const E2E_OTHER_DEPUTY_NAME = "周建国";
/** A second unit of 测试镇 with its own account, for co-unit (协办) steps in suggestion-files.spec.ts. */
export const E2E_CO_UNIT = { username: "e2e-co-unit", unit: "财政所" } as const;
/** The seeded representative groups of 测试镇, empty at the start. */
export const E2E_GROUPS = ["第一代表小组", "第二代表小组"] as const;
/** The start of the seeded current term (tests/factories createTerm). */
export const E2E_TERM_START = "2026-09-01";

/**
 * 会议镇: a township of its own for sessions.spec.ts, so the other specs' roster changes do not move
 * its quorum: nine sitting deputies (quorum 6, majority 5), an office, a chair and a deputy account
 * (the first deputy's own).
 */
export const E2E_SESSION_TOWNSHIP = "会议镇";
export const E2E_SESSION_USERS = { OFFICE: "e2e-session-office", CHAIR: "e2e-session-chair", DEPUTY: "e2e-session-deputy" } as const;
export const E2E_SESSION_DEPUTIES = ["赵一鸣", "钱二丰", "孙三立", "李四海", "周五岳", "吴六合", "郑七星", "王八方", "冯九州"] as const;
