import crypto from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { actorFor, type Actor, type SessionUser } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/policy";
import { sessionUserFromCookies } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fromDatabaseError } from "@/lib/db/errors";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { auditThrottled } from "@/lib/audit/throttle";
import { AppError, errorBody, validation } from "@/lib/http/errors";
import { parseOrThrow } from "@/lib/http/validation";
import { readLimited } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/request";
import { assertSameSiteWrite } from "@/lib/http/origin";
import { databaseUnavailable, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { log } from "@/lib/log/logger";
import { isMultipart, readUploadBody, type UploadedFile, type UploadSpec } from "@/lib/files/upload";

export const MAX_BODY_BYTES = 1024 * 1024;

export interface RouteContext<P, Q, B> {
  req: NextRequest;
  actor: Actor;
  params: P;
  query: Q;
  body: B;
  /** The checked files, when the route declares `files` (empty otherwise). */
  files: UploadedFile[];
  /** Also in `actor.requestId`; here for answers written before or without an actor. */
  requestId: string;
}

interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  /** Required: the permission the caller needs. A route without one cannot be declared. */
  permission: Action;
  params?: P;
  query?: Q;
  body?: B;
  /** A multipart upload (lib/files/upload.ts): `body` then parses its payload and `files` holds the files. */
  files?: UploadSpec;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;
type NextCtx = { params: Promise<Record<string, string | string[]>> };

/**
 * JSON with `Cache-Control: no-store` (API answers may carry personal data) and `no-transform`:
 * the server does not gzip API answers — a page of a list is a few kilobytes, and compressing
 * each one cost about 6 % of the server's CPU per request. Pages and scripts are still compressed.
 */
export function json(data: unknown, init?: ResponseInit): NextResponse {
  const res = NextResponse.json(data, init);
  res.headers.set("Cache-Control", "no-store, no-transform");
  return res;
}

export function errorResponse(err: unknown, requestId: string): NextResponse {
  if (err instanceof AppError) return json(errorBody(err, requestId), { status: err.status });
  if (isDatabaseUnavailable(err)) {
    log.warn("database unavailable", { requestId, error: err });
    return json(errorBody(databaseUnavailable(), requestId), { status: 503, headers: { "Retry-After": "5" } });
  }
  const mapped = fromDatabaseError(err);
  if (mapped) {
    log.warn("database refused a write", { requestId, code: mapped.code, error: err });
    return json(errorBody(mapped, requestId), { status: mapped.status });
  }
  log.error("unexpected error", { requestId, error: err });
  return json(errorBody(new AppError("INTERNAL"), requestId), { status: 500 });
}

/** Reads a JSON body of at most 1 MB; 413 above, 400 when it is not JSON. */
export async function readJsonBody(req: Request): Promise<unknown> {
  const body = await readLimited(req, MAX_BODY_BYTES, () => new AppError("PAYLOAD_TOO_LARGE"));
  const text = body?.toString("utf8") ?? "";
  if (!text.trim()) throw new AppError("VALIDATION", "请求内容为空，需要 JSON", { _: "请求内容为空，需要 JSON" });
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION", "请求内容不是有效的 JSON", { _: "请求内容不是有效的 JSON" });
  }
}

/** The JSON body, or with `files` declared the multipart payload and files (a JSON body when files are optional). */
async function readBody(spec: { body?: z.ZodType; files?: UploadSpec }, req: Request) {
  if (!spec.files || (spec.files.optional && !isMultipart(req))) {
    return { body: spec.body ? parseOrThrow(spec.body, await readJsonBody(req)) : undefined, files: [] };
  }
  const upload = await readUploadBody(req, spec.files);
  if (!spec.body) return { body: undefined, files: upload.files };
  if (upload.payload === undefined) throw validation({ payload: "缺少请求内容（payload）" });
  return { body: parseOrThrow(spec.body, upload.payload), files: upload.files };
}

/** The route a path belongs to: record ids (UUIDs, numbers) as `:id`. */
const routeOf = (path: string) =>
  path.replace(/\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)(?=\/|$)/gi, "/:id");

/** Denials are audited, at most one row per actor and route a minute (lib/audit/throttle.ts). */
async function auditDenied(actor: Actor, req: NextRequest, what: string) {
  const key = `denied:${actor.userId}:${req.method} ${routeOf(new URL(req.url).pathname)}`;
  await auditThrottled(key, (repeated) =>
    recordAudit(db, subjectOf(actor), {
      action: "auth.denied",
      recordType: "Route",
      recordId: what.slice(0, 64),
      after: { method: req.method, path: new URL(req.url).pathname, ...(repeated ? { repeated } : {}) },
    }),
  ).catch((error) => log.error("could not audit a denial", { requestId: actor.requestId, error }));
}

/**
 * The one path for API routes: session (401) → permission from the policy layer (403) → zod for
 * params, query and body (400) → handler → JSON; every error in the shared shape, never a stack.
 */
export function withRoute<
  P extends z.ZodType = z.ZodNever,
  Q extends z.ZodType = z.ZodNever,
  B extends z.ZodType = z.ZodNever,
>(spec: RouteSpec<P, Q, B>, handler: (ctx: RouteContext<Infer<P>, Infer<Q>, Infer<B>>) => Promise<Response>) {
  return async (req: NextRequest, ctx?: NextCtx): Promise<Response> => {
    const requestId = crypto.randomUUID();
    let actor: Actor | null = null;
    try {
      // Cross-site guard first: a forged write never reaches the session or the database.
      // Multipart only where the route declares `files`.
      assertSameSiteWrite(req, spec.files ? ["json", "multipart"] : ["json"]);
      const user: SessionUser | null = await sessionUserFromCookies(req.cookies);
      if (!user) throw new AppError("UNAUTHENTICATED");
      actor = actorFor(user, { requestId, ip: clientAddress(req.headers) });
      if (!can(actor, spec.permission)) throw new AppError("FORBIDDEN");
      // A password the office set is changed before anything else (the UI goes to /account/password).
      if (actor.mustChangePassword && spec.permission !== "account.change_password")
        throw new AppError("PASSWORD_CHANGE_REQUIRED");
      const rawParams = ctx?.params ? await ctx.params : {};
      const params = spec.params ? parseOrThrow(spec.params, rawParams) : undefined;
      const query = spec.query
        ? parseOrThrow(spec.query, Object.fromEntries(new URL(req.url).searchParams))
        : undefined;
      const { body, files } = await readBody(spec, req);
      return await handler({ req, actor, params, query, body, files, requestId } as RouteContext<
        Infer<P>,
        Infer<Q>,
        Infer<B>
      >);
    } catch (err) {
      // Denials are audited, whether the permission table or a record rule said no.
      if (err instanceof AppError && err.code === "FORBIDDEN" && actor) {
        await auditDenied(actor, req, spec.permission);
      }
      return errorResponse(err, requestId);
    }
  };
}
