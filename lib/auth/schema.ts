import { z } from "zod";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";

/** The sign-in form; the server (lib/auth/options.ts) checks the same limits. */
export const SignInInput = z.object({
  username: z.string().trim().min(1, "请输入用户名").max(64, "最多 64 个字符").describe("用户名"),
  password: z.string().min(1, "请输入密码").max(256, "最多 256 个字符").describe("密码"),
});
export type SignInInput = z.infer<typeof SignInInput>;

export const SIGN_IN_ERRORS: Record<string, string> = {
  CredentialsSignin: "用户名或密码不正确，或账号已停用",
  LOCKED: "登录失败次数过多，账号已临时锁定，请 15 分钟后再试",
  DB_UNAVAILABLE: DATABASE_UNAVAILABLE_MESSAGE,
};
