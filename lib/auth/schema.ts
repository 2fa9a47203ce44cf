import { z } from "zod";
import { requiredText, secretText } from "@/lib/http/fields";

export { SIGN_IN_ERRORS } from "@/lib/auth/labels";

/** The sign-in form; the server (lib/auth/options.ts) checks the same limits. */
export const SignInInput = z.object({
  username: requiredText("用户名", 64, { empty: "请输入用户名" }),
  password: secretText("密码", 256, "请输入密码"),
});
export type SignInInput = z.infer<typeof SignInInput>;
