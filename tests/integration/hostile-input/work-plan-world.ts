// The year plan's part of the hostile-input world: a draft plan of 2027 with two items, the first linked to a
// session of the township, made through the API.
import { expect } from "vitest";
import { POST as createPlan } from "@/app/api/v1/work-plans/route";
import { POST as link } from "@/app/api/v1/work-plans/[id]/items/[itemId]/links/route";
import { db } from "@/lib/db";
import { params, request } from "@/tests/factories";

async function ok<T>(res: Promise<Response>): Promise<T> {
  const r = await res;
  const body = await r.json();
  expect([200, 201], JSON.stringify(body)).toContain(r.status);
  return body as T;
}

export async function workPlanWorld(w: { office: string; sessionId: string }) {
  const plan = await ok<{ id: string; version: number }>(
    createPlan(
      request("/api/v1/work-plans", {
        method: "POST",
        cookie: w.office,
        body: {
          year: 2027,
          items: [
            { month: 2, title: "召开镇人民代表大会会议", responsible: "主席团", module: "SESSION" },
            { month: null, title: "每季度召开主席团会议", responsible: "主席", module: "PRESIDIUM_MEETING" },
          ],
        },
      }),
    ),
  );
  const items = await db.workPlanItem.findMany({ where: { planId: plan.id }, orderBy: { position: "asc" } });
  const url = `/api/v1/work-plans/${plan.id}/items/${items[0].id}/links`;
  const linked = await ok<{ linkId: string }>(
    link(
      request(url, { method: "POST", cookie: w.office, body: { module: "SESSION", recordId: w.sessionId } }),
      params({ id: plan.id, itemId: items[0].id }),
    ),
  );
  return { plan, items: items.map((i) => ({ id: i.id, version: i.version })), linkId: linked.linkId };
}
