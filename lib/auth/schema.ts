import { z } from "zod";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/db/unavailable";
import { requiredText, secretText } from "@/lib/http/fields";

/** The sign-in form; the server (lib/auth/options.ts) checks the same limits. */
export const SignInInput = z.object({
  username: requiredText("用户名", 64, { empty: "请输入用户名" }),
  password: secretText("密码", 256, "请输入密码"),
});
export type SignInInput = z.infer<typeof SignInInput>;

export const SIGN_IN_ERRORS: Record<string, string> = {
  CredentialsSignin: "用户名或密码不正确，或账号已停用",
  LOCKED: "登录失败次数过多，账号已临时锁定，请 15 分钟后再试",
  DB_UNAVAILABLE: DATABASE_UNAVAILABLE_MESSAGE,
};
