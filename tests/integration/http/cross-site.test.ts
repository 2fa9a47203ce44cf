// A forged write: the victim's browser sends their session cookie with a `text/plain` body (no
// preflight) from a foreign page. Every family of mutating routes refuses it with 403 and changes
// nothing; the same body sent the way the app's own pages send it succeeds.
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { CONTENT_TYPE_MESSAGE, CROSS_SITE_MESSAGE } from "@/lib/http/origin";
import { POST as resetPassword } from "@/app/api/v1/users/[id]/reset-password/route";
import { POST as createUser } from "@/app/api/v1/users/route";
import { POST as changeOwnPassword } from "@/app/api/v1/me/password/route";
import { POST as createUnit } from "@/app/api/v1/units/route";
import { POST as createGroup } from "@/app/api/v1/groups/route";
import { POST as createSession } from "@/app/api/v1/sessions/route";
import { POST as createCategory } from "@/app/api/v1/suggestion-categories/route";
import { POST as createSuggestion } from "@/app/api/v1/suggestions/route";
import { POST as markRead } from "@/app/api/v1/notifications/route";
import { POST as importDeputies } from "@/app/api/v1/deputies/import/route";
import { POST as nextAuth } from "@/app/api/auth/[...nextauth]/route";
import { params, request, TEST_PASSWORD } from "@/tests/factories";
import { newSuggestion, setup, type World } from "@/tests/integration/suggestions/helpers";

type Handler = (req: NextRequest, ctx: ReturnType<typeof params>) => Promise<Response>;
const EVIL = "https://evil.example";

interface Family {
  name: string;
  role: keyof World["cookie"];
  path: (w: World) => string;
  handler: Handler;
  body: (w: World) => unknown;
  ctx?: (w: World) => Record<string, string>;
  okStatus: number;
}

const FAMILIES: Family[] = [
  {
    name: "accounts: another account's password reset",
    role: "OFFICE",
    path: (w) => `/api/v1/users/${w.users.CHAIR.id}/reset-password`,
    ctx: (w) => ({ id: w.users.CHAIR.id }),
    handler: resetPassword as Handler,
    body: () => ({ newPassword: "Attacker-Chosen-77" }),
    okStatus: 200,
  },
  {
    name: "accounts: create",
    role: "OFFICE",
    path: () => "/api/v1/users",
    handler: createUser as Handler,
    body: () => ({ username: "planted", displayName: "冒名", role: "OFFICE", password: "Attacker-Chosen-77" }),
    okStatus: 201,
  },
  {
    name: "own password",
    role: "DEPUTY",
    path: () => "/api/v1/me/password",
    handler: changeOwnPassword as Handler,
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: "Attacker-Chosen-77" }),
    okStatus: 200,
  },
  {
    name: "units",
    role: "OFFICE",
    path: () => "/api/v1/units",
    handler: createUnit as Handler,
    body: () => ({ name: "伪造单位", kind: "OTHER" }),
    okStatus: 201,
  },
  {
    name: "roster groups",
    role: "OFFICE",
    path: () => "/api/v1/groups",
    handler: createGroup as Handler,
    body: () => ({ name: "伪造小组", kind: "GROUP" }),
    okStatus: 201,
  },
  {
    name: "sessions",
    role: "OFFICE",
    path: () => "/api/v1/sessions",
    handler: createSession as Handler,
    body: () => ({ startDate: "2026-11-20", endDate: "2026-11-21", venue: "镇政府三楼会议室" }),
    okStatus: 201,
  },
  {
    name: "suggestion categories",
    role: "OFFICE",
    path: () => "/api/v1/suggestion-categories",
    handler: createCategory as Handler,
    body: () => ({ name: "伪造类别" }),
    okStatus: 201,
  },
  {
    name: "suggestions",
    role: "DEPUTY",
    path: () => "/api/v1/suggestions",
    handler: createSuggestion as Handler,
    body: (w) => newSuggestion(w.categoryId),
    okStatus: 201,
  },
  {
    name: "notifications",
    role: "DEPUTY",
    path: () => "/api/v1/notifications",
    handler: markRead as Handler,
    body: () => ({}),
    okStatus: 200,
  },
];

/** Rows that any successful write leaves behind (every service audits in its transaction). */
const footprint = async () => ({
  audit: await db.auditLog.count({ where: { action: { not: "auth.denied" } } }),
  users: await db.user.count(),
  units: await db.handlingUnit.count(),
  suggestions: await db.suggestion.count(),
});

describe("cross-site writes", () => {
  for (const f of FAMILIES) {
    it(`${f.name}: a text/plain write with a foreign Origin is refused (403, nothing written); a same-origin JSON one passes`, async () => {
      const w = await setup();
      const cookie = w.cookie[f.role];
      const ctx = params(f.ctx?.(w) ?? {});
      const text = JSON.stringify(f.body(w));
      const before = await footprint();
      const forged: Record<string, string>[] = [
        { origin: EVIL, "content-type": "text/plain" },
        { origin: EVIL, "content-type": "application/json" },
        { "sec-fetch-site": "cross-site", "content-type": "application/json", origin: "" },
        { origin: "http://localhost", "content-type": "text/plain;charset=UTF-8" },
      ];
      for (const headers of forged) {
        const res = await f.handler(request(f.path(w), { method: "POST", cookie, rawBody: text, headers }), ctx);
        expect(res.status, JSON.stringify(headers)).toBe(403);
        expect([CROSS_SITE_MESSAGE, CONTENT_TYPE_MESSAGE]).toContain((await res.json()).error.message);
      }
      expect(await footprint()).toEqual(before);
      const legit = await f.handler(request(f.path(w), { method: "POST", cookie, body: f.body(w) }), ctx);
      expect(legit.status, JSON.stringify(await legit.clone().json())).toBe(f.okStatus);
    });
  }

  it("the victim's password is unchanged after the forged reset", async () => {
    const w = await setup();
    const id = w.users.CHAIR.id;
    await resetPassword(
      request(`/api/v1/users/${id}/reset-password`, {
        method: "POST",
        cookie: w.cookie.OFFICE,
        rawBody: JSON.stringify({ newPassword: "Attacker-Chosen-77" }),
        headers: { origin: EVIL, "content-type": "text/plain" },
      }),
      params({ id }),
    );
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(user.passwordHash, TEST_PASSWORD)).toBe(true);
    expect(user.mustChangePassword).toBe(false);
  });

  it("a multipart import from a foreign page is refused before the file is read", async () => {
    const w = await setup();
    const form = new FormData();
    form.append("file", new File([new Uint8Array([1, 2, 3])], "名册.csv"));
    const res = await importDeputies(
      new NextRequest("http://localhost/api/v1/deputies/import", {
        method: "POST",
        body: form,
        headers: { cookie: w.cookie.OFFICE, origin: EVIL },
      }),
    );
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toBe(CROSS_SITE_MESSAGE);
    expect(await db.deputy.count()).toBe(1);
  });

  it("next-auth's sign-in refuses a foreign Origin and a text/plain body", async () => {
    const ctx = { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) };
    for (const headers of [
      { origin: EVIL, "content-type": "application/x-www-form-urlencoded" },
      { origin: "http://localhost", "content-type": "text/plain" },
    ]) {
      const res = await nextAuth(
        request("/api/auth/callback/credentials", { method: "POST", rawBody: "username=a&password=b", headers }),
        ctx,
      );
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await db.loginAttempt.count()).toBe(0);
  });
});
