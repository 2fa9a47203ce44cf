import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";

// argon2id with OWASP's recommended minimum cost (19 MiB, 2 passes).
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, not importable with isolatedModules)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the username is unknown, so both answers take the same time. */
let dummyHash: Promise<string> | null = null;
export const getDummyHash = () => (dummyHash ??= hashPassword("not-a-real-password-0"));

export const NewPassword = z
  .string({ error: "请输入新密码" })
  .min(8, "至少 8 个字符")
  .max(128, "最多 128 个字符")
  .refine((p) => !isCommonPassword(p), "过于常见，请换一个不易被猜到的密码")
  .describe("新密码");
