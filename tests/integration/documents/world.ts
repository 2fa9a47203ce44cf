// Calls of the register, archive and publicity APIs as the browser makes them, and a township with one account
// per role.
import crypto from "node:crypto";
import { NextRequest } from "next/server";
import { expect } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/documents/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/documents/[id]/route";
import { GET as downloadRoute, POST as attachRoute } from "@/app/api/v1/documents/[id]/file/route";
import { POST as linkRoute } from "@/app/api/v1/documents/[id]/links/route";
import { DELETE as unlinkRoute } from "@/app/api/v1/documents/[id]/links/[linkId]/route";
import { GET as recordsRoute } from "@/app/api/v1/documents/records/route";
import { GET as exportRoute } from "@/app/api/v1/documents/export/route";
import { GET as archiveRoute } from "@/app/api/v1/archive/route";
import { GET as zipRoute } from "@/app/api/v1/archive/zip/route";
import { GET as archiveFileRoute } from "@/app/api/v1/archive/file/route";
import { GET as publicityListRoute, POST as publicityCreateRoute } from "@/app/api/v1/publicity/route";
import {
  DELETE as publicityDeleteRoute,
  GET as publicityGetRoute,
  PATCH as publicityPatchRoute,
} from "@/app/api/v1/publicity/[id]/route";
import { POST as publicityCorrectRoute } from "@/app/api/v1/publicity/[id]/corrections/route";
import type { Role } from "@/lib/generated/prisma/enums";
import { params, request, TEST_ORIGIN, townshipWithRoles } from "@/tests/factories";

const send = (url: string, cookie: string, method: string, body: unknown) => request(url, { method, cookie, body });

function multipart(url: string, cookie: string, payload: unknown, files: [string, Uint8Array][]) {
  const f = new FormData();
  if (payload !== undefined) f.append("payload", JSON.stringify(payload));
  for (const [n, bytes] of files) f.append("file", new File([new Uint8Array(bytes)], n));
  return new NextRequest(new URL(url, TEST_ORIGIN), {
    method: "POST",
    body: f,
    headers: { cookie, origin: TEST_ORIGIN },
  });
}

export const PDF = (text = "") =>
  new Uint8Array(
    Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from(text), crypto.randomBytes(16), Buffer.from("\n%%EOF\n")]),
  );

const D = "/api/v1/documents";
export const api = {
  list: (cookie: string, qs = "") => listRoute(request(`${D}${qs}`, { cookie })),
  create: (cookie: string, body: unknown) => createRoute(send(D, cookie, "POST", body)),
  createWithFile: (cookie: string, body: unknown, files: [string, Uint8Array][]) =>
    createRoute(multipart(D, cookie, body, files)),
  get: (cookie: string, id: string) => getRoute(request(`${D}/${id}`, { cookie }), params({ id })),
  patch: (cookie: string, id: string, body: unknown) =>
    patchRoute(send(`${D}/${id}`, cookie, "PATCH", body), params({ id })),
  attach: (cookie: string, id: string, files: [string, Uint8Array][]) =>
    attachRoute(multipart(`${D}/${id}/file`, cookie, undefined, files), params({ id })),
  download: (cookie: string, id: string) => downloadRoute(request(`${D}/${id}/file`, { cookie }), params({ id })),
  link: (cookie: string, id: string, body: unknown) =>
    linkRoute(send(`${D}/${id}/links`, cookie, "POST", body), params({ id })),
  unlink: (cookie: string, id: string, linkId: string) =>
    unlinkRoute(send(`${D}/${id}/links/${linkId}`, cookie, "DELETE", undefined), params({ id, linkId })),
  records: (cookie: string, qs: string) => recordsRoute(request(`${D}/records${qs}`, { cookie })),
  export: (cookie: string, qs: string) => exportRoute(request(`${D}/export${qs}`, { cookie })),
  archive: (cookie: string, qs: string) => archiveRoute(request(`/api/v1/archive${qs}`, { cookie })),
  zip: (cookie: string, qs: string) => zipRoute(request(`/api/v1/archive/zip${qs}`, { cookie })),
  archiveFile: (cookie: string, qs: string) => archiveFileRoute(request(`/api/v1/archive/file${qs}`, { cookie })),
  publicity: (cookie: string, qs = "") => publicityListRoute(request(`/api/v1/publicity${qs}`, { cookie })),
  publicityCreate: (cookie: string, body: unknown) =>
    publicityCreateRoute(send("/api/v1/publicity", cookie, "POST", body)),
  publicityGet: (cookie: string, id: string) =>
    publicityGetRoute(request(`/api/v1/publicity/${id}`, { cookie }), params({ id })),
  publicityCorrect: (cookie: string, id: string, body: unknown) =>
    publicityCorrectRoute(send(`/api/v1/publicity/${id}/corrections`, cookie, "POST", body), params({ id })),
  publicityPatch: (cookie: string, id: string, body: unknown) =>
    publicityPatchRoute(send(`/api/v1/publicity/${id}`, cookie, "PATCH", body), params({ id })),
  publicityDelete: (cookie: string, id: string, body: unknown) =>
    publicityDeleteRoute(send(`/api/v1/publicity/${id}`, cookie, "DELETE", body), params({ id })),
};

export async function json<T = Record<string, unknown>>(res: Response, status: number): Promise<T> {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}

export const entry = (over: Record<string, unknown> = {}) => ({
  direction: "INCOMING",
  date: "2026-03-02",
  docNumber: "县人大办〔2026〕3号",
  counterpart: "县人大常委会办公室",
  title: "关于做好代表建议督办工作的通知",
  category: "建议",
  ...over,
});

export async function world(name = "归档测试镇") {
  const t = await townshipWithRoles(name);
  const cookie = Object.fromEntries(Object.entries(t.sessions).map(([r, s]) => [r, s.cookie])) as Record<Role, string>;
  return { ...t, cookie };
}
export type World = Awaited<ReturnType<typeof world>>;
