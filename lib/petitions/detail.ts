// One petition as the actor may see it: the header, the petitioners (phone, ID number and address
// masked unless the office or the chair asked for them — that view is logged in the same
// transaction), the content, the files (office and chair), the timeline from PetitionEvent and
// whether the registration may still be corrected. The handling chain adds its own part
// (lib/petitions/transitions.ts) beside this.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { onBehalfCaption } from "@/lib/records/on-behalf";
import { formatDay, todayInChina } from "@/lib/time/day";
import { loadPetition } from "@/lib/petitions/access";
import { listPetitionFiles } from "@/lib/petitions/attachments";
import { PERSONAL_DATA_NOTE, codedValues, PETITION_EVENT_LABELS, PETITION_INTAKE_LABELS } from "@/lib/petitions/labels";
import { personalViewFor, registrationEditable } from "@/lib/petitions/policy";
import { logPersonalDataView, presentPetitioner, type PersonalDataPurpose } from "@/lib/petitions/privacy";

const day = (d: Date | null) => (d ? formatDay(d) : null);

async function related(tx: ScopedTx, p: { id: string; duplicateOfId: string | null }, actor: Actor) {
  return Promise.all([
    tx.petitioner.findMany({ where: { petitionId: p.id }, orderBy: { position: "asc" } }),
    tx.petitionEvent.findMany({ where: { petitionId: p.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    listPetitionFiles(tx, actor, p.id),
    // The linked petitions only as far as the actor may see them (office and chair: all).
    can(actor, "petition.reveal_personal")
      ? tx.petition.findMany({
          where: { OR: [...(p.duplicateOfId ? [{ id: p.duplicateOfId }] : []), { duplicateOfId: p.id }] },
          select: { id: true, number: true, subject: true, duplicateOfId: true },
        })
      : [],
  ]);
}

async function names(tx: ScopedTx, userIds: (string | null)[]) {
  const ids = [...new Set(userIds.filter((x): x is string => !!x))];
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}

/**
 * GET /api/v1/petitions/{id} and the record's page. `reveal`: the office or the chair asks for the
 * personal data in full (显示完整信息); `purpose` says why in the log ("edit" for the correction form).
 */
export async function getPetition(
  actor: Actor,
  id: string,
  opts: { reveal?: boolean; purpose?: PersonalDataPurpose } = {},
) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const p = await loadPetition(tx, actor, id);
    const view = personalViewFor(actor, !!opts.reveal);
    const [petitioners, events, attachments, links] = await related(tx, p, actor);
    const [people, accused, deputy] = await Promise.all([
      names(tx, [p.createdById, p.enteredById, ...events.flatMap((e) => [e.actorUserId, e.enteredById])]),
      p.accusedUnitId
        ? tx.handlingUnit.findFirst({ where: { id: p.accusedUnitId }, select: { id: true, name: true } })
        : null,
      p.receivedByDeputyId
        ? tx.deputy.findFirst({ where: { id: p.receivedByDeputyId }, select: { id: true, name: true } })
        : null,
    ]);
    if (view === "FULL")
      await logPersonalDataView(
        tx,
        actor,
        p,
        petitioners.map((x) => x.id),
        opts.purpose ?? "view",
      );
    const editable = registrationEditable(actor, p);
    return {
      id: p.id,
      number: p.number,
      ...codedValues(p),
      sourceDocNo: p.sourceDocNo,
      sourceDocDate: day(p.sourceDocDate),
      receivedOn: formatDay(p.receivedOn),
      subject: p.subject,
      content: p.content,
      collective: p.collective,
      visitorCount: p.visitorCount,
      accusedUnit: accused,
      accusedName: p.accusedName,
      intake: p.intake,
      intakeLabel: p.intake ? PETITION_INTAKE_LABELS[p.intake] : null,
      due: day(p.dueDate),
      duplicateOf: links.find((l) => l.id === p.duplicateOfId) ?? null,
      duplicates: links
        .filter((l) => l.duplicateOfId === p.id)
        .map(({ id: lid, number, subject }) => ({ id: lid, number, subject })),
      receivedByDeputy: deputy,
      fromReception: !!p.receptionVisitId,
      registeredBy: p.createdById ? (people.get(p.createdById) ?? null) : null,
      /** 代录: received before the day it was keyed, entered by the office with the real day. */
      onBehalf: p.enteredById
        ? { of: p.onBehalfOf, caption: onBehalfCaption(people.get(p.enteredById) ?? "人大办") }
        : null,
      petitioners: petitioners.map((x) => presentPetitioner(x, view)),
      personal: {
        view,
        canReveal: can(actor, "petition.reveal_personal"),
        note: PERSONAL_DATA_NOTE,
      },
      attachments,
      events: events.map((e) => ({
        id: e.id,
        type: e.type,
        label: PETITION_EVENT_LABELS[e.type] ?? e.type,
        note: e.note,
        day: formatDay(e.occurredOn ?? todayInChina(e.createdAt)),
        by: e.actorUserId ? (people.get(e.actorUserId) ?? null) : "系统",
        caption: e.enteredById ? onBehalfCaption(people.get(e.enteredById) ?? "人大办") : null,
      })),
      /** The office may correct the registration now (true), or why not. */
      editable: editable === true ? true : editable,
      version: p.version,
    };
  });
}
export type PetitionDetail = Awaited<ReturnType<typeof getPetition>>;
