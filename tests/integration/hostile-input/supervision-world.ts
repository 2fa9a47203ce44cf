// The supervision part of the hostile-input world: a draft plan and an evaluation under way with its polls open,
// made through the API.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { POST as createRoute } from "@/app/api/v1/supervision/route";
import { POST as transitionRoute } from "@/app/api/v1/supervision/[id]/transitions/route";
import { formatDay, todayInChina } from "@/lib/time/day";
import { params, request } from "@/tests/factories";

async function ok(res: Promise<Response>): Promise<{ id: string; version: number }> {
  const r = await res;
  const body = await r.json();
  expect([200, 201], JSON.stringify(body)).toContain(r.status);
  return body;
}

export async function supervisionWorld(w: { office: string; chair: string; unitId: string; deputyIds: string[] }) {
  const plan = {
    kind: "WORK_EVALUATION",
    title: "站所工作评议",
    startDate: formatDay(todayInChina()),
    targets: [{ unitId: w.unitId }],
    participants: w.deputyIds.map((deputyId) => ({ deputyId, presidiumMember: false })),
  };
  const create = () =>
    ok(createRoute(request("/api/v1/supervision", { method: "POST", cookie: w.office, body: plan })));
  const step = (cookie: string, id: string, body: object) =>
    ok(
      transitionRoute(
        request(`/api/v1/supervision/${id}/transitions`, { method: "POST", cookie, body }),
        params({ id }),
      ),
    );
  const draft = await create();
  const running = await create();
  const approved = await step(w.chair, running.id, {
    action: "approve",
    version: running.version,
    partyConsentOn: formatDay(todayInChina()),
    partyConsentNote: "镇党委同意",
  });
  const started = await step(w.office, running.id, { action: "start", version: approved.version });
  const poll = await db.supervisionPoll.findFirstOrThrow({ where: { activityId: running.id } });
  return {
    draft,
    running: { id: running.id, version: started.version },
    poll: { id: poll.id, version: poll.version },
  };
}
