// A township with one account per role, a second unit (the accused, for Art. 30) and petitions received on
// given days, with personal data that must never reach a unit through the chain's answers. The chain's
// routes are called as the browser calls them.
import { db } from "@/lib/db";
import { addDays, formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { GET as stepsRoute, POST as stepRoute } from "@/app/api/v1/petitions/[id]/transitions/route";
import { GET as documentRoute } from "@/app/api/v1/petitions/[id]/documents/[kind]/route";
import { createUnit, createUser, params, request, signIn, townshipWithRoles } from "@/tests/factories";

export const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const;
export type Role = (typeof ROLES)[number];

export const today = () => todayInChina();
export const ago = (n: number) => formatDay(addDays(today(), -n));

/** The petitioner's personal data: never in any answer to a unit. */
export const SECRET = { phone: "13912345678", idNumber: "410102199001011234", address: "清水镇幸福路8号" };

export async function world(name = "测试镇") {
  const t = await townshipWithRoles(name);
  const cookie = Object.fromEntries(Object.entries(t.sessions).map(([r, s]) => [r, s.cookie])) as Record<Role, string>;
  const accused = await createUnit(t.township.id, "国土所");
  const coUnit = await createUnit(t.township.id, "计生办");
  const coUser = await createUser(t.township.id, "UNIT", { unitId: coUnit.id });
  const accusedUser = await createUser(t.township.id, "UNIT", { unitId: accused.id });
  return {
    ...t,
    cookie,
    accused,
    coUnit,
    coCookie: (await signIn(coUser)).cookie,
    accusedCookie: (await signIn(accusedUser)).cookie,
  };
}
export type World = Awaited<ReturnType<typeof world>>;

export async function petition(
  w: World,
  over: {
    receivedOn?: string;
    category?: "SUGGESTION_OPINION" | "ACCUSATION" | "APPEAL_CLAIM";
    channel?: "LETTER" | "COUNTY_TRANSFER";
    accused?: boolean;
  } = {},
) {
  return db.petition.create({
    data: {
      townshipId: w.township.id,
      number: `信访${Math.floor(Math.random() * 1e6)}`,
      channel: over.channel ?? "LETTER",
      receivedOn: parseDay(over.receivedOn ?? ago(10)),
      subject: "高龄津贴未发放",
      content: "本人年满八十周岁，2025年高龄津贴未发放。",
      category: over.category ?? "APPEAL_CLAIM",
      accusedUnitId: over.accused ? w.accused.id : null,
      petitioners: { create: [{ townshipId: w.township.id, name: "张三", ...SECRET }] },
    },
  });
}

export const versionOf = async (id: string) => (await db.petition.findUniqueOrThrow({ where: { id } })).version;

export const api = {
  steps: (cookie: string, id: string) =>
    stepsRoute(request(`/api/v1/petitions/${id}/transitions`, { cookie }), params({ id })),
  step: (cookie: string, id: string, body: unknown) =>
    stepRoute(request(`/api/v1/petitions/${id}/transitions`, { method: "POST", cookie, body }), params({ id })),
  document: (cookie: string, id: string, kind: string) =>
    documentRoute(request(`/api/v1/petitions/${id}/documents/${kind}`, { cookie }), params({ id, kind })),
};

/** Takes a step with the current version; returns the response. */
export async function step(cookie: string, id: string, body: Record<string, unknown>) {
  return api.step(cookie, id, { version: await versionOf(id), ...body });
}

/** Takes a step that must succeed. */
export async function must(cookie: string, id: string, body: Record<string, unknown>) {
  const res = await step(cookie, id, body);
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${String(body.step)}: ${res.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

export const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;

/** Everything a step writes, to check that a refused one wrote nothing. */
export async function written() {
  return {
    petitions: (await db.petition.findMany({ orderBy: { id: "asc" } })).map((p) => `${p.id}:${p.version}:${p.state}`),
    events: await db.petitionEvent.count(),
    assignments: await db.petitionAssignment.count(),
    replies: await db.petitionReply.count(),
    reviews: await db.petitionReview.count(),
    audits: await db.auditLog.count({ where: { action: { not: "auth.denied" } } }),
    notices: await db.notification.count(),
  };
}

/** Walks a petition to 已转办 (the world's unit as lead): notified and proposed on paper days, approved and transferred today. */
export async function transferred(w: World, id: string, coUnitIds: string[] = []) {
  await must(w.cookie.OFFICE, id, { step: "notify", intake: "ACCEPT", occurredOn: ago(9) });
  await must(w.cookie.OFFICE, id, { step: "propose", note: "拟交民政办核实办理", occurredOn: ago(8) });
  await must(w.cookie.CHAIR, id, { step: "approve", decision: "APPROVE" });
  return must(w.cookie.OFFICE, id, { step: "transfer", leadUnitId: w.unit.id, coUnitIds });
}
