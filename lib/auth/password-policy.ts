import { isCommonPassword } from "@/lib/auth/common-passwords";
import { secretText } from "@/lib/http/fields";

/** The password rule, shared by the forms and the server: 8+ characters, not a common one. */
export const NewPassword = secretText("新密码", 128, "请输入新密码")
  .min(8, "至少 8 个字符")
  .refine((p) => !isCommonPassword(p), "过于常见，请换一个不易被猜到的密码")
  .describe("新密码");
