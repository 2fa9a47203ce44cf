// Calls of the year plan's API as the browser makes them, and a township with a session and a training to link.
import { expect } from "vitest";
import { db } from "@/lib/db";
import * as plans from "@/app/api/v1/work-plans/route";
import * as next from "@/app/api/v1/work-plans/draft-next/route";
import * as plan from "@/app/api/v1/work-plans/[id]/route";
import * as approve from "@/app/api/v1/work-plans/[id]/approve/route";
import * as docx from "@/app/api/v1/work-plans/[id]/docx/route";
import * as items from "@/app/api/v1/work-plans/[id]/items/route";
import * as order from "@/app/api/v1/work-plans/[id]/items/order/route";
import * as item from "@/app/api/v1/work-plans/[id]/items/[itemId]/route";
import * as links from "@/app/api/v1/work-plans/[id]/items/[itemId]/links/route";
import * as link from "@/app/api/v1/work-plans/[id]/items/[itemId]/links/[linkId]/route";
import { parseDay } from "@/lib/time/day";
import { params, request, townshipWithRoles } from "@/tests/factories";

const send = (url: string, cookie: string, body: unknown, method = "POST") => request(url, { method, cookie, body });
const base = "/api/v1/work-plans";

export const api = {
  list: (c: string, qs = "") => plans.GET(request(`${base}${qs}`, { cookie: c })),
  create: (c: string, body: unknown) => plans.POST(send(base, c, body)),
  draftNext: (c: string, body: unknown) => next.POST(send(`${base}/draft-next`, c, body)),
  get: (c: string, id: string) => plan.GET(request(`${base}/${id}`, { cookie: c }), params({ id })),
  patch: (c: string, id: string, body: unknown) => plan.PATCH(send(`${base}/${id}`, c, body, "PATCH"), params({ id })),
  approve: (c: string, id: string, body: unknown) =>
    approve.POST(send(`${base}/${id}/approve`, c, body), params({ id })),
  docx: (c: string, id: string, qs = "") => docx.GET(request(`${base}/${id}/docx${qs}`, { cookie: c }), params({ id })),
  addItem: (c: string, id: string, body: unknown) => items.POST(send(`${base}/${id}/items`, c, body), params({ id })),
  reorder: (c: string, id: string, body: unknown) =>
    order.PUT(send(`${base}/${id}/items/order`, c, body, "PUT"), params({ id })),
  patchItem: (c: string, id: string, itemId: string, body: unknown) =>
    item.PATCH(send(`${base}/${id}/items/${itemId}`, c, body, "PATCH"), params({ id, itemId })),
  removeItem: (c: string, id: string, itemId: string, body: unknown) =>
    item.DELETE(send(`${base}/${id}/items/${itemId}`, c, body, "DELETE"), params({ id, itemId })),
  choices: (c: string, id: string, itemId: string, qs = "") =>
    links.GET(request(`${base}/${id}/items/${itemId}/links${qs}`, { cookie: c }), params({ id, itemId })),
  link: (c: string, id: string, itemId: string, body: unknown) =>
    links.POST(send(`${base}/${id}/items/${itemId}/links`, c, body), params({ id, itemId })),
  unlink: (c: string, id: string, itemId: string, linkId: string) =>
    link.DELETE(
      request(`${base}/${id}/items/${itemId}/links/${linkId}`, { method: "DELETE", cookie: c }),
      params({ id, itemId, linkId }),
    ),
};

export async function json<T = Record<string, unknown>>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return (text ? JSON.parse(text) : null) as T;
}

export type Fields = { error: { fields?: Record<string, string>; message: string } };

export const planBody = (over: Record<string, unknown> = {}) => ({
  year: 2027,
  preamble: "镇人大主席团在镇党委的领导下，依法履行职责。",
  items: [
    { month: 2, title: "召开镇人民代表大会会议", responsible: "主席团", module: "SESSION" },
    { month: 3, title: "组织代表履职学习", responsible: "主席团办公室", module: "TRAINING" },
    { month: null, title: "每季度召开主席团会议", responsible: "主席", module: "PRESIDIUM_MEETING" },
  ],
  ...over,
});

/** A township with one account per role, a closed session and a training of 2027 to link. */
export async function setup(name = "测试镇") {
  const t = await townshipWithRoles(name);
  const tid = t.township.id;
  const session = await db.congressSession.create({
    data: {
      townshipId: tid,
      termId: t.term.id,
      number: 3,
      startDate: parseDay("2027-02-20"),
      endDate: parseDay("2027-02-21"),
      venue: "镇会议室",
      status: "CLOSED",
    },
  });
  const training = await db.trainingSession.create({
    data: {
      townshipId: tid,
      termId: t.term.id,
      kind: "DUTY",
      title: "代表履职学习",
      startDate: parseDay("2027-03-10"),
      endDate: parseDay("2027-03-10"),
      days: 1,
    },
  });
  const c = Object.fromEntries(Object.entries(t.sessions).map(([r, s]) => [r, s.cookie])) as Record<
    keyof typeof t.sessions,
    string
  >;
  return { ...t, session, training, cookie: c };
}
