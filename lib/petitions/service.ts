// Writing the petition record: 登记 (createPetition — also what a reception day calls to turn a
// visitor's issue into a petition) and the office's correction of the registration (updatePetition).
// One transaction each: the petition, its petitioners, the timeline event, the files and the audit
// row are written together or not at all. Reading is in list.ts and detail.ts.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import type { UploadedFile } from "@/lib/files/upload";
import { onBehalfAudit, onBehalfColumns, occurredDay, type OnBehalf } from "@/lib/records/on-behalf";
import { formatDay, todayInChina } from "@/lib/time/day";
import { nextPetitionNumber } from "@/lib/petitions/numbers";
import type { PetitionCreateData, PetitionerInput } from "@/lib/petitions/schema";
import { storePetitionFiles } from "@/lib/petitions/attachments";
import { assertReferences, assertRegistration, petitionerRows, registrationAudit } from "@/lib/petitions/registration";

export interface CreatePetitionOptions {
  /** A reception day's visit this petition comes from (its deputy may then see the petition). */
  receptionVisitId?: string | null;
  /** The deputy who received the visitor at the reception day. */
  receivedByDeputyId?: string | null;
  /** Run inside the caller's transaction (a reception day turns an issue into a petition in one step). */
  tx?: ScopedTx;
  /** Files read by withRoute (a letter's scan …), stored in the same transaction. */
  files?: UploadedFile[];
}

export interface CreatedPetition {
  id: string;
  number: string;
  receivedOn: string;
  version: number;
}

/** 代录: a petition received before the day it is keyed is the office's entry with the real day. */
function onBehalfOf(actor: Actor, receivedOn: Date, petitioners: PetitionerInput[]): OnBehalf | null {
  if (receivedOn.getTime() >= todayInChina().getTime()) return null;
  const first = petitioners[0]?.name ?? "信访人";
  const onBehalf = petitioners.length > 1 ? `${first}等${petitioners.length}人` : first;
  return { enteredById: actor.userId, enteredBy: actor.displayName, onBehalfOf: onBehalf.slice(0, 100) };
}

async function createIn(tx: ScopedTx, actor: Actor, input: PetitionCreateData, opts: CreatePetitionOptions) {
  const receivedOn = occurredDay(input.receivedOn, { field: "receivedOn", label: "收到日期" });
  const county = input.channel === "COUNTY_TRANSFER";
  await assertRegistration({ ...input, receivedOn: formatDay(receivedOn) });
  await assertReferences(tx, input, opts);
  const number = await nextPetitionNumber(tx, actor.townshipId, receivedOn.getUTCFullYear());
  const who = onBehalfOf(actor, receivedOn, input.petitioners);
  const petition = await tx.petition.create({
    data: {
      townshipId: actor.townshipId,
      number,
      channel: input.channel,
      sourceDocNo: county ? input.sourceDocNo : null,
      sourceDocDate: county && input.sourceDocDate ? new Date(`${input.sourceDocDate}T00:00:00Z`) : null,
      receivedOn,
      subject: input.subject,
      content: input.content,
      category: input.category,
      collective: input.collective,
      visitorCount: input.collective ? input.visitorCount : null,
      accusedUnitId: input.category === "ACCUSATION" ? input.accusedUnitId : null,
      accusedName: input.category === "ACCUSATION" ? input.accusedName : null,
      duplicateOfId: input.duplicateOfId,
      receptionVisitId: opts.receptionVisitId ?? null,
      receivedByDeputyId: opts.receivedByDeputyId ?? null,
      createdById: actor.userId,
      enteredById: who?.enteredById ?? null,
      onBehalfOf: who?.onBehalfOf ?? null,
      petitioners: { create: petitionerRows(actor.townshipId, input.petitioners, input.collective) },
    },
    select: { id: true, number: true, version: true },
  });
  await tx.petitionEvent.create({
    data: {
      townshipId: actor.townshipId,
      petitionId: petition.id,
      type: "registered",
      note: input.subject,
      actorUserId: actor.userId,
      ...onBehalfColumns(receivedOn, who),
    },
  });
  const files = opts.files?.length ? await storePetitionFiles(tx, actor, petition.id, opts.files) : [];
  await recordAudit(tx, subjectOf(actor), {
    action: "petition.registered",
    recordType: "Petition",
    recordId: petition.id,
    after: {
      ...registrationAudit({ ...input, receivedOn: formatDay(receivedOn) }),
      number,
      receptionVisitId: opts.receptionVisitId ?? null,
      receivedByDeputyId: opts.receivedByDeputyId ?? null,
      files: files.length,
      ...onBehalfAudit(receivedOn, who),
    },
  });
  return { id: petition.id, number: petition.number!, receivedOn: formatDay(receivedOn), version: petition.version };
}

/**
 * 登记: the office registers a petition (a letter, a visit, a call, an online petition, a case the
 * county congress passed down), with its real day of receipt. Reception days call it with
 * `receptionVisitId` and `receivedByDeputyId`, inside their own transaction (`opts.tx`).
 * `input` is the parsed `PetitionCreateInput`.
 */
export async function createPetition(
  actor: Actor,
  input: PetitionCreateData,
  opts: CreatePetitionOptions = {},
): Promise<CreatedPetition> {
  assertCan(actor, "petition.create");
  if (opts.tx) return createIn(opts.tx, actor, input, opts);
  return scopedDb(actor.townshipId).$transaction((tx) => createIn(tx, actor, input, opts));
}

export { updatePetition } from "@/lib/petitions/update";
