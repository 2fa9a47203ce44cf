// Chinese labels of the roles.
import type { Role } from "@/lib/generated/prisma/enums";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";

export const ROLE_LABELS: Record<Role, string> = {
  OFFICE: "人大办工作人员",
  CHAIR: "人大主席/副主席",
  PRESIDIUM: "主席团成员",
  DEPUTY: "人大代表",
  UNIT: "承办单位",
  COUNTY: "县人大",
};

/** The roles of a township's own accounts: what its office may create or give (a county account is not one). */
export const TOWNSHIP_ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const satisfies readonly Role[];
export type TownshipRole = (typeof TOWNSHIP_ROLES)[number];
export const isTownshipRole = (role: Role): role is TownshipRole => (TOWNSHIP_ROLES as readonly Role[]).includes(role);
export const TOWNSHIP_ROLE_LABELS: Record<TownshipRole, string> = Object.fromEntries(
  TOWNSHIP_ROLES.map((r) => [r, ROLE_LABELS[r]]),
) as Record<TownshipRole, string>;

/** The sign-in form's messages for next-auth's error codes. */
export const SIGN_IN_ERRORS: Record<string, string> = {
  CredentialsSignin: "用户名或密码不正确，或账号已停用",
  LOCKED: "登录失败次数过多，账号已临时锁定，请 15 分钟后再试",
  DB_UNAVAILABLE: DATABASE_UNAVAILABLE_MESSAGE,
};
