// Visitors at a reception day and their issues: recorded by a deputy on duty, or by the office from the day's
// paper register (代录: the real day is the reception day's date, the entry marked as keyed for the deputy who
// received the visitor); the issue solved on the spot or later; and turned into a deputy's suggestion (through
// the suggestions' own rules, createSuggestionIn) in one step, linked both ways.
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, forbidden, notFound, validation } from "@/lib/http/errors";
import { onBehalfAudit, type OnBehalf } from "@/lib/records/on-behalf";
import type { ReceptionDay } from "@/lib/generated/prisma/client";
import { formatDay, todayInChina } from "@/lib/time/day";
import { createSuggestionIn } from "@/lib/suggestions/public";
import { createPetition } from "@/lib/petitions/public";
import { assertNotCancelled, lockDay, type LoadedDay } from "@/lib/reception/access";
import { canRecordVisit } from "@/lib/reception/policy";
import type { ReceptionVisitInput, ReceptionVisitUpdateInput, VisitConversionInput } from "@/lib/reception/schema";

/** Visitors are recorded on the day or after it, never before. */
function assertDayCome(d: ReceptionDay, what: string) {
  if (d.date.getTime() > todayInChina().getTime()) throw conflict(`接待日（${formatDay(d.date)}）未到，不能${what}`);
}

/** The receiving deputy: a deputy recording is that deputy; otherwise the one named, who must be on duty. */
async function receiverOf(tx: ScopedTx, actor: Actor, d: LoadedDay, given: string | null) {
  const deputyId = actor.role === "DEPUTY" ? actor.deputyId : given;
  if (!deputyId) return null;
  const duty = await tx.receptionDuty.findFirst({
    where: { receptionDayId: d.id, deputyId },
    include: { deputy: { select: { id: true, name: true } } },
  });
  if (!duty) throw validation({ receivedByDeputyId: "接待代表：须是当天值班的代表" });
  return duty.deputy;
}

/** The office keying a deputy's register entry: 代录, with who keyed it for whom. */
const onBehalf = (actor: Actor, receiver: { name: string } | null): OnBehalf | null =>
  actor.role === "OFFICE" && receiver
    ? { enteredById: actor.userId, enteredBy: actor.displayName, onBehalfOf: receiver.name }
    : null;

export async function recordVisit(actor: Actor, dayId: string, input: ReceptionVisitInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { day: d, onDuty } = await lockDay(tx, actor, dayId);
    if (!canRecordVisit(actor, d, onDuty)) throw forbidden();
    assertNotCancelled(d, "登记来访");
    assertDayCome(d, "登记来访");
    const receiver = await receiverOf(tx, actor, d, input.receivedByDeputyId ?? null);
    if (input.solution && !input.solved) throw validation({ solution: "解决情况：未解决时不填写" });
    const position = await tx.receptionVisit.count({ where: { receptionDayId: dayId } });
    const v = await tx.receptionVisit.create({
      data: {
        townshipId: actor.townshipId,
        receptionDayId: dayId,
        visitorName: input.visitorName,
        phone: input.phone,
        address: input.address,
        issue: input.issue,
        solved: input.solved,
        solution: input.solution,
        receivedByDeputyId: receiver?.id ?? null,
        position,
        createdById: actor.userId,
      },
    });
    if (!d.heldOn) await tx.receptionDay.update({ where: { id: dayId }, data: { heldOn: d.date } });
    await recordAudit(tx, subjectOf(actor), {
      action: "reception.visit_recorded",
      recordType: "ReceptionVisit",
      recordId: v.id,
      after: { ...v, ...onBehalfAudit(d.date, onBehalf(actor, receiver)) },
    });
    return { id: v.id, position: v.position };
  });
}

async function loadVisit(tx: ScopedTx, dayId: string, visitId: string) {
  const v = await tx.receptionVisit.findFirst({
    where: { id: visitId, receptionDayId: dayId },
    include: { petition: { select: { id: true } } },
  });
  if (!v) throw notFound("来访记录不存在");
  return v;
}

