// A sitting session for the election and vote tests that go through the API.
import { expect } from "vitest";
import { POST as createSessionRoute } from "@/app/api/v1/sessions/route";
import { PUT as putAttendanceRoute } from "@/app/api/v1/sessions/[id]/attendance/route";
import { POST as transitionRoute } from "@/app/api/v1/sessions/[id]/transitions/route";
import { createDeputy, params, request, townshipWithRoles } from "@/tests/factories";

export const post = (url: string, cookie: string, body: unknown) => request(url, { method: "POST", cookie, body });

/** 9 sitting deputies, all present, the session opened. */
export async function sitting() {
  const t = await townshipWithRoles();
  const deputies = [t.deputy];
  for (let i = 1; i < 9; i++) deputies.push(await createDeputy(t.township.id, t.term.id));
  const office = t.sessions.OFFICE.cookie;
  const res = await createSessionRoute(
    post("/api/v1/sessions", office, { startDate: "2026-11-20", endDate: "2026-11-21", venue: "镇政府会议室" }),
  );
  const session = (await res.json()) as { id: string };
  const id = session.id;
  const entries = deputies.map((d) => ({ deputyId: d.id, status: "PRESENT" }));
  const marked = await putAttendanceRoute(
    request(`/api/v1/sessions/${id}/attendance`, { method: "PUT", cookie: office, body: { entries } }),
    params({ id }),
  );
  expect(marked.status).toBe(200);
  expect(
    (await transitionRoute(post(`/api/v1/sessions/${id}/transitions`, office, { action: "open" }), params({ id })))
      .status,
  ).toBe(200);
  return { ...t, office, id };
}
export type World = Awaited<ReturnType<typeof sitting>>;
