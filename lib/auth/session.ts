import { decode } from "next-auth/jwt";
import type { Actor } from "@/lib/auth/actor";
import { resolveSession } from "@/lib/auth/sessions";
import { requireAuthSecret } from "@/lib/env";

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The actor behind a next-auth session cookie value, or null. */
export async function actorFromToken(rawToken: string | undefined | null): Promise<Actor | null> {
  if (!rawToken) return null;
  try {
    const token = await decode({ token: rawToken, secret: requireAuthSecret() });
    if (!token || typeof token.sid !== "string") return null;
    return await resolveSession(token.sid);
  } catch {
    return null;
  }
}

type CookieReader = { get(name: string): { value: string } | undefined };

export async function actorFromCookies(cookies: CookieReader): Promise<Actor | null> {
  for (const name of SESSION_COOKIES) {
    const value = cookies.get(name)?.value;
    if (value) return actorFromToken(value);
  }
  return null;
}
