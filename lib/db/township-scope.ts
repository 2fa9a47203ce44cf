import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { withAmbientTransactions } from "@/lib/db/ambient";

/**
 * Models that carry `townshipId`. tests/integration/auth/township-scope.test.ts checks this list
 * against the schema (prisma/schema/), so a new model cannot be forgotten.
 */
export const TOWNSHIP_SCOPED_MODELS = new Set<string>([
  "User",
  "AuditLog",
  "Term",
  "Deputy",
  "RepresentativeGroup",
  "HandlingUnit",
  "DeputyStatusChange",
  "PresidiumLink",
  "GroupStandardCheck",
  "CongressSession",
  "ChecklistTemplateItem",
  "SessionChecklistItem",
  "AgendaItem",
  "SessionDocument",
  "SessionAttendance",
  "SessionVote",
  "NamedVoteBallot",
  "SessionRollEntry",
  "Election",
  "ElectionCandidate",
  "ElectionRound",
  "ElectionRoundResult",
  "PresidiumMeeting",
  "PresidiumMeetingMember",
  "PresidiumMeetingInvitee",
  "PresidiumMeetingTopic",
  "SuggestionCategory",
  "Suggestion",
  "SuggestionProposer",
  "SuggestionAssignment",
  "SuggestionEvent",
  "SuggestionAttachment",
  "SuggestionContact",
  "SupervisionActivity",
  "SupervisionTarget",
  "SupervisionParticipant",
  "SupervisionPoll",
  "SupervisionBallot",
  "SupervisionPollVoter",
  "SupervisionFinding",
  "ReviewOpinion",
  "RectificationTask",
  "RectificationReport",
  "RectificationAttachment",
  "RectificationEvent",
  "SupervisionDocument",
  "SupervisionSuggestion",
  "Notification",
  "OutgoingMessage",
  "StoredFile",
  "Constituency",
  "DutyRecordPublication",
  "WorkPlan",
  "WorkPlanItem",
  "WorkPlanItemLink",
  "DocumentRecord",
  "DocumentRecordLink",
  "PublicityItem",
  "Petition",
  "Petitioner",
  "PetitionAssignment",
  "PetitionReply",
  "PetitionEvent",
  "PetitionAttachment",
  "PetitionReview",
  "PetitionRecusal",
  "ReceptionDay",
  "ReceptionDuty",
  "ReceptionVisit",
  "TrainingPlan",
  "TrainingPlanGroup",
  "TrainingPlanItem",
  "TrainingSession",
  "TrainingEnrolment",
  "TrainingLeaveRequest",
  // Group activities and the duty register (lib/group-activities, lib/duties).
  "GroupActivityPlan",
  "GroupActivity",
  "GroupActivityAttendee",
  "GroupActivityPhoto",
  "GroupActivitySuggestion",
  "DeputyDuty",
  "DeputyDutyPhoto",
  "VoterReport",
]);

const WHERE_OPS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);

type AnyArgs = Record<string, unknown> & { where?: object; data?: unknown; create?: object; update?: object };

/** Adds the township to a query's filter and to the rows it creates. */
export function scopeArgs(model: string, operation: string, args: AnyArgs | undefined, townshipId: string): AnyArgs {
  const next: AnyArgs = { ...(args ?? {}) };
  if (model === "Township") {
    if (WHERE_OPS.has(operation)) {
      const asked = (next.where as { id?: unknown } | undefined)?.id;
      // Asking for another township by id must find nothing, not silently answer with one's own.
      next.where = {
        ...(next.where ?? {}),
        id: townshipId,
        ...(asked !== undefined && asked !== townshipId ? { AND: [{ id: asked }] } : {}),
      };
    }
    return next;
  }
  if (!TOWNSHIP_SCOPED_MODELS.has(model)) return next;
  if (WHERE_OPS.has(operation)) next.where = { ...(next.where ?? {}), townshipId };
  if (operation === "create") next.data = { ...(next.data as object), townshipId };
  if (operation === "createMany" || operation === "createManyAndReturn") {
    const data = next.data as object | object[];
    next.data = Array.isArray(data) ? data.map((d) => ({ ...d, townshipId })) : { ...data, townshipId };
  }
  if (operation === "upsert") next.create = { ...(next.create ?? {}), townshipId };
  // An update may not move a record to another township.
  const pinTownship = (data: unknown) =>
    data && typeof data === "object" && "townshipId" in data ? { ...data, townshipId } : data;
  if (operation === "update" || operation === "updateMany" || operation === "updateManyAndReturn")
    next.data = pinTownship(next.data);
  if (operation === "upsert" && next.update) next.update = pinTownship(next.update) as object;
  return next;
}

/**
 * The one place where queries are confined to a township: every read, write and count made
 * through this client only sees the given township's rows, so a record of another township
 * is simply "not found" (404), never readable. One extended client per township and process:
 * building it is not free, and it holds no state but the township id.
 */
export function scopedDb(townshipId: string) {
  const cached = scopedClients.get(townshipId);
  if (cached) return cached;
  const client = createScopedDb(townshipId);
  scopedClients.set(townshipId, client);
  return client;
}

function createScopedDb(townshipId: string) {
  const client = getDb().$extends(
    Prisma.defineExtension({
      name: "township-scope",
      query: {
        $allModels: {
          async $allOperations({ model, operation, args, query }) {
            return query(scopeArgs(model, operation, args as AnyArgs, townshipId) as typeof args);
          },
        },
      },
    }),
  );
  return withAmbientTransactions(client);
}

const scopedClients = new Map<string, ReturnType<typeof createScopedDb>>();

export type ScopedDb = ReturnType<typeof scopedDb>;
export type ScopedTx = Parameters<Parameters<ScopedDb["$transaction"]>[0]>[0];
