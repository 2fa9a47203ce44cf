// The duty register's part of the hostile-input world: an entry the role deputy logged, a report to voters the
// office scheduled and a group activity it recorded, made through the API.
import { expect } from "vitest";
import { POST as createDuty } from "@/app/api/v1/duties/route";
import { POST as scheduleReport } from "@/app/api/v1/voter-reports/route";
import { POST as createActivity } from "@/app/api/v1/group-activities/route";
import { request } from "@/tests/factories";

async function ok(res: Promise<Response>): Promise<{ id: string; version: number }> {
  const r = await res;
  const body = await r.json();
  expect([200, 201], JSON.stringify(body)).toContain(r.status);
  return body;
}

export async function dutiesWorld(w: { office: string; deputy: string; deputyId: string; groupId: string }) {
  const entry = await ok(
    createDuty(
      request("/api/v1/duties", {
        method: "POST",
        cookie: w.deputy,
        body: { kind: "VOTER_CONTACT", occurredOn: "2026-10-12", description: "走访村民", voters: 6 },
      }),
    ),
  );
  const report = await ok(
    scheduleReport(
      request("/api/v1/voter-reports", {
        method: "POST",
        cookie: w.office,
        body: { deputyId: w.deputyId, scheduledOn: "2026-11-20", place: "村委会" },
      }),
    ),
  );
  const activity = await ok(
    createActivity(
      request("/api/v1/group-activities", {
        method: "POST",
        cookie: w.office,
        body: { groupId: w.groupId, heldOn: "2026-10-15", topic: "走访选民", content: "收集意见" },
      }),
    ),
  );
  return { entry, report, activity };
}
