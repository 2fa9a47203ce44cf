// The supervision part of the hostile-input world: a draft plan and an evaluation under way with its polls open,
// made through the API; on the one under way a finding, an unsent review opinion, and three opinions sent
// (送达, through the service) whose rectification tasks stand assigned, reported and accepted.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { POST as createRoute } from "@/app/api/v1/supervision/route";
import { POST as transitionRoute } from "@/app/api/v1/supervision/[id]/transitions/route";
import { POST as findingRoute } from "@/app/api/v1/supervision/[id]/findings/route";
import { POST as opinionRoute } from "@/app/api/v1/supervision/[id]/opinions/route";
import { scopedDb } from "@/lib/db/township-scope";
import type { Actor } from "@/lib/auth/actor";
import { sendOpinionsIn } from "@/lib/supervision/rectification/send";
import { reviewReport, submitReport } from "@/lib/supervision/rectification/steps";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { params, request } from "@/tests/factories";

async function ok(res: Promise<Response>): Promise<{ id: string; version: number }> {
  const r = await res;
  const body = await r.json();
  expect([200, 201], JSON.stringify(body)).toContain(r.status);
  return body;
}

type Who = { office: string; chair: string; unitId: string; deputyIds: string[]; officeActor: Actor; unitActor: Actor };

export async function supervisionWorld(w: Who) {
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
    ...(await rectificationWorld(w, running.id)),
  };
}

/** A finding and an unsent opinion on the activity, and tasks in each state a step needs. */
async function rectificationWorld(w: Who, activityId: string) {
  const target = await db.supervisionTarget.findFirstOrThrow({ where: { activityId } });
  const url = `/api/v1/supervision/${activityId}`;
  const finding = await ok(
    findingRoute(
      request(`${url}/findings`, { method: "POST", cookie: w.office, body: { text: "台账不全", targetId: target.id } }),
      params({ id: activityId }),
    ),
  );
  const opinion = (text: string) =>
    ok(
      opinionRoute(
        request(`${url}/opinions`, {
          method: "POST",
          cookie: w.office,
          body: { unitId: w.unitId, text, dueDate: formatDay(addDays(todayInChina(), 30)) },
        }),
        params({ id: activityId }),
      ),
    );
  const unsent = await opinion("便民服务窗口排队时间长");
  const toSend = [await opinion("低保动态管理不及时"), await opinion("政策宣传不到位"), await opinion("档案管理混乱")];
  const activity = await db.supervisionActivity.findUniqueOrThrow({ where: { id: activityId } });
  const tx = scopedDb(w.officeActor.townshipId);
  await tx.$transaction((t) =>
    sendOpinionsIn(
      t,
      w.officeActor,
      activity,
      addDays(todayInChina(), -3),
      toSend.map((o) => o.id),
    ),
  );
  const taskOf = async (o: { id: string }) => db.rectificationTask.findFirstOrThrow({ where: { opinionId: o.id } });
  const [assigned, reported, accepted] = await Promise.all(toSend.map(taskOf));
  const r1 = await submitReport(w.unitActor, reported.id, { version: reported.version, text: "已建立动态管理台账" });
  const r2 = await submitReport(w.unitActor, accepted.id, { version: accepted.version, text: "已开展政策宣传" });
  const done = await reviewReport(w.officeActor, accepted.id, {
    version: versionOf(r2),
    decision: "accept",
    note: null,
  });
  return {
    target: { id: target.id },
    finding: { id: finding.id },
    opinion: { id: unsent.id },
    task: {
      assigned: { id: assigned.id, version: assigned.version },
      reported: { id: reported.id, version: versionOf(r1) },
      accepted: { id: accepted.id, version: versionOf(done) },
    },
  };
}

const versionOf = (r: unknown) => (r as { version: number }).version;
