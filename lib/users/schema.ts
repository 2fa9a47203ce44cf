import { z } from "zod";
import { NewPassword } from "@/lib/auth/password-policy";
import { PageQuery } from "@/lib/http/validation";
import { withReason } from "@/lib/audit/corrections";
import { patternText, requiredText, searchText, secretText, uuid, version } from "@/lib/http/fields";

const RoleEnum = z.enum(["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"], { error: "请选择角色" });

export const Username = patternText("用户名", /^[a-z0-9_.-]+$/, "只能包含字母、数字、下划线、点和短横线", {
  empty: "请输入用户名",
  before: (s) => s.toLowerCase().min(3, "至少 3 个字符").max(64, "最多 64 个字符"),
});

/** A deputy's account names its deputy, a unit's account its unit. */
function requireLink(v: { role: string; deputyId?: string | null; unitId?: string | null }, ctx: z.RefinementCtx) {
  if (v.role === "DEPUTY" && !v.deputyId)
    ctx.addIssue({ code: "custom", path: ["deputyId"], message: "代表账号必须关联一名代表" });
  if (v.role === "UNIT" && !v.unitId)
    ctx.addIssue({ code: "custom", path: ["unitId"], message: "承办单位账号必须关联一个承办单位" });
}

export const UserCreateInput = z
  .object({
    username: Username,
    displayName: requiredText("姓名", 100, { empty: "请输入姓名" }),
    role: RoleEnum.describe("角色"),
    password: NewPassword.describe("初始密码"),
    deputyId: uuid("关联代表", "请选择代表").nullish().describe("关联代表"),
    unitId: uuid("关联承办单位", "请选择承办单位").nullish().describe("关联承办单位"),
  })
  .strict()
  .superRefine(requireLink);
export type UserCreateInput = z.infer<typeof UserCreateInput>;

/** 启用/停用. The name and the role change only by a correction, with its reason (UserCorrectionInput). */
export const UserUpdateInput = z
  .object({
    active: z.boolean({ error: "必须是是或否" }).optional().describe("启用状态"),
    version,
  })
  .strict();
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;

/**
 * 更正 an account's name or role, with the reason the history keeps. A deputy's account names its deputy,
 * a unit's its unit (as when it was created).
 */
export const UserCorrectionInput = z
  .object({
    displayName: requiredText("姓名", 100, { empty: "请输入姓名" }),
    role: RoleEnum.describe("角色"),
    // "" when the select was left at 请选择 (or the role no longer uses it): the role decides (requireLink).
    deputyId: uuid("关联代表", "请选择代表").nullish().or(z.literal("")).describe("关联代表"),
    unitId: uuid("关联承办单位", "请选择承办单位").nullish().or(z.literal("")).describe("关联承办单位"),
    version,
    ...withReason,
  })
  .strict()
  .superRefine(requireLink);
export type UserCorrectionInput = z.infer<typeof UserCorrectionInput>;

export const PasswordResetInput = z.object({ newPassword: NewPassword }).strict();
export type PasswordResetInput = z.infer<typeof PasswordResetInput>;

export const PasswordChangeInput = z
  .object({
    currentPassword: secretText("当前密码", 256, "请输入当前密码"),
    newPassword: NewPassword,
  })
  .strict()
  .refine((v) => v.currentPassword !== v.newPassword, { path: ["newPassword"], message: "新密码不能与当前密码相同" });
export type PasswordChangeInput = z.infer<typeof PasswordChangeInput>;

export const UserListQuery = PageQuery.extend({
  q: searchText("搜索", 50),
  role: RoleEnum.optional().describe("角色"),
  active: z.enum(["true", "false"]).optional().describe("状态"),
});
export type UserListQuery = z.infer<typeof UserListQuery>;
