import "server-only";
import crypto from "node:crypto";
import { cookies, headers } from "next/headers";
import { redirect, notFound } from "next/navigation";
import { cache } from "react";
import { actorFor, type Actor } from "@/lib/auth/actor";
import { sessionUserFromCookies } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import type { Action } from "@/lib/auth/permissions";
import { AppError } from "@/lib/http/errors";
import { clientAddress } from "@/lib/http/request";
import { enforcePasswordChange } from "@/lib/auth/password-change";
import { IdParams, parseSearchParams } from "@/lib/http/validation";

/** The signed-in actor for a page render (once per request, with that request's id and address), or null. */
export const getPageActor = cache(async (): Promise<Actor | null> => {
  const user = await sessionUserFromCookies(await cookies());
  if (!user) return null;
  return actorFor(user, { requestId: crypto.randomUUID(), ip: clientAddress(await headers()) });
});

/**
 * Every page calls this: no session → /login; not allowed → 404 page (the page's existence is
 * not revealed to roles that have no business there).
 */
export async function requirePageActor(action: Action): Promise<Actor> {
  const actor = await getPageActor();
  if (!actor) redirect("/login");
  await enforcePasswordChange(actor);
  if (!can(actor, action)) notFound();
  return actor;
}

/** Pages show the 404 page for records that are missing or not the actor's to see. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof AppError && (err.code === "NOT_FOUND" || err.code === "FORBIDDEN")) notFound();
    throw err;
  }
}

/**
 * A record's page (/x/[id]): its data loaded once per request — the same load serves `generateMetadata`
 * (the title names the record) and the page. No session → /login; not allowed, a bad id or not the
 * actor's to see → the 404 page.
 */
export function recordPage<T>(action: Action, view: (actor: Actor, id: string) => Promise<T>) {
  const load = cache(async (id: string | undefined) => {
    const actor = await requirePageActor(action);
    if (!id) notFound();
    return orNotFound(view(actor, id));
  });
  return async (params: Promise<{ id: string }>) => load(parseSearchParams(IdParams.partial(), await params).id);
}
