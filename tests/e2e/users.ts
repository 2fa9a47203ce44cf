import type { Role } from "@/lib/generated/prisma/enums";

// The e2e account names and password, free of database imports so the specs can import them
// (tests/e2e/accounts.ts, which seeds them, pulls in the factories and Prisma).
export const E2E_PASSWORD = "E2e-Pass-2026";
export const E2E_USERS: Record<Role, string> = {
  OFFICE: "e2e-office",
  CHAIR: "e2e-chair",
  PRESIDIUM: "e2e-presidium",
  DEPUTY: "e2e-deputy",
  UNIT: "e2e-unit",
  // A county account in 测试镇, whose township belongs to no county: it sees an empty county view.
  COUNTY: "e2e-county",
};
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
export const E2E_SESSION_USERS = {
  OFFICE: "e2e-session-office",
  CHAIR: "e2e-session-chair",
  DEPUTY: "e2e-session-deputy",
} as const;
/** 冻结镇 (sessions-frozen.spec.ts): five deputies and an office whose roster changes after a session closes. */
export const E2E_FROZEN_TOWNSHIP = "冻结镇";
export const E2E_FROZEN_OFFICE = "e2e-frozen-office";
export const E2E_FROZEN_DEPUTIES = ["甲一", "乙二", "丙三", "丁四", "戊五"] as const;

export const E2E_SESSION_DEPUTIES = [
  "赵一鸣",
  "钱二丰",
  "孙三立",
  "李四海",
  "周五岳",
  "吴六合",
  "郑七星",
  "王八方",
  "冯九州",
] as const;

/**
 * 权限镇: the township of suggestions-access.spec.ts (the access matrix), apart from 测试镇 so the
 * matrix's writes move nothing the other specs count. Its accounts by the part they play, and
 * 权限邻镇's office — an office of another township, with its own term and one overdue suggestion.
 */
export const E2E_ACCESS_TOWNSHIP = "权限镇";
export const E2E_ACCESS_OTHER_TOWNSHIP = "权限邻镇";
export const E2E_ACCESS_USERS = {
  office: "e2e-acc-office",
  chair: "e2e-acc-chair",
  presidium: "e2e-acc-presidium",
  proposer: "e2e-acc-proposer",
  otherDeputy: "e2e-acc-deputy2",
  leadUnit: "e2e-acc-unit",
  otherUnit: "e2e-acc-unit2",
  otherTownship: "e2e-acc-other-office",
} as const;
export type AccessWho = keyof typeof E2E_ACCESS_USERS;
export const E2E_ACCESS_DEPUTIES = { proposer: "林建言", other: "陈旁观" } as const;
export const E2E_ACCESS_UNITS = { lead: "交通办", other: "财政所", neighbour: "邻镇民政办" } as const;
/** The seeded suggestions of 权限镇 that the pages show (and 权限邻镇's one). */
export const E2E_ACCESS_TITLES = {
  /** 已交办 to 交通办, three days overdue, not published. */
  unpublished: "权限测试：未公开的村道整修建议",
  /** 已办结 by 交通办, replied (class A) and published. */
  published: "权限测试：已公开的路灯建议",
  /** 已交办 to 交通办, past its deadline but delayed to six days from today. */
  delayed: "权限测试：已延期的排水建议",
  /** 已交办 to 财政所, due in two days. */
  otherUnit: "权限测试：财政所的补贴建议",
  /** 权限邻镇's, overdue. */
  neighbour: "权限测试：邻镇的建议",
  /** 已提交 by 林建言, not yet registered, with a file of its own (E2E_ACCESS_FILES.submitted). */
  submitted: "权限测试：待登记的公厕建议",
  /** 已交办 to 交通办 with 财政所 as co-unit, which has sent its input (E2E_ACCESS_CO_INPUT). */
  coInput: "权限测试：有协办意见的桥梁建议",
  /** 林建言's draft (草稿), never submitted. */
  draft: "权限测试：林建言的草稿",
} as const;
/**
 * The files of the matrix: the published suggestion's own file, its reply's and its delay notice's;
 * the submitted suggestion's own file; and the file each account's "detach" suggestion carries.
 */
export const E2E_ACCESS_FILES = {
  own: "权限测试-建议附图.pdf",
  reply: "权限测试-答复附件.pdf",
  delay: "权限测试-延办附件.pdf",
  submitted: "权限测试-现场照片.pdf",
  detach: "权限测试-待删除.pdf",
} as const;
/** 财政所's input on E2E_ACCESS_TITLES.coInput: working material between the units, not for deputies. */
export const E2E_ACCESS_CO_INPUT = "财政所协办意见：可从年度维修资金中安排8万元。";
/** A category only 权限镇 has (the category page of another township must not show it). */
export const E2E_ACCESS_CATEGORY = "权限测试类别：本镇专用";
/** The writes of the matrix each get their own suggestion per account, so no cell depends on another. */
export const ACCESS_TARGETS = [
  "patch",
  "register",
  "progress",
  "rating",
  "signoff",
  "attach",
  "detach",
  "co_input",
  "reply",
  "motion",
] as const;
export type AccessTarget = (typeof ACCESS_TARGETS)[number];
export const accessTargetTitle = (target: AccessTarget, who: string) => `权限测试-${target}-${who}`;
/** … and their own category for each category write. */
export const ACCESS_CATEGORY_TARGETS = ["patch", "delete"] as const;
export type AccessCategoryTarget = (typeof ACCESS_CATEGORY_TARGETS)[number];
export const accessCategoryName = (target: AccessCategoryTarget, who: string) => `权限测试类别-${target}-${who}`;
