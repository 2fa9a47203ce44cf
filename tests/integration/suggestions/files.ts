// Multipart calls to the suggestion routes, as the forms send them, and sample files whose first
// bytes are those of real files of each type.
import crypto from "node:crypto";
import { NextRequest } from "next/server";
import { POST as createRoute } from "@/app/api/v1/suggestions/route";
import { POST as transitionRoute } from "@/app/api/v1/suggestions/[id]/transitions/route";
import { GET as listRoute, POST as uploadRoute } from "@/app/api/v1/suggestions/[id]/attachments/route";
import {
  DELETE as deleteRoute,
  GET as downloadRoute,
} from "@/app/api/v1/suggestions/[id]/attachments/[attachmentId]/route";
import { params, request, TEST_ORIGIN } from "@/tests/factories";

export type FileSpec = [name: string, bytes: Uint8Array];

export const PDF = (text = "") =>
  new Uint8Array(
    Buffer.concat([
      Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"),
      Buffer.from(text),
      crypto.randomBytes(32),
      Buffer.from("\n%%EOF\n"),
    ]),
  );
export const PNG = () =>
  new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(64)]),
  );
export const EXE = () => new Uint8Array(Buffer.concat([Buffer.from("MZ"), crypto.randomBytes(64)]));
export const TXT = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

function form(files: FileSpec[], payload?: unknown) {
  const f = new FormData();
  if (payload !== undefined) f.append("payload", JSON.stringify(payload));
  for (const [name, bytes] of files) f.append("attachments", new File([new Uint8Array(bytes)], name));
  return f;
}

const post = (url: string, cookie: string, body: FormData) =>
  new NextRequest(new URL(url, "http://localhost"), { method: "POST", body, headers: { cookie, origin: TEST_ORIGIN } });

export const files = {
  /** POST /suggestions as multipart: the JSON in `payload`, the files in `attachments`. */
  create: (cookie: string, payload: unknown, specs: FileSpec[]) =>
    createRoute(post("/api/v1/suggestions", cookie, form(specs, payload))),
  transition: (cookie: string, id: string, payload: unknown, specs: FileSpec[]) =>
    transitionRoute(post(`/api/v1/suggestions/${id}/transitions`, cookie, form(specs, payload)), params({ id })),
  upload: (cookie: string, id: string, specs: FileSpec[]) =>
    uploadRoute(post(`/api/v1/suggestions/${id}/attachments`, cookie, form(specs)), params({ id })),
  list: (cookie: string, id: string) =>
    listRoute(request(`/api/v1/suggestions/${id}/attachments`, { cookie }), params({ id })),
  download: (cookie: string, id: string, attachmentId: string) =>
    downloadRoute(
      request(`/api/v1/suggestions/${id}/attachments/${attachmentId}`, { cookie }),
      params({ id, attachmentId }),
    ),
  remove: (cookie: string, id: string, attachmentId: string) =>
    deleteRoute(
      request(`/api/v1/suggestions/${id}/attachments/${attachmentId}`, { method: "DELETE", cookie }),
      params({ id, attachmentId }),
    ),
};

export interface AttachmentItem {
  id: string;
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
  kind: "SUGGESTION" | "REPLY" | "DELAY";
  eventId: string | null;
  deletable: boolean;
}

export const listed = async (cookie: string, id: string): Promise<AttachmentItem[]> =>
  ((await (await files.list(cookie, id)).json()) as { items: AttachmentItem[] }).items;
export const sha256 = (b: Uint8Array) => crypto.createHash("sha256").update(b).digest("hex");
