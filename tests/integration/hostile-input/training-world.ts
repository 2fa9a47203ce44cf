// The training part of the hostile-input world: a draft plan, a training today with every deputy enrolled, and a
// pending leave request (keyed by the office for the second deputy), made through the API.
import { expect } from "vitest";
import { POST as createPlan } from "@/app/api/v1/training-plans/route";
import { POST as createTraining } from "@/app/api/v1/training-sessions/route";
import { POST as leave } from "@/app/api/v1/training-sessions/[id]/leave/route";
import { formatDay, todayInChina } from "@/lib/time/day";
import { params, request } from "@/tests/factories";

async function ok(res: Promise<Response>): Promise<{ id: string; version: number }> {
  const r = await res;
  const body = await r.json();
  expect([200, 201], JSON.stringify(body)).toContain(r.status);
  return body;
}

export async function trainingWorld(w: { office: string; deputyIds: string[]; groupId: string }) {
  const today = formatDay(todayInChina());
  const plan = await ok(
    createPlan(
      request("/api/v1/training-plans", {
        method: "POST",
        cookie: w.office,
        body: {
          kind: "YEAR",
          year: 2027,
          title: "2027年代表培训计划",
          guidingIdeas: "指导思想",
          purpose: "目的意义",
          audienceLevels: ["TOWNSHIP"],
          audienceGroupIds: [w.groupId],
          content: "培训内容",
          form: "培训形式",
          items: [{ quarter: 1, text: "初任学习" }],
        },
      }),
    ),
  );
  const training = await ok(
    createTraining(
      request("/api/v1/training-sessions", {
        method: "POST",
        cookie: w.office,
        body: { kind: "DUTY", title: "履职学习", startDate: today, endDate: today, days: 1, deputyIds: w.deputyIds },
      }),
    ),
  );
  const pending = await ok(
    leave(
      request(`/api/v1/training-sessions/${training.id}/leave`, {
        method: "POST",
        cookie: w.office,
        body: { reason: "外出", deputyId: w.deputyIds[1] },
      }),
      params({ id: training.id }),
    ),
  );
  return { plan, training, pending };
}
