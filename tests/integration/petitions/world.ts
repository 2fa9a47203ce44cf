// A township with petitions registered through the service (as the office's form does), one handed to
// the unit (an active PetitionAssignment, as 转办 will create) and one taken by the deputy at a
// reception day; and the petition routes called as the browser calls them.
import crypto from "node:crypto";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { idNumberCheckDigit } from "@/lib/text/id-number";
import { createPetition } from "@/lib/petitions/service";
import { PetitionCreateInput } from "@/lib/petitions/schema";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/petitions/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/petitions/[id]/route";
import { POST as duplicatesRoute } from "@/app/api/v1/petitions/duplicates/route";
import { POST as attachRoute } from "@/app/api/v1/petitions/[id]/attachments/route";
import { GET as downloadRoute } from "@/app/api/v1/petitions/[id]/attachments/[attachmentId]/route";
import { GET as exportRoute } from "@/app/api/v1/petitions/export/route";
import { createUnit, createUser, params, request, signIn, TEST_ORIGIN, townshipWithRoles } from "@/tests/factories";

export const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const;
export type Role = (typeof ROLES)[number];

export const today = () => todayInChina();
export const day = (offset: number) => formatDay(addDays(today(), offset));

/** A valid GB 11643 number. */
export const ID_NUMBER = `41010219800501123${idNumberCheckDigit("41010219800501123")}`;
export const PHONE = "13812345678";
export const ADDRESS = "清水镇王庄村三组十二号";

/** A registration as the office's form sends it. */
export const registration = (over: Record<string, unknown> = {}) => ({
  channel: "VISIT",
  receivedOn: day(-3),
  subject: "砖厂拖欠工资",
  content: "在镇东砖厂务工三个月，工资至今未结清。",
  category: "APPEAL_CLAIM",
  petitioners: [{ name: "王建国", phone: PHONE, idNumber: ID_NUMBER, address: ADDRESS }],
  ...over,
});

export async function world(name = "测试镇") {
  const t = await townshipWithRoles(name);
  const cookie = Object.fromEntries(Object.entries(t.sessions).map(([r, s]) => [r, s.cookie])) as Record<Role, string>;
  const office = t.sessions.OFFICE.actor;
  const other = await createUnit(t.township.id, "国土所");
  const otherCookie = (await signIn(await createUser(t.township.id, "UNIT", { unitId: other.id }))).cookie;
  const handed = await createPetition(office, PetitionCreateInput.parse(registration()));
  const taken = await createPetition(
    office,
    PetitionCreateInput.parse(
      registration({
        subject: "低保待遇被取消",
        petitioners: [{ name: "李秀英", phone: "0371-63912345", address: "清水镇李庄村" }],
      }),
    ),
    { receivedByDeputyId: t.deputy.id },
  );
  const kept = await createPetition(
    office,
    PetitionCreateInput.parse(
      registration({ subject: "村道修缮建议", category: "SUGGESTION_OPINION", petitioners: [{ name: "赵六" }] }),
    ),
  );
  await db.petitionAssignment.create({
    data: { townshipId: t.township.id, petitionId: handed.id, unitId: t.unit.id, assignedOn: today() },
  });
  return { ...t, cookie, office, other, otherCookie, handed, taken, kept };
}
export type World = Awaited<ReturnType<typeof world>>;

const send = (url: string, cookie: string, method: string, body: unknown) => request(url, { method, cookie, body });

function form(payload: unknown, files: [string, Uint8Array][]) {
  const f = new FormData();
  if (payload !== undefined) f.append("payload", JSON.stringify(payload));
  for (const [n, bytes] of files) f.append("attachments", new File([new Uint8Array(bytes)], n));
  return f;
}

const multipart = (url: string, cookie: string, payload: unknown, files: [string, Uint8Array][]) =>
  new NextRequest(new URL(url, TEST_ORIGIN), {
    method: "POST",
    body: form(payload, files),
    headers: { cookie, origin: TEST_ORIGIN },
  });

export const api = {
  list: (cookie: string, qs = "") => listRoute(request(`/api/v1/petitions${qs}`, { cookie })),
  create: (cookie: string, body: unknown) => createRoute(send("/api/v1/petitions", cookie, "POST", body)),
  createWithFiles: (cookie: string, body: unknown, files: [string, Uint8Array][]) =>
    createRoute(multipart("/api/v1/petitions", cookie, body, files)),
  get: (cookie: string, id: string, qs = "") =>
    getRoute(request(`/api/v1/petitions/${id}${qs}`, { cookie }), params({ id })),
  patch: (cookie: string, id: string, body: unknown) =>
    patchRoute(send(`/api/v1/petitions/${id}`, cookie, "PATCH", body), params({ id })),
  duplicates: (cookie: string, body: unknown) =>
    duplicatesRoute(send("/api/v1/petitions/duplicates", cookie, "POST", body)),
  attach: (cookie: string, id: string, files: [string, Uint8Array][]) =>
    attachRoute(multipart(`/api/v1/petitions/${id}/attachments`, cookie, undefined, files), params({ id })),
  download: (cookie: string, id: string, attachmentId: string) =>
    downloadRoute(
      request(`/api/v1/petitions/${id}/attachments/${attachmentId}`, { cookie }),
      params({ id, attachmentId }),
    ),
  export: (cookie: string, qs = "") => exportRoute(request(`/api/v1/petitions/export${qs}`, { cookie })),
};

export const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;

/** Everything a registration writes, to check that a refused one wrote nothing. */
export async function written() {
  return {
    petitions: await db.petition.count(),
    petitioners: await db.petitioner.count(),
    events: await db.petitionEvent.count(),
    files: await db.petitionAttachment.count(),
    audits: await db.auditLog.count({ where: { action: { not: "auth.denied" } } }),
  };
}

export const PDF = (text = "") =>
  new Uint8Array(
    Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from(text), crypto.randomBytes(16), Buffer.from("\n%%EOF\n")]),
  );

/** The personal data that must never reach a unit or a deputy, in any form. */
export const SECRETS = [PHONE, ID_NUMBER, ADDRESS, "0371-63912345", "037163912345", "清水镇李庄村", "19800501"];
