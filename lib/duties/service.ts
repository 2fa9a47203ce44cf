// The duty register (履职登记, 代表法第五十八条第二款): a deputy logs their own duties, the office keys entries from
// paper for a deputy (代录, with the real day), verifies them or returns them with a reason; a returned entry is
// corrected and resubmitted by its owner.
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockAndRead } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict, notFound, validation } from "@/lib/http/errors";
import { skipTake } from "@/lib/http/validation";
import type { DeputyDuty } from "@/lib/generated/prisma/client";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { onBehalfAudit, type OnBehalf } from "@/lib/records/on-behalf";
import { getSettings } from "@/lib/settings";
import { photoUploadSpec, storePhoto } from "@/lib/files/photos";
import { storedFileOrNotFound } from "@/lib/files/store";
import type { UploadedFile } from "@/lib/files/upload";
import { deputyNameOrderBy, nameOrder } from "@/lib/roster/public";
import { DUTY_KIND_LABELS, DUTY_STATE_LABELS } from "@/lib/duties/labels";
import { checkDutyDay, PRESIDIUM_KINDS, takesHouseholds, takesVoters, yearRange } from "@/lib/duties/rules";
import { canViewDuty, dutySteps, editAvailable, reviewAvailable, visibleDeputyWhere } from "@/lib/duties/policy";
import type { DutyCreateInput, DutyListQuery, DutyReviewInput, DutyUpdateInput } from "@/lib/duties/schema";

type Db = ScopedDb | ScopedTx;
const MAX_PHOTOS = 3;

export const DUTY_PHOTO_UPLOAD = photoUploadSpec(async () => ({
  maxFiles: MAX_PHOTOS,
  maxMb: (await getSettings())["duties.photoMaxMb"],
}));
export const DUTY_PHOTO_UPLOAD_OPTIONAL = { ...DUTY_PHOTO_UPLOAD, optional: true };

/** The deputies a presidium member is linked to (联系代表); empty for other roles. */
export async function linkedDeputyIds(sdb: Db, actor: Actor): Promise<string[]> {
  if (actor.role !== "PRESIDIUM") return [];
  const rows = await sdb.presidiumLink.findMany({ where: { memberId: actor.userId }, select: { deputyId: true } });
  return rows.map((r) => r.deputyId);
}

const NOT_FOUND = "履职登记不存在";

/** The entry the actor may see, or 404. */
export async function loadDuty(sdb: Db, actor: Actor, id: string, locked = false): Promise<DeputyDuty> {
  const d = locked
    ? await lockAndRead<DeputyDuty>(sdb, "DeputyDuty", id, actor.townshipId)
    : await sdb.deputyDuty.findUnique({ where: { id } });
  if (!d || !canViewDuty(actor, d, await linkedDeputyIds(sdb, actor))) throw notFound(NOT_FOUND);
  return d;
}

function entryJson(d: DeputyDuty & { deputy?: { name: string } | null }) {
  return {
    id: d.id,
    deputyId: d.deputyId,
    deputyName: d.deputy?.name ?? null,
    kind: d.kind,
    kindLabel: DUTY_KIND_LABELS[d.kind],
    occurredOn: formatDay(d.occurredOn),
    description: d.description,
    voters: d.voters,
    households: d.households,
    persons: d.persons,
    incomeRaised: d.incomeRaised ? Number(d.incomeRaised) : null,
    state: d.state,
    stateLabel: DUTY_STATE_LABELS[d.state],
    returnReason: d.returnReason,
    reviewedAt: d.reviewedAt,
    onBehalfOf: d.onBehalfOf,
    enteredById: d.enteredById,
    version: d.version,
    createdAt: d.createdAt,
  };
}

/** The list's filter (listDuties), for the list and the counts that link to it. */
async function dutyListWhere(sdb: Db, actor: Actor, q: Pick<DutyListQuery, "year" | "deputyId" | "kind" | "state">) {
  return {
    AND: [
      visibleDeputyWhere(actor, await linkedDeputyIds(sdb, actor)),
      q.year ? { occurredOn: yearRange(q.year) } : {},
      q.deputyId ? { deputyId: q.deputyId } : {},
      q.kind ? { kind: q.kind } : {},
      q.state ? { state: q.state } : {},
    ],
  };
}

/** How many entries the list of the same filter shows (the landing page's to-do). */
export async function countDuties(actor: Actor, q: Pick<DutyListQuery, "year" | "deputyId" | "kind" | "state">) {
  if (!can(actor, "duty.view")) return 0;
  const sdb = scopedDb(actor.townshipId);
  return sdb.deputyDuty.count({ where: await dutyListWhere(sdb, actor, q) });
}

