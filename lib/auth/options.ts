import crypto from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/login";
import { revokeSession } from "@/lib/auth/sessions";
import { SETTING_DEFAULTS } from "@/lib/settings";
import { clientAddress } from "@/lib/http/request";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

// next-auth v4 (stable) with credentials. The JWT only carries the server-side session id (`sid`);
// lib/auth/session.ts checks that session in the database on every request.
export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SETTING_DEFAULTS["auth.absoluteTimeoutHours"] * 3600 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials, req) {
        const username = String(credentials?.username ?? "");
        const password = String(credentials?.password ?? "");
        if (!username || !password || username.length > 64 || password.length > 256) return null;
        const result = await authenticate({
          username,
          password,
          ip: clientAddress(req?.headers ?? {}),
          requestId: crypto.randomUUID(),
        }).catch((err) => {
          // "Database down" must not read as "wrong password" (SIGN_IN_ERRORS.DB_UNAVAILABLE).
          if (isDatabaseUnavailable(err)) throw new Error("DB_UNAVAILABLE");
          throw err;
        });
        if (!result.ok) {
          if (result.code === "LOCKED") throw new Error("LOCKED");
          return null;
        }
        return { id: result.userId, sid: result.sessionId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user && "sid" in user) token.sid = (user as { sid: string }).sid;
      return token;
    },
    async session({ session }) {
      return { expires: session.expires };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await revokeSession(String(token.sid));
    },
  },
};
