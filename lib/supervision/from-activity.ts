// Suggestions raised during a supervision activity (e.g. 32 from one inspection round), created from
// the activity in one step — the suggestion through the suggestions domain's own rules
// (createSuggestionIn) and its link (SupervisionSuggestion) in one transaction — so the count comes
// from the records.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { lockRow } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict } from "@/lib/http/errors";
import type { UploadedFile } from "@/lib/files/upload";
import { createSuggestionIn, type SuggestionCreateInput } from "@/lib/suggestions/public";
import { loadActivityFor } from "@/lib/supervision/opinions";

/** The office registers a deputy's suggestion raised during the activity, linked to it. */
export async function createSuggestionFromActivity(
  actor: Actor,
  activityId: string,
  input: SuggestionCreateInput,
  files: UploadedFile[] = [],
) {
  assertCan(actor, "supervision_suggestion.create");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockRow(tx, "SupervisionActivity", activityId, actor.townshipId);
    const a = await loadActivityFor(tx, actor, activityId);
    if (a.state === "DRAFT") throw conflict("方案批准后才能登记活动中提出的建议");
    const s = await createSuggestionIn(tx, actor, { ...input, sessionId: null, draft: false }, files);
    const link = await tx.supervisionSuggestion.create({
      data: { townshipId: actor.townshipId, activityId, suggestionId: s.id },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.suggestion_created",
      recordType: "SupervisionSuggestion",
      recordId: link.id,
      after: { activityId, suggestionId: s.id, title: input.title },
    });
    return s;
  });
}

/** The suggestions raised during the activity: how many, and the first page of them, newest first. */
export async function activitySuggestions(actor: Actor, activityId: string, take = 50) {
  const sdb = scopedDb(actor.townshipId);
  await loadActivityFor(sdb, actor, activityId);
  // A unit is told how many, not which: the suggestions reach it only when they are assigned to it.
  const listed = actor.role !== "UNIT";
  const [total, rows] = await Promise.all([
    sdb.supervisionSuggestion.count({ where: { activityId } }),
    listed
      ? sdb.supervisionSuggestion.findMany({
          where: { activityId },
          take,
          orderBy: { suggestion: { createdAt: "desc" } },
          select: { suggestion: { select: { id: true, number: true, title: true, state: true } } },
        })
      : [],
  ]);
  return { total, items: rows.map((r) => r.suggestion) };
}
