import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";

export const PASSWORD_PAGE = "/account/password";

/**
 * A password the office set (reset or new account) must be changed at the next sign-in: every
 * other page redirects to the password page until it is (the API answers 403
 * PASSWORD_CHANGE_REQUIRED, lib/http/route.ts). proxy.ts names the page in `x-pathname`.
 */
export async function enforcePasswordChange(actor: Actor): Promise<void> {
  if (!actor.mustChangePassword) return;
  if ((await headers()).get("x-pathname") !== PASSWORD_PAGE) redirect(PASSWORD_PAGE);
}
