// The envelope over the petition handling chain (lib/petitions/steps/): lock and read the petition the
// actor may see, build the step record, ask the step (403 / 409 with its Chinese reason), run it, then the
// row's update (optimistic version), the timeline event with the real day (代录: who keyed it for whom), the
// notices and the audit row — one transaction, nothing half-written.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { lockAndRead } from "@/lib/db/locks";
import { scopedDb } from "@/lib/db/township-scope";
import type { Petition } from "@/lib/generated/prisma/client";
import { AppError, conflict, forbidden } from "@/lib/http/errors";
import { notify } from "@/lib/notifications/writer";
import { onBehalfAudit, onBehalfColumns } from "@/lib/records/on-behalf";
import { getSettings } from "@/lib/settings";
import { loadWorkingCalendar } from "@/lib/time/calendar";
import { formatDay, todayInChina } from "@/lib/time/day";
import { clockFromSettings } from "@/lib/petitions/clock";
import { loadPetition } from "@/lib/petitions/access";
import { PETITION_STEPS, stepsFor } from "@/lib/petitions/steps/table";
import { loadStepRecord } from "@/lib/petitions/steps/record";
import { RECUSED, type PetitionStep, type StepInput } from "@/lib/petitions/steps/types";
import type { PetitionStepName } from "@/lib/petitions/chain-labels";
import type { PetitionTransitionInput } from "@/lib/petitions/transition-schema";

const EVENT: Record<PetitionStepName, string> = {
  notify: "notified",
  propose: "proposed",
  approve: "approved",
  transfer: "transferred",
  object: "objected",
  remind: "reminded",
  reply: "answered",
  extend: "extended",
  report: "reported",
  close: "closed",
  visit: "visited",
  review_request: "review_requested",
  review_answer: "review_answered",
  recuse: "recused",
};

async function runStep<N extends PetitionStepName>(actor: Actor, id: string, input: StepInput<N>) {
  const step = PETITION_STEPS[input.step as N] as PetitionStep<N>;
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    // Two steps on one petition run one after the other; the second sees what the first wrote (409).
    const locked = await lockAndRead<Petition>(tx, "Petition", id, actor.townshipId);
    const p = await loadPetition(tx, actor, id, "petition.transition", locked);
    const [settings, calendar] = await Promise.all([getSettings(), loadWorkingCalendar()]);
    const today = todayInChina();
    const r = await loadStepRecord(tx, actor, p);
    if (r.recused) throw forbidden(RECUSED);
    if (!step.who(actor, r)) throw new AppError("FORBIDDEN");
    if (p.version !== input.version) throw conflict("信访件已被他人更新，请刷新后重试（您填写的内容仍在页面上）");
    const why = step.available(actor, r, today);
    if (why !== true) throw conflict(why);
    const onBehalf = step.onBehalf?.(actor, r) ?? false;
    const clock = clockFromSettings(settings);
    const out = await step.run(tx, { actor, p, r, today, clock, calendar, onBehalf }, input);
    if (onBehalf && !out.entry.onBehalfOf) throw new Error("a 代录 step must say on whose behalf");
    const who = onBehalf
      ? { enteredById: actor.userId, enteredBy: actor.displayName, onBehalfOf: out.entry.onBehalfOf! }
      : null;
    const after = await tx.petition.update({
      where: { id, version: p.version },
      data: { ...out.data, ...(out.to ? { state: out.to } : {}), version: { increment: 1 } },
    });
    const note = out.event?.note ?? ("note" in input ? (input.note ?? null) : null);
    await tx.petitionEvent.create({
      data: {
        townshipId: actor.townshipId,
        petitionId: id,
        type: out.event?.type ?? EVENT[step.name],
        note,
        actorUserId: actor.userId,
        ...onBehalfColumns(out.entry.day, who),
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: out.action ?? step.audit,
      recordType: "Petition",
      recordId: id,
      before: p,
      after: { ...after, step: step.name, note, ...out.audit, ...onBehalfAudit(out.entry.day, who) },
    });
    if (out.notices?.length) await notify(tx, out.notices);
    return after;
  });
}

/**
 * One step of the chain (POST /api/v1/petitions/{id}/transitions). The answer carries the chain's own
 * fields only — never the petitioner's personal data, whoever asks.
 */
export async function transitionPetition(actor: Actor, id: string, input: PetitionTransitionInput) {
  const after = await runStep(actor, id, input as StepInput<PetitionStepName>);
  const day = (d: Date | null) => (d ? formatDay(d) : null);
  return {
    id,
    step: input.step,
    state: after.state,
    version: after.version,
    intake: after.intake,
    acceptedOn: day(after.acceptedOn),
    notifiedOn: day(after.notifiedOn),
    dueDate: day(after.dueDate),
    extensionDays: after.extensionDays,
    closedOn: day(after.closedOn),
  };
}

/** The steps the actor may take on the petition now, each open or with the reason (GET …/transitions). */
export async function petitionSteps(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const p = await loadPetition(sdb, actor, id, "petition.transition");
  const r = await loadStepRecord(sdb, actor, p);
  return {
    id,
    state: p.state,
    version: p.version,
    category: p.category,
    recused: r.recused,
    /** The actor's unit's last day to object (Art. 23 para 3), while its assignment is active. */
    objectBy: r.mine?.returnBy ? formatDay(r.mine.returnBy) : null,
    steps: r.recused ? [] : stepsFor(actor, r, todayInChina()),
    /** The letters the record supports now (generated for the office and the chair). */
    letters: {
      notice: !!p.intake,
      opinion: !!r.lastAnsweredOn,
      extension: p.extensionDays != null,
    },
  };
}