export async function listDuties(actor: Actor, q: DutyListQuery) {
  const sdb = scopedDb(actor.townshipId);
  const where = await dutyListWhere(sdb, actor, q);
  const [rows, total] = await Promise.all([
    sdb.deputyDuty.findMany({
      where,
      orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      ...skipTake(q),
      include: {
        deputy: { select: { name: true } },
        photos: { orderBy: { createdAt: "asc" }, select: { id: true, filename: true } },
      },
    }),
    sdb.deputyDuty.count({ where }),
  ]);
  return {
    items: rows.map(({ photos, ...d }) => ({
      ...entryJson(d),
      photos: photos.length,
      photoList: photos,
      steps: dutySteps(actor, d),
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function getDuty(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const d = await loadDuty(sdb, actor, id);
  const [deputy, photos] = await Promise.all([
    sdb.deputy.findUnique({ where: { id: d.deputyId }, select: { name: true } }),
    sdb.deputyDutyPhoto.findMany({
      where: { dutyId: id },
      orderBy: { createdAt: "asc" },
      select: { id: true, filename: true, mimeType: true, size: true },
    }),
  ]);
  return { ...entryJson({ ...d, deputy }), photos, steps: dutySteps(actor, d) };
}

/** The deputy the entry is for: the actor's own record, or (office) the one named. */
async function ownerOf(tx: ScopedTx, actor: Actor, deputyId: string | null | undefined) {
  const own = actor.role !== "OFFICE";
  if (own && !actor.deputyId) throw validation({ deputyId: "代表：本账号未关联代表记录，请由人大办代录" });
  if (own && deputyId && deputyId !== actor.deputyId) throw new AppError("FORBIDDEN", "只能登记本人的履职");
  const id = own ? actor.deputyId! : deputyId;
  if (!id) throw validation({ deputyId: "代表：请选择代表" });
  const deputy = await tx.deputy.findUnique({
    where: { id },
    select: { id: true, name: true, startDate: true, leftDate: true },
  });
  if (!deputy) throw validation({ deputyId: "代表：不存在" });
  return deputy;
}

/** The entry's content checked against the deputy: the day within their service, presidium kinds. */
async function checkEntry(
  tx: ScopedTx,
  deputy: { id: string; startDate: Date; leftDate: Date | null },
  input: DutyCreateInput | DutyUpdateInput,
) {
  const today = todayInChina();
  const day = input.occurredOn ? parseDay(input.occurredOn) : today;
  const wrongDay = checkDutyDay(day, deputy, today);
  if (wrongDay) throw validation({ occurredOn: wrongDay });
  if (PRESIDIUM_KINDS.includes(input.kind)) {
    const member = await tx.user.count({ where: { deputyId: deputy.id, role: "PRESIDIUM" } });
    if (!member) throw validation({ kind: "履职类型：走访困难代表由主席团成员登记" });
  }
  return {
    kind: input.kind,
    occurredOn: day,
    description: input.description,
    voters: takesVoters(input.kind) ? (input.voters ?? null) : null,
    households: takesHouseholds(input.kind) ? (input.households ?? null) : null,
    persons: takesHouseholds(input.kind) ? (input.persons ?? null) : null,
    incomeRaised: takesHouseholds(input.kind) ? (input.incomeRaised ?? null) : null,
  };
}

async function savePhotos(tx: ScopedTx, actor: Actor, dutyId: string, files: UploadedFile[]) {
  if (!files.length) return;
  const existing = await tx.deputyDutyPhoto.count({ where: { dutyId } });
  if (existing + files.length > MAX_PHOTOS)
    throw validation({ photos: `照片：每条登记最多 ${MAX_PHOTOS} 张（已有 ${existing} 张）` });
  for (const f of files) {
    const meta = await storePhoto(tx, actor.townshipId, "duties", f);
    await tx.deputyDutyPhoto.create({
      data: { townshipId: actor.townshipId, dutyId, uploadedById: actor.userId, ...meta },
    });
  }
}

/** A deputy logs their own duty (from a phone); the office keys one for a deputy from paper (代录). */
export async function createDuty(actor: Actor, input: DutyCreateInput, files: UploadedFile[] = []) {
  assertCan(actor, "duty.create");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const deputy = await ownerOf(tx, actor, input.deputyId);
    const entry = await checkEntry(tx, deputy, input);
    const who: OnBehalf | null =
      actor.deputyId === deputy.id
        ? null
        : { enteredById: actor.userId, enteredBy: actor.displayName, onBehalfOf: deputy.name };
    const d = await tx.deputyDuty.create({
      data: {
        townshipId: actor.townshipId,
        deputyId: deputy.id,
        ...entry,
        createdById: actor.userId,
        enteredById: who?.enteredById ?? null,
        onBehalfOf: who?.onBehalfOf ?? null,
      },
    });
    await savePhotos(tx, actor, d.id, files);
    await recordAudit(tx, subjectOf(actor), {
      action: "duty.created",
      recordType: "DeputyDuty",
      recordId: d.id,
      after: { ...entryJson(d), photos: files.length, ...onBehalfAudit(d.occurredOn, who) },
    });
    return { ...entryJson(d), steps: dutySteps(actor, d) };
  });
}

/** The owner (or the office) corrects an entry not yet verified; a returned one goes back for review. */
export async function updateDuty(actor: Actor, id: string, input: DutyUpdateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const d = await loadDuty(tx, actor, id, true);
    const ok = editAvailable(actor, d);
    if (ok !== true) throw d.state === "VERIFIED" ? conflict(ok) : new AppError("FORBIDDEN", ok);
    if (d.version !== input.version) throw conflict();
    const deputy = await tx.deputy.findUniqueOrThrow({
      where: { id: d.deputyId },
      select: { id: true, startDate: true, leftDate: true },
    });
    const entry = await checkEntry(tx, deputy, input);
    const after = await tx.deputyDuty.update({
      where: { id },
      data: { ...entry, state: "SUBMITTED", returnReason: null, version: { increment: 1 } },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "duty.updated",
      recordType: "DeputyDuty",
      recordId: id,
      before: entryJson(d),
      after: entryJson(after),
    });
    return { ...entryJson(after), steps: dutySteps(actor, after) };
  });
}

/** The office verifies an entry, or returns it with the reason. */
export async function reviewDuty(actor: Actor, id: string, input: DutyReviewInput) {
  assertCan(actor, "duty.review");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const d = await loadDuty(tx, actor, id, true);
    const ok = reviewAvailable(actor, d);
    if (ok !== true) throw conflict(ok);
    if (d.version !== input.version) throw conflict();
    const verify = input.decision === "verify";
    const after = await tx.deputyDuty.update({
      where: { id },
      data: {
        state: verify ? "VERIFIED" : "RETURNED",
        returnReason: verify ? null : input.reason,
        reviewedById: actor.userId,
        reviewedAt: new Date(),
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: verify ? "duty.verified" : "duty.returned",
      recordType: "DeputyDuty",
      recordId: id,
      before: { state: d.state },
      after: { state: after.state },
      reason: verify ? null : input.reason,
    });
    return { ...entryJson(after), steps: dutySteps(actor, after) };
  });
}

