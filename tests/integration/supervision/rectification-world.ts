// A township with an activity under way, review opinions to two units and the tasks sent to them —
// built through the services (sendOpinionsIn), as the 送达 step does — and the rectification routes
// called as the browser calls them.
import crypto from "node:crypto";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { addDays, todayInChina } from "@/lib/time/day";
import { sendOpinionsIn } from "@/lib/supervision/rectification/send";
import { GET as listRoute } from "@/app/api/v1/rectifications/route";
import { GET as getRoute } from "@/app/api/v1/rectifications/[id]/route";
import { POST as reportRoute } from "@/app/api/v1/rectifications/[id]/report/route";
import { POST as reviewRoute } from "@/app/api/v1/rectifications/[id]/review/route";
import { POST as remindRoute } from "@/app/api/v1/rectifications/[id]/reminders/route";
import { POST as visitRoute } from "@/app/api/v1/rectifications/[id]/visits/route";
import { GET as downloadRoute } from "@/app/api/v1/rectifications/[id]/attachments/[attachmentId]/route";
import { createUnit, createUser, params, request, signIn, TEST_ORIGIN, townshipWithRoles } from "@/tests/factories";

export const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const;
type Role = (typeof ROLES)[number];

export const today = () => todayInChina();

/** An activity under way in the township (started ten days ago). */
export async function activityIn(townshipId: string, termId: string, title = "对民政办工作评议") {
  return db.supervisionActivity.create({
    data: {
      townshipId,
      termId,
      year: today().getUTCFullYear(),
      kind: "WORK_EVALUATION",
      title,
      startDate: addDays(today(), -10),
      state: "UNDER_WAY",
    },
  });
}

export async function world(name = "测试镇") {
  const t = await townshipWithRoles(name);
  const cookie = Object.fromEntries(Object.entries(t.sessions).map(([r, s]) => [r, s.cookie])) as Record<Role, string>;
  const other = await createUnit(t.township.id, "计生办");
  const otherUser = await createUser(t.township.id, "UNIT", { unitId: other.id });
  const otherCookie = (await signIn(otherUser)).cookie;
  const activity = await activityIn(t.township.id, t.term.id);
  const office = t.sessions.OFFICE.actor;
  const mk = (unitId: string, text: string, due: number) =>
    db.reviewOpinion.create({
      data: { townshipId: t.township.id, activityId: activity.id, unitId, text, dueDate: addDays(today(), due) },
    });
  await mk(t.unit.id, "低保动态管理不及时，限期整改", 20);
  await mk(other.id, "政策宣传不到位", 30);
  const sent = await scopedDb(t.township.id).$transaction((tx) =>
    sendOpinionsIn(tx, office, activity, addDays(today(), -5)),
  );
  const own = sent.find((s) => s.unitId === t.unit.id)!;
  const others = sent.find((s) => s.unitId === other.id)!;
  return { ...t, cookie, other, otherCookie, activity, taskId: own.id, otherTaskId: others.id, sent };
}
export type World = Awaited<ReturnType<typeof world>>;

function form(payload: unknown, files: [string, Uint8Array][]) {
  const f = new FormData();
  f.append("payload", JSON.stringify(payload));
  for (const [name, bytes] of files) f.append("attachments", new File([new Uint8Array(bytes)], name));
  return f;
}

const post = (url: string, cookie: string, body: unknown) => request(url, { method: "POST", cookie, body });

export const api = {
  list: (cookie: string, qs = "") => listRoute(request(`/api/v1/rectifications${qs}`, { cookie })),
  get: (cookie: string, id: string) => getRoute(request(`/api/v1/rectifications/${id}`, { cookie }), params({ id })),
  report: (cookie: string, id: string, body: unknown) =>
    reportRoute(post(`/api/v1/rectifications/${id}/report`, cookie, body), params({ id })),
  reportWithFiles: (cookie: string, id: string, body: unknown, files: [string, Uint8Array][]) =>
    reportRoute(
      new NextRequest(new URL(`/api/v1/rectifications/${id}/report`, TEST_ORIGIN), {
        method: "POST",
        body: form(body, files),
        headers: { cookie, origin: TEST_ORIGIN },
      }),
      params({ id }),
    ),
  review: (cookie: string, id: string, body: unknown) =>
    reviewRoute(post(`/api/v1/rectifications/${id}/review`, cookie, body), params({ id })),
  remind: (cookie: string, id: string, body: unknown) =>
    remindRoute(post(`/api/v1/rectifications/${id}/reminders`, cookie, body), params({ id })),
  visit: (cookie: string, id: string, body: unknown) =>
    visitRoute(post(`/api/v1/rectifications/${id}/visits`, cookie, body), params({ id })),
  download: (cookie: string, id: string, attachmentId: string) =>
    downloadRoute(
      request(`/api/v1/rectifications/${id}/attachments/${attachmentId}`, { cookie }),
      params({ id, attachmentId }),
    ),
};

export const versionOf = async (id: string) =>
  (await db.rectificationTask.findUniqueOrThrow({ where: { id } })).version;
export const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;

/** Everything a step writes, to check that a refused one wrote nothing. */
export async function written() {
  return {
    reports: await db.rectificationReport.count(),
    events: await db.rectificationEvent.count(),
    files: await db.rectificationAttachment.count(),
    audits: await db.auditLog.count({ where: { action: { not: "auth.denied" } } }),
    notices: await db.notification.count(),
  };
}

export const PDF = (text = "") =>
  new Uint8Array(
    Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from(text), crypto.randomBytes(16), Buffer.from("\n%%EOF\n")]),
  );
