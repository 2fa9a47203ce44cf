// The office corrects a petition's registration while it is open (PATCH /api/v1/petitions/{id}):
// under the row's lock, at the version the form was read at (409 otherwise), the merged record
// checked as a whole like a new one, the petitioners replaced when given, a timeline event and one
// audit row with what changed (personal data masked) — one transaction.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { lockAndRead } from "@/lib/db/locks";
import { scopedDb } from "@/lib/db/township-scope";
import type { Petition } from "@/lib/generated/prisma/client";
import { conflict, validation } from "@/lib/http/errors";
import { CONFLICT_MESSAGES } from "@/lib/db/errors";
import { occurredDay } from "@/lib/records/on-behalf";
import { formatDay, parseDay } from "@/lib/time/day";
import { loadPetition } from "@/lib/petitions/access";
import { registrationEditable } from "@/lib/petitions/policy";
import type { PetitionUpdateInput } from "@/lib/petitions/schema";
import { assertReferences, assertRegistration, petitionerRows, registrationAudit } from "@/lib/petitions/registration";

const dayOrNull = (d: Date | null) => (d ? formatDay(d) : null);

/** The stored registration in the input's shape. */
const storedFields = (p: Petition) => ({
  channel: p.channel,
  sourceDocNo: p.sourceDocNo,
  sourceDocDate: dayOrNull(p.sourceDocDate),
  receivedOn: formatDay(p.receivedOn),
  subject: p.subject,
  content: p.content,
  category: p.category,
  collective: p.collective,
  visitorCount: p.visitorCount,
  accusedUnitId: p.accusedUnitId,
  accusedName: p.accusedName,
  duplicateOfId: p.duplicateOfId,
});
type Fields = ReturnType<typeof storedFields>;

/** The clock has started from the day of receipt: it may not move past what followed it. */
function assertReceivedBeforeLaterSteps(p: Petition, receivedOn: Date) {
  const later = [
    ["受理日期", p.acceptedOn],
    ["告知日期", p.notifiedOn],
  ] as const;
  for (const [label, day] of later)
    if (day && receivedOn.getTime() > day.getTime())
      throw validation({ receivedOn: `收到日期：不能晚于${label}（${formatDay(day)}）` });
}

/** Art. 30 para 3: an accusation is never with the unit it accuses — not even by correcting the registration. */
async function assertNotWithAccused(tx: Parameters<typeof assertReferences>[0], id: string, merged: Fields) {
  if (merged.category !== "ACCUSATION" || !merged.accusedUnitId) return;
  const held = await tx.petitionAssignment.count({
    where: { petitionId: id, unitId: merged.accusedUnitId, active: true },
  });
  if (held)
    throw validation({
      accusedUnitId: "被检举单位：该单位正在承办此件，检举控告材料不得转送被检举单位（信访工作条例第三十条第三款）",
    });
}

function mergedFields(p: Petition, input: PetitionUpdateInput, receivedOn: Date): Fields {
  const stored = storedFields(p);
  // Only the registration's own columns (not `version`, not `petitioners`), and only those given.
  const given = Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && k in stored));
  const merged = { ...stored, ...given, receivedOn: formatDay(receivedOn) } as Fields;
  const county = merged.channel === "COUNTY_TRANSFER";
  const accusation = merged.category === "ACCUSATION";
  return {
    ...merged,
    sourceDocNo: county ? merged.sourceDocNo : null,
    sourceDocDate: county ? merged.sourceDocDate : null,
    visitorCount: merged.collective ? merged.visitorCount : null,
    accusedUnitId: accusation ? merged.accusedUnitId : null,
    accusedName: accusation ? merged.accusedName : null,
  };
}

const changedKeys = (before: Fields, after: Fields) =>
  (Object.keys(after) as (keyof Fields)[]).filter((k) => before[k] !== after[k]);

/** PATCH: the registration's fields given replace the stored ones; `petitioners`, when given, all of them. */
export async function updatePetition(actor: Actor, id: string, input: PetitionUpdateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const row = await lockAndRead<Petition>(tx, "Petition", id, actor.townshipId);
    const p = await loadPetition(tx, actor, id, "petition.update", row);
    const editable = registrationEditable(actor, p);
    if (editable !== true) throw conflict(editable);
    if (p.version !== input.version) throw conflict(CONFLICT_MESSAGES.stale);
    const receivedOn =
      input.receivedOn === undefined
        ? p.receivedOn
        : occurredDay(input.receivedOn, { field: "receivedOn", label: "收到日期" });
    assertReceivedBeforeLaterSteps(p, receivedOn);
    const before = storedFields(p);
    const after = mergedFields(p, input, receivedOn);
    const current = await tx.petitioner.findMany({ where: { petitionId: id }, orderBy: { position: "asc" } });
    const petitioners = input.petitioners ?? current;
    await assertRegistration({ ...after, petitioners });
    await assertReferences(tx, after, { selfId: id });
    await assertNotWithAccused(tx, id, after);
    const keys = changedKeys(before, after);
    const collectiveChanged = before.collective !== after.collective;
    if (!keys.length && !input.petitioners) return { id, number: p.number, version: p.version, changed: [] };
    const { sourceDocDate, ...plain } = after;
    const updated = await tx.petition.update({
      where: { id, version: input.version },
      data: {
        ...plain,
        receivedOn, // the Date, over the text
        sourceDocDate: sourceDocDate ? parseDay(sourceDocDate) : null,
        version: { increment: 1 },
      },
      select: { id: true, number: true, version: true },
    });
    if (input.petitioners || collectiveChanged) {
      const rows = input.petitioners ?? current;
      await tx.petitioner.deleteMany({ where: { petitionId: id } });
      await tx.petitioner.createMany({
        data: petitionerRows(actor.townshipId, rows, after.collective).map((r) => ({ ...r, petitionId: id })),
      });
    }
    const changed = [...keys, ...(input.petitioners ? ["petitioners"] : [])];
    await tx.petitionEvent.create({
      data: { townshipId: actor.townshipId, petitionId: id, type: "updated", actorUserId: actor.userId },
    });
    const pick = (f: Fields) => Object.fromEntries(keys.map((k) => [k, f[k]]));
    await recordAudit(tx, subjectOf(actor), {
      action: "petition.updated",
      recordType: "Petition",
      recordId: id,
      before: registrationAudit({ ...pick(before), ...(input.petitioners ? { petitioners: current } : {}) }),
      after: registrationAudit({ ...pick(after), ...(input.petitioners ? { petitioners: input.petitioners } : {}) }),
    });
    return { ...updated, changed };
  });
}
