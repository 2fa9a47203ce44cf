import { z } from "zod";
import { NewPassword } from "@/lib/auth/password-policy";
import { PageQuery } from "@/lib/http/validation";
import { patternText, requiredText, searchText, secretText, uuid, version } from "@/lib/http/fields";

const RoleEnum = z.enum(["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"], { error: "请选择角色" });

export const Username = patternText("用户名", /^[a-z0-9_.-]+$/, "只能包含字母、数字、下划线、点和短横线", {
  empty: "请输入用户名",
  before: (s) => s.toLowerCase().min(3, "至少 3 个字符").max(64, "最多 64 个字符"),
});

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
  .superRefine((v, ctx) => {
    if (v.role === "DEPUTY" && !v.deputyId)
      ctx.addIssue({ code: "custom", path: ["deputyId"], message: "代表账号必须关联一名代表" });
    if (v.role === "UNIT" && !v.unitId)
      ctx.addIssue({ code: "custom", path: ["unitId"], message: "承办单位账号必须关联一个承办单位" });
  });
export type UserCreateInput = z.infer<typeof UserCreateInput>;

export const UserUpdateInput = z
  .object({
    displayName: requiredText("姓名", 100, { empty: "请输入姓名" }).optional().describe("姓名"),
    active: z.boolean({ error: "必须是是或否" }).optional().describe("启用状态"),
    version,
  })
  .strict();
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;

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
