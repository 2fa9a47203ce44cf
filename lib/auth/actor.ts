import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as their server-side session names them (lib/auth/sessions.ts). */
export interface SessionUser {
  userId: string;
  sessionId: string;
  townshipId: string;
  username: string;
  displayName: string;
  role: Role;
  deputyId: string | null;
  unitId: string | null;
  mustChangePassword: boolean;
}

/** The request an action comes from. Every audit row carries it (lib/audit/record-audit.ts). */
export interface RequestContext {
  /** Also in every error answer and log line of the request. */
  requestId: string;
  /** The client's address (lib/http/request.ts clientAddress), null when unknown. */
  ip: string | null;
}

/**
 * The signed-in user in one request, as every policy and service sees them: built by `withRoute`
 * (API) and `requirePageActor` (pages), so a service that receives an actor can audit with the
 * request's context without taking it as another parameter.
 */
export interface Actor extends SessionUser, RequestContext {}

export const actorFor = (user: SessionUser, request: RequestContext): Actor => ({
  ...user,
  requestId: request.requestId,
  ip: request.ip,
});