/** More photos on an entry its owner (or the office) may still change. */
export async function addDutyPhotos(actor: Actor, id: string, files: UploadedFile[]) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const d = await loadDuty(tx, actor, id, true);
    const ok = editAvailable(actor, d);
    if (ok !== true) throw d.state === "VERIFIED" ? conflict(ok) : new AppError("FORBIDDEN", ok);
    await savePhotos(tx, actor, id, files);
    await recordAudit(tx, subjectOf(actor), {
      action: "duty.updated",
      recordType: "DeputyDuty",
      recordId: id,
      after: { photosAdded: files.map((f) => ({ filename: f.filename, size: f.size })) },
    });
    return getDutyIn(tx, actor, id);
  });
}

async function getDutyIn(tx: ScopedTx, actor: Actor, id: string) {
  const photos = await tx.deputyDutyPhoto.findMany({
    where: { dutyId: id },
    orderBy: { createdAt: "asc" },
    select: { id: true, filename: true, mimeType: true, size: true },
  });
  return { id, photos };
}

/** A photo's bytes for whoever may see the entry. */
export async function openDutyPhoto(actor: Actor, id: string, photoId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadDuty(sdb, actor, id);
  const p = await sdb.deputyDutyPhoto.findFirst({ where: { id: photoId, dutyId: id } });
  if (!p) throw notFound("照片不存在");
  const file = await storedFileOrNotFound(sdb, p.storageKey, { dutyId: id, photoId });
  return { filename: p.filename, mimeType: p.mimeType, size: file.size, bytes: file.bytes };
}

/** Deputies the office may key entries for (代录), in name order. */
export async function dutyDeputyOptions(actor: Actor) {
  if (!can(actor, "duty.review")) return [];
  return scopedDb(actor.townshipId).deputy.findMany({
    where: { status: "SITTING" },
    orderBy: deputyNameOrderBy(await nameOrder()),
    select: { id: true, name: true },
  });
}
