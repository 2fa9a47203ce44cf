// The supervision part of the hostile-input world: a draft plan and an evaluation under way with its polls open,
// made through the API; on the one under way a finding, an unsent review opinion, and three opinions sent
// (送达, through the service) whose rectification tasks stand assigned, reported and accepted; and a concluded
// evaluation whose unit's rectification was accepted, ready for the 再测评.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { POST as createRoute } from "@/app/api/v1/supervision/route";
import { POST as transitionRoute } from "@/app/api/v1/supervision/[id]/transitions/route";
import { POST as findingRoute } from "@/app/api/v1/supervision/[id]/findings/route";
import { POST as opinionRoute } from "@/app/api/v1/supervision/[id]/opinions/route";
import { POST as ballotsRoute } from "@/app/api/v1/supervision/[id]/ballots/route";
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
    repollReady: await repollReady(w, create, step),
  };
}

/**
 * A concluded evaluation: round 1 counted on paper and closed, one opinion sent at conclusion, the unit's
 * report accepted — the office may now open the 再测评 for its target.
 */
async function repollReady(
  w: Who,
  create: () => Promise<{ id: string; version: number }>,
  step: (cookie: string, id: string, body: object) => Promise<{ id: string; version: number }>,
) {
  const a = await create();
  const approved = await step(w.chair, a.id, {
    action: "approve",
    version: a.version,
    partyConsentOn: formatDay(todayInChina()),
    partyConsentNote: "镇党委同意",
  });
  await step(w.office, a.id, { action: "start", version: approved.version });
  const url = `/api/v1/supervision/${a.id}`;
  const ballots = (body: object) =>
    ok(ballotsRoute(request(`${url}/ballots`, { method: "POST", cookie: w.office, body }), params({ id: a.id })));
  const poll = await db.supervisionPoll.findFirstOrThrow({ where: { activityId: a.id } });
  const entry = { pollId: poll.id, satisfied: 1, basic: 0, unsatisfied: 1, invalid: 0, version: poll.version };
  await ballots({ action: "paper", entries: [entry] });
  await ballots({ action: "close", round: 1 });
  await ok(
    opinionRoute(
      request(`${url}/opinions`, {
        method: "POST",
        cookie: w.office,
        body: { unitId: w.unitId, text: "窗口服务不规范", dueDate: formatDay(addDays(todayInChina(), 30)) },
      }),
      params({ id: a.id }),
    ),
  );
  const { version } = await db.supervisionActivity.findUniqueOrThrow({ where: { id: a.id } });
  await step(w.office, a.id, { action: "conclude", version });
  const task = await db.rectificationTask.findFirstOrThrow({ where: { activityId: a.id } });
  const reported = await submitReport(w.unitActor, task.id, { version: task.version, text: "已规范窗口服务" });
  await reviewReport(w.officeActor, task.id, { version: versionOf(reported), decision: "accept", note: null });
  const target = await db.supervisionTarget.findFirstOrThrow({ where: { activityId: a.id } });
  return { id: a.id, target: { id: target.id } };
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
