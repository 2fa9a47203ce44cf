// Calls of the duty register and 述职 API as the browser makes them, and a township with deputies and links.
import { expect } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/duties/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/duties/[id]/route";
import { POST as reviewRoute } from "@/app/api/v1/duties/[id]/review/route";
import { POST as photosRoute } from "@/app/api/v1/duties/[id]/photos/route";
import { GET as cardRoute } from "@/app/api/v1/duties/six-one/route";
import { GET as figuresRoute } from "@/app/api/v1/duties/figures/route";
import { GET as reportsRoute, POST as scheduleRoute } from "@/app/api/v1/voter-reports/route";
import { GET as reportRoute } from "@/app/api/v1/voter-reports/[id]/route";
import { POST as ratingRoute } from "@/app/api/v1/voter-reports/[id]/rating/route";
import { createDeputy, createUser, params, request, signIn, TEST_ORIGIN, townshipWithRoles } from "@/tests/factories";

export const duties = {
  list: (cookie: string, qs = "") => listRoute(request(`/api/v1/duties${qs}`, { cookie })),
  create: (cookie: string, body: unknown) => createRoute(request("/api/v1/duties", { method: "POST", cookie, body })),
  get: (cookie: string, id: string) => getRoute(request(`/api/v1/duties/${id}`, { cookie }), params({ id })),
  patch: (cookie: string, id: string, body: unknown) =>
    patchRoute(request(`/api/v1/duties/${id}`, { method: "PATCH", cookie, body }), params({ id })),
  review: (cookie: string, id: string, body: unknown) =>
    reviewRoute(request(`/api/v1/duties/${id}/review`, { method: "POST", cookie, body }), params({ id })),
  photos: (cookie: string, id: string, file: File) => {
    const form = new FormData();
    form.append("photos", file);
    const req = new NextRequest(new URL(`/api/v1/duties/${id}/photos`, TEST_ORIGIN), {
      method: "POST",
      body: form,
      headers: { cookie, origin: TEST_ORIGIN },
    });
    return photosRoute(req, params({ id }));
  },
  card: (cookie: string, qs = "") => cardRoute(request(`/api/v1/duties/six-one${qs}`, { cookie })),
  figures: (cookie: string, qs = "") => figuresRoute(request(`/api/v1/duties/figures${qs}`, { cookie })),
  reports: (cookie: string, qs = "") => reportsRoute(request(`/api/v1/voter-reports${qs}`, { cookie })),
  schedule: (cookie: string, body: unknown) =>
    scheduleRoute(request("/api/v1/voter-reports", { method: "POST", cookie, body })),
  report: (cookie: string, id: string) =>
    reportRoute(request(`/api/v1/voter-reports/${id}`, { cookie }), params({ id })),
  rate: (cookie: string, id: string, body: unknown) =>
    ratingRoute(request(`/api/v1/voter-reports/${id}/rating`, { method: "POST", cookie, body }), params({ id })),
};

export async function json<T = Record<string, unknown>>(res: Response, status = 200): Promise<T> {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}

/**
 * A township with one account per role; the role deputy (A), a second deputy with an account (B), a deputy C
 * linked to the presidium account, and a presidium member P who is also a deputy (account with deputyId).
 */
export async function dutyWorld() {
  const t = await townshipWithRoles("履职镇");
  const tid = t.township.id;
  const b = await createDeputy(tid, t.term.id, "乙代表");
  const c = await createDeputy(tid, t.term.id, "丙代表");
  const p = await createDeputy(tid, t.term.id, "丁主席团");
  await db.presidiumLink.create({ data: { townshipId: tid, memberId: t.users.PRESIDIUM.id, deputyId: c.id } });
  const bUser = await createUser(tid, "DEPUTY", { deputyId: b.id });
  const pUser = await createUser(tid, "PRESIDIUM", { deputyId: p.id });
  const cookie = Object.fromEntries(Object.entries(t.sessions).map(([r, s]) => [r, s.cookie])) as Record<
    keyof typeof t.sessions,
    string
  >;
  return {
    ...t,
    tid,
    a: t.deputy,
    b,
    c,
    p,
    cookie,
    bCookie: (await signIn(bUser)).cookie,
    pCookie: (await signIn(pUser)).cookie,
  };
}
export type DutyWorld = Awaited<ReturnType<typeof dutyWorld>>;

export const entry = (over: Record<string, unknown> = {}) => ({
  kind: "VOTER_CONTACT",
  occurredOn: "2026-10-12",
  description: "走访村民，听取对道路硬化的意见",
  voters: 6,
  ...over,
});