/** The issue solved afterwards, and how (the office, or the deputy who received the visitor). */
export async function updateVisit(actor: Actor, dayId: string, visitId: string, input: ReceptionVisitUpdateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { day: d, onDuty } = await lockDay(tx, actor, dayId);
    if (!canRecordVisit(actor, d, onDuty)) throw forbidden();
    const before = await loadVisit(tx, dayId, visitId);
    if (actor.role === "DEPUTY" && before.receivedByDeputyId !== actor.deputyId) throw forbidden();
    if (input.solved && !input.solution) throw validation({ solution: "解决情况：已解决时请写明如何解决" });
    const after = await tx.receptionVisit.update({
      where: { id: visitId },
      data: { solved: input.solved, solution: input.solved ? input.solution : null },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "reception.visit_updated",
      recordType: "ReceptionVisit",
      recordId: visitId,
      before: { solved: before.solved, solution: before.solution },
      after: { solved: after.solved, solution: after.solution },
    });
    return { id: visitId, solved: after.solved, solution: after.solution };
  });
}

/**
 * The issue becomes a suggestion led by the receiving deputy (or the one named), raised on the reception day;
 * or a petition (来访, received on the reception day, the visitor as petitioner) through the petitions' own
 * registration — in this transaction, so the link and the record are written together, once.
 */
export async function convertVisit(actor: Actor, dayId: string, visitId: string, input: VisitConversionInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { day: d } = await lockDay(tx, actor, dayId);
    const v = await loadVisit(tx, dayId, visitId);
    if (v.suggestionId || v.petition) throw conflict("该来访反映的问题已经转办，不能重复转办");
    const out =
      input.to === "suggestion" ? await toSuggestion(tx, actor, d, v, input) : await toPetition(tx, actor, d, v, input);
    await recordAudit(tx, subjectOf(actor), {
      action: "reception.visit_converted",
      recordType: "ReceptionVisit",
      recordId: visitId,
      after: { to: input.to, ...out },
    });
    return {
      visitId,
      to: input.to,
      suggestionId: "suggestionId" in out ? out.suggestionId : null,
      petitionId: "petitionId" in out ? out.petitionId : null,
    };
  });
}

type Visit = Awaited<ReturnType<typeof loadVisit>>;

async function toSuggestion(
  tx: ScopedTx,
  actor: Actor,
  d: LoadedDay,
  v: Visit,
  input: Extract<VisitConversionInput, { to: "suggestion" }>,
) {
  const deputyId = input.deputyId ?? v.receivedByDeputyId;
  if (!deputyId) throw validation({ deputyId: "领衔代表：请选择代表（接待该来访的代表）" });
  const s = await createSuggestionIn(tx, actor, {
    kind: "SUGGESTION",
    title: input.title,
    content: input.content ?? v.issue,
    categoryId: input.categoryId,
    sessionId: null,
    deputyId,
    raisedOn: formatDay(d.date),
    cosignerIds: [],
    draft: false,
  });
  await tx.receptionVisit.update({ where: { id: v.id }, data: { suggestionId: s.id } });
  return { suggestionId: s.id, deputyId, title: input.title };
}

async function toPetition(
  tx: ScopedTx,
  actor: Actor,
  d: LoadedDay,
  v: Visit,
  input: Extract<VisitConversionInput, { to: "petition" }>,
) {
  const p = await createPetition(
    actor,
    {
      channel: "VISIT",
      sourceDocNo: null,
      sourceDocDate: null,
      receivedOn: formatDay(d.date),
      subject: input.subject,
      content: input.content ?? v.issue,
      category: input.category,
      collective: false,
      visitorCount: null,
      accusedUnitId: null,
      accusedName: input.category === "ACCUSATION" ? input.accusedName : null,
      petitioners: [{ name: v.visitorName, phone: v.phone, idNumber: null, address: v.address }],
      duplicateOfId: null,
    },
    { tx, receptionVisitId: v.id, receivedByDeputyId: v.receivedByDeputyId },
  );
  return { petitionId: p.id, number: p.number, subject: input.subject };
}
