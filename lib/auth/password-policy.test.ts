import { describe, it, expect } from "vitest";
import { NewPassword } from "@/lib/auth/password-policy";
import { COMMON_PASSWORDS, isCommonPassword } from "@/lib/auth/common-passwords";

function messages(input: unknown): string[] {
  const r = NewPassword.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe("NewPassword", () => {
  it.each(["Ab1!xyz", "", "1234567"])("rejects %j (shorter than 8 characters)", (pw) => {
    expect(messages(pw)).toContain("至少 8 个字符");
  });

  it("accepts exactly 8 uncommon characters and rejects over 128", () => {
    expect(NewPassword.safeParse("Qs-2026!").success).toBe(true);
    expect(messages("Qs-2026!".repeat(16) + "x")).toContain("最多 128 个字符");
  });

  it.each(["12345678", "Password1", "PASSWORD1", "pAsSwOrD1", "woaini1314", "Admin123"])(
    "rejects the common password %s",
    (pw) => {
      expect(messages(pw)).toEqual(["过于常见，请换一个不易被猜到的密码"]);
    },
  );

  it.each(["aaaaaaaaaa", "AAAAAAAAAA", "1111111111111", "........"])("rejects one repeated character %s", (pw) => {
    expect(messages(pw)).toEqual(["过于常见，请换一个不易被猜到的密码"]);
  });

  it("rejects a non-string with the Chinese prompt", () => {
    expect(messages(undefined)).toEqual(["请输入新密码"]);
  });

  it.each(["Qingshui-2026!", "aaaaaaaab", "Password12!", "清水镇人大办公室2026"])("accepts %s", (pw) => {
    expect(NewPassword.parse(pw)).toBe(pw);
  });

  it("carries the label 新密码", () => {
    expect(NewPassword.description).toBe("新密码");
  });
});

describe("isCommonPassword", () => {
  it("is case-insensitive", () => {
    expect(isCommonPassword("QWERTYUIOP")).toBe(true);
    expect(isCommonPassword("qwertyuiop")).toBe(true);
  });

  it("does not flag a similar but different password", () => {
    expect(isCommonPassword("password1x")).toBe(false);
    expect(isCommonPassword("ab")).toBe(false);
  });

  it("the list holds only lower-case entries of at least 8 characters (else they could never match)", () => {
    for (const p of COMMON_PASSWORDS) {
      expect(p).toBe(p.toLowerCase());
      expect(p.length).toBeGreaterThanOrEqual(8);
    }
  });
});
