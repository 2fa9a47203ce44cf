// The envelope over the suggestion workflow's steps (lib/suggestions/steps/): load and lock the
// suggestion, ask the step whether the actor may take it now, run it, then the row's update, its
// timeline event, the files and the audit row — one transaction.
import { isUniqueViolation } from "@/lib/db/errors";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { lockAndRead, lockRows } from "@/lib/db/locks";
import type { Suggestion } from "@/lib/generated/prisma/client";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict, validation } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import { formatDay, todayInChina } from "@/lib/time/day";
import { storeAttachments } from "@/lib/suggestions/attachments";
import type { UploadedFile } from "@/lib/files/upload";
import type { RatingInput, TransitionInput } from "@/lib/suggestions/schema";
import { loadSuggestion } from "@/lib/suggestions/access";
import { handOver } from "@/lib/suggestions/handover";
import { SUGGESTION_STEPS } from "@/lib/suggestions/steps/table";
import { loadStepRecord } from "@/lib/suggestions/steps/record";
import type { StepInput, StepName, StepOutcome, SuggestionStep } from "@/lib/suggestions/steps/types";
import { onBehalfAudit, onBehalfColumns, type OnBehalf } from "@/lib/records/on-behalf";

/** The real day of the step's entry and, when the office keyed it for someone (代录), who keyed it for whom. */
function entryOf(actor: Actor, onBehalf: boolean, out: StepOutcome): { day: Date; who: OnBehalf | null } | null {
  if (!out.entry) return null;
  if (onBehalf && !out.entry.onBehalfOf) throw new Error("a 代录 step must say on whose behalf");
  const who = onBehalf
    ? { enteredById: actor.userId, enteredBy: actor.displayName, onBehalfOf: out.entry.onBehalfOf! }
    : null;
  return { day: out.entry.day, who };
}

async function runStep<N extends StepName>(
  actor: Actor,
  id: string,
  name: N,
  input: StepInput<N>,
  files: UploadedFile[],
) {
  const step = SUGGESTION_STEPS[name] as SuggestionStep<N>;
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    // Two steps on one suggestion run one after the other; the second sees what the first wrote.
    // The lock reads the row too (one round trip).
    const locked = await lockAndRead<Suggestion>(tx, "Suggestion", id, actor.townshipId);
    const { s, rel } = await loadSuggestion(tx, actor, id, locked);
    const settings = await getSettings();
    const today = todayInChina();
    const record = await loadStepRecord(tx, actor, s, rel, settings);
    if (!step.who(actor, record)) throw new AppError("FORBIDDEN", step.forbidden);
    if (files.length && !(step.files && can(actor, "suggestion.attach", { townshipId: s.townshipId })))
      throw validation({ attachments: "附件：只有答复和延办反馈书可以附带附件" });
    if (s.version !== input.version)
      throw conflict(step.stale ?? "建议已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
    const why = step.available(actor, record, today);
    if (why !== true) throw conflict(why, step.fields?.[why]);
    const onBehalf = step.onBehalf?.(actor, record) ?? false;
    const out = await step.run(tx, { actor, s, today, settings, onBehalf }, input);
    const entry = entryOf(actor, onBehalf, out);
    const after = await tx.suggestion.update({
      where: { id, version: s.version },
      data: { ...out.data, ...(out.to ? { state: out.to } : {}), version: { increment: 1 } },
    });
    const note = "note" in input ? (input.note ?? null) : null;
    const ev = await tx.suggestionEvent.create({
      data: {
        townshipId: actor.townshipId,
        suggestionId: s.id,
        type: step.event ?? name,
        fromState: s.state,
        toState: out.to ?? null,
        actorUserId: actor.userId,
        note,
        ...out.event,
        unitId: out.event && "unitId" in out.event ? out.event.unitId : actor.unitId,
        ...(entry ? onBehalfColumns(entry.day, entry.who) : {}),
      },
      select: { id: true },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: step.audit,
      recordType: "Suggestion",
      recordId: id,
      before: s,
      after: { ...after, ...(out.audit ?? { note }), ...(entry ? onBehalfAudit(entry.day, entry.who) : {}) },
    });
    const attachments = await storeAttachments(tx, actor, s.id, ev.id, files);
    return { after, eventId: ev.id, attachments };
  });
}

/** One step of the workflow with its payload (POST /api/v1/suggestions/{id}/transitions). */
export async function transitionSuggestion(
  actor: Actor,
  id: string,
  input: TransitionInput,
  files: UploadedFile[] = [],
) {
  try {
    const { after, eventId, attachments } = await runStep(actor, id, input.action, input, files);
    return {
      id,
      state: after.state,
      version: after.version,
      number: after.number,
      deadline: after.deadline ? formatDay(after.deadline) : null,
      eventId,
      attachments,
    };
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict("同时有另一条建议正在登记，请重试");
    throw err;
  }
}

/** 满意 / 基本满意 closes the loop; 不满意 sends it back to the unit with a new deadline. */
export async function rateSuggestion(actor: Actor, id: string, input: RatingInput) {
  const { after } = await runStep(actor, id, "rate", input, []);
  return { id, state: after.state, version: after.version };
}

/**
 * The chair signs off (签发) a batch of assignments. One awaiting the signature is handed over to its
 * units today (lib/suggestions/handover.ts): its reply period starts now. One assigned before the
 * township required the signature only has the signature recorded.
 */
export async function signOffAssignments(actor: Actor, ids: string[]) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const unique = [...new Set(ids)].sort();
    // In one order, so two batches sharing suggestions cannot deadlock; a step on one waits.
    await lockRows(tx, "Suggestion", unique, actor.townshipId);
    const rows = await tx.suggestion.findMany({
      where: { id: { in: unique }, state: { in: ["ASSIGNED", "REHANDLING"] }, signedOffAt: null },
    });
    if (rows.length !== unique.length) throw conflict("只能签发已交办且尚未签发的建议");
    const [settings, today] = [await getSettings(), todayInChina()];
    for (const s of rows) {
      const handed = s.awaitingSignOff ? await handOver(tx, actor.townshipId, s, today, settings) : {};
      await tx.suggestion.update({
        where: { id: s.id },
        data: { ...handed, signedOffAt: new Date(), signedOffById: actor.userId, version: { increment: 1 } },
      });
    }
    await tx.suggestionEvent.createMany({
      data: rows.map((s) => ({
        townshipId: actor.townshipId,
        suggestionId: s.id,
        type: "signed_off",
        fromState: s.state,
        actorUserId: actor.userId,
      })),
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "suggestion.signed_off",
      recordType: "Suggestion",
      after: { ids: unique, handedOver: rows.filter((s) => s.awaitingSignOff).map((s) => s.id) },
    });
    return { signedOff: rows.length };
  });
}
