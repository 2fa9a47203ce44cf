import { describe, it, expect } from "vitest";
import {
  PasswordChangeInput,
  PasswordResetInput,
  UserCorrectionInput,
  UserCreateInput,
  UserUpdateInput,
  Username,
} from "@/lib/users/schema";

const DEPUTY_ID = "3f2b8c1e-9a4d-4c6b-8e2f-1a2b3c4d5e6f";
const UNIT_ID = "9a1c2d3e-4f50-4a6b-9c7d-8e9f0a1b2c3d";
const base = { username: "zhangsan", displayName: "张三", password: "Qingshui-2026!" };

function issuesOf(
  schema: {
    safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: unknown,
) {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("UserCreateInput", () => {
  it("DEPUTY without deputyId → issue on deputyId", () => {
    expect(issuesOf(UserCreateInput, { ...base, role: "DEPUTY" })).toEqual([
      { path: "deputyId", message: "代表账号必须关联一名代表" },
    ]);
    expect(issuesOf(UserCreateInput, { ...base, role: "DEPUTY", deputyId: null })).toEqual([
      { path: "deputyId", message: "代表账号必须关联一名代表" },
    ]);
  });

  it("DEPUTY with a deputyId is accepted", () => {
    expect(UserCreateInput.parse({ ...base, role: "DEPUTY", deputyId: DEPUTY_ID }).deputyId).toBe(DEPUTY_ID);
  });

  it("UNIT without unitId → issue on unitId", () => {
    expect(issuesOf(UserCreateInput, { ...base, role: "UNIT" })).toEqual([
      { path: "unitId", message: "承办单位账号必须关联一个承办单位" },
    ]);
  });

  it("UNIT with a unitId is accepted", () => {
    expect(UserCreateInput.parse({ ...base, role: "UNIT", unitId: UNIT_ID }).unitId).toBe(UNIT_ID);
  });

  it.each(["OFFICE", "CHAIR", "PRESIDIUM"])("%s needs neither deputyId nor unitId", (role) => {
    expect(UserCreateInput.safeParse({ ...base, role }).success).toBe(true);
  });

  it("rejects a malformed deputyId", () => {
    expect(issuesOf(UserCreateInput, { ...base, role: "DEPUTY", deputyId: "42" })).toContainEqual({
      path: "deputyId",
      message: "请选择代表",
    });
  });

  it("lower-cases and trims the username", () => {
    expect(UserCreateInput.parse({ ...base, username: "  ZhangSan.01 ", role: "OFFICE" }).username).toBe("zhangsan.01");
  });

  it("trims the display name", () => {
    expect(UserCreateInput.parse({ ...base, displayName: "  张三 ", role: "OFFICE" }).displayName).toBe("张三");
  });

  it("rejects a common initial password", () => {
    expect(issuesOf(UserCreateInput, { ...base, password: "12345678", role: "OFFICE" })).toEqual([
      { path: "password", message: "过于常见，请换一个不易被猜到的密码" },
    ]);
  });
});

describe("Username", () => {
  it.each(["ab", "  ab  ", "张三三", "zhang san", "a/b/c"])("rejects %j", (u) => {
    expect(Username.safeParse(u).success).toBe(false);
  });

  it("validates after trimming, so surrounding spaces do not count", () => {
    expect(Username.parse("  abc  ")).toBe("abc");
  });
});

describe("the county role (县人大)", () => {
  it("is never created or given by a township office", () => {
    expect(issuesOf(UserCreateInput, { ...base, role: "COUNTY" })).toEqual([{ path: "role", message: "请选择角色" }]);
    expect(
      issuesOf(UserCorrectionInput, {
        displayName: "张三",
        role: "COUNTY",
        version: 1,
        reason: "岗位调整到县人大",
      }).map((i) => i.path),
    ).toContain("role");
  });
});

describe("UserUpdateInput", () => {
  it("requires a version and refuses unknown keys", () => {
    expect(issuesOf(UserUpdateInput, { active: true })).toEqual([{ path: "version", message: "缺少版本号" }]);
    expect(issuesOf(UserUpdateInput, { version: 1, role: "OFFICE" }).map((i) => i.path)).toEqual([""]);
    // The name changes only by a correction, with its reason (UserCorrectionInput).
    expect(issuesOf(UserUpdateInput, { version: 1, displayName: "李四" }).map((i) => i.path)).toEqual([""]);
  });
});

describe("PasswordResetInput", () => {
  it("applies the password rule", () => {
    expect(PasswordResetInput.safeParse({ newPassword: "Qingshui-2026!" }).success).toBe(true);
    expect(issuesOf(PasswordResetInput, { newPassword: "aaaaaaaaaa" })).toEqual([
      { path: "newPassword", message: "过于常见，请换一个不易被猜到的密码" },
    ]);
  });
});

describe("PasswordChangeInput", () => {
  it("same current and new password → issue on newPassword", () => {
    expect(issuesOf(PasswordChangeInput, { currentPassword: "Qingshui-2026!", newPassword: "Qingshui-2026!" })).toEqual(
      [{ path: "newPassword", message: "新密码不能与当前密码相同" }],
    );
  });

  it("a different, strong new password is accepted", () => {
    expect(
      PasswordChangeInput.safeParse({ currentPassword: "Old-Pass-2025", newPassword: "Qingshui-2026!" }).success,
    ).toBe(true);
  });

  it("requires the current password", () => {
    expect(issuesOf(PasswordChangeInput, { currentPassword: "", newPassword: "Qingshui-2026!" })).toEqual([
      { path: "currentPassword", message: "请输入当前密码" },
    ]);
  });
});
