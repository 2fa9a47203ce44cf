import { decode } from "next-auth/jwt";
import type { SessionUser } from "@/lib/auth/actor";
import { resolveSession } from "@/lib/auth/sessions";
import { requireAuthSecret } from "@/lib/env";

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * Decoded cookies: decrypting the JWT (HKDF + AES-GCM) is pure CPU and gives the same answer for
 * the same string, so each distinct cookie is decoded once. Expiry is still checked on every use;
 * whether the session is still valid is never cached (resolveSession reads it each request).
 */
const decoded = new Map<string, { sid: string; expiresAt: number }>();
const DECODED_MAX = 5000;

async function sessionIdOf(rawToken: string): Promise<string | null> {
  const hit = decoded.get(rawToken);
  if (hit) {
    if (hit.expiresAt > Date.now()) return hit.sid;
    decoded.delete(rawToken);
  }
  const token = await decode({ token: rawToken, secret: requireAuthSecret() });
  if (!token || typeof token.sid !== "string") return null;
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  decoded.set(rawToken, { sid: token.sid, expiresAt: typeof token.exp === "number" ? token.exp * 1000 : 0 });
  return token.sid;
}

/** The signed-in user behind a next-auth session cookie value, or null. */
export async function sessionUserFromToken(rawToken: string | undefined | null): Promise<SessionUser | null> {
  if (!rawToken) return null;
  let sid: string | null;
  try {
    sid = await sessionIdOf(rawToken);
  } catch {
    return null; // a forged, foreign or garbled cookie
  }
  // Not caught: a database that cannot be reached is a 503, not "signed out" (401).
  return sid ? resolveSession(sid) : null;
}

type CookieReader = { get(name: string): { value: string } | undefined };

export async function sessionUserFromCookies(cookies: CookieReader): Promise<SessionUser | null> {
  for (const name of SESSION_COOKIES) {
    const value = cookies.get(name)?.value;
    if (value) return sessionUserFromToken(value);
  }
  return null;
}
