// One suggestion as the actor may read it: the record, its units and timeline, and the workflow's
// steps open to the actor now (with the reasons for the others) — or the public copy.
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedDb } from "@/lib/db/township-scope";
import { getSettings } from "@/lib/settings";
import { formatDay, todayInChina } from "@/lib/time/day";
import { canSeeCoInput } from "@/lib/suggestions/policy";
import { coUnitInputLate, dueDate } from "@/lib/handling/deadlines";
import { loadSuggestion } from "@/lib/suggestions/access";
import { mayCallProposer } from "@/lib/suggestions/contacts";
import { deputyNameOrderBy, nameOrder } from "@/lib/roster/public";
import { stepsFor } from "@/lib/suggestions/steps/table";
import { stepRecordOf } from "@/lib/suggestions/steps/record";
import { isBeingHandled } from "@/lib/suggestions/steps/shared";
import { countdown } from "@/lib/time/due";
import { seesInternalSteps, signOffRequired, stateAsSeen } from "@/lib/suggestions/handover";
import { loadWorkingCalendar } from "@/lib/time/calendar";
import { onBehalfCaption } from "@/lib/records/on-behalf";

type Loaded = Awaited<ReturnType<typeof loadSuggestion>>;

/** The proposers, units and timeline of one suggestion. */
async function detailRows(sdb: ScopedDb, id: string) {
  return Promise.all([
    sdb.suggestionProposer.findMany({
      where: { suggestionId: id },
      include: { deputy: { select: { id: true, name: true, phone: true } } },
      // The lead proposer, then the co-signers in the township's name order.
      orderBy: [{ lead: "desc" }, ...deputyNameOrderBy(await nameOrder()).map((o) => ({ deputy: o }))],
    }),
    sdb.suggestionAssignment.findMany({
      where: { suggestionId: id },
      include: { unit: { select: { id: true, name: true } } },
      orderBy: [{ active: "desc" }, { lead: "desc" }],
    }),
    sdb.suggestionEvent.findMany({ where: { suggestionId: id }, orderBy: { createdAt: "asc" } }),
  ]);
}
type DetailRows = Awaited<ReturnType<typeof detailRows>>;

/** The units it was assigned to; a co-unit's input to the lead unit in the current round: due day, and when it arrived. */
const assignmentsOf = (assignments: DetailRows[1], handling: boolean, today: Date) =>
  assignments.map((a) => ({
    unit: a.unit,
    lead: a.lead,
    active: a.active,
    assignedOn: formatDay(a.assignedOn),
    returnReason: a.returnReason,
    input:
      !a.lead && a.inputDue
        ? {
            due: formatDay(a.inputDue),
            at: a.inputAt,
            late: !!a.inputAt && coUnitInputLate(a.inputDue, todayInChina(a.inputAt)),
            /** Still owed after its due day while the suggestion is being handled. */
            overdue: !a.inputAt && handling && coUnitInputLate(a.inputDue, today),
          }
        : null,
  }));

/** Who keyed the 代录 entries (lib/records/on-behalf.ts), by account id. */
async function keyerNames(sdb: ScopedDb, events: DetailRows[2]) {
  const ids = [...new Set(events.flatMap((e) => (e.enteredById ? [e.enteredById] : [])))];
  if (!ids.length) return new Map<string, string>();
  const users = await sdb.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}

/** The timeline as the actor may read it (a co-unit's input only for those who see it). */
function timelineOf(
  actor: Actor,
  { s, rel }: Loaded,
  events: DetailRows[2],
  assignments: DetailRows[1],
  keyers: Map<string, string>,
) {
  const unitNames = new Map(assignments.map((a) => [a.unit.id, a.unit.name]));
  const internal = seesInternalSteps(actor);
  // An assignment still waiting for the chair's 签发 has not reached the deputy yet.
  const lastAssign = s.awaitingSignOff && !internal ? events.findLast((e) => e.type === "assign")?.id : undefined;
  return (
    events
      .filter((e) => e.id !== lastAssign)
      .filter((e) => e.type !== "co_input" || canSeeCoInput(actor, rel, e.unitId))
      // 签发 is the presidium's internal step: the deputy and the units see the hand-over (交办) itself.
      .filter((e) => e.type !== "signed_off" || internal)
      .map((e) => ({
        id: e.id,
        type: e.type,
        fromState: e.fromState,
        toState: e.toState,
        note: e.note,
        replyClass: e.replyClass,
        rating: e.rating,
        date: e.date ? formatDay(e.date) : null,
        late: e.late,
        unit: e.unitId ? (unitNames.get(e.unitId) ?? null) : null,
        at: e.createdAt,
        /** The day it really happened, when it was keyed later (a paper reply's date …). */
        occurredOn: e.occurredOn ? formatDay(e.occurredOn) : null,
        /** 代录: keyed by the office on a unit's or a deputy's behalf — who keyed it, for whom. */
        onBehalf: e.enteredById
          ? { caption: onBehalfCaption(keyers.get(e.enteredById) ?? "人大办"), of: e.onBehalfOf }
          : null,
      }))
  );
}

/** The workflow's steps for this actor now (lib/suggestions/steps/table.ts), from what the detail already read. */
async function stepsOf(actor: Actor, { s, rel }: Loaded, events: DetailRows[2], assignments: DetailRows[1]) {
  const co = assignments.find((a) => a.active && !a.lead && a.unitId === actor.unitId);
  const facts = {
    delayEvents: events.filter((e) => e.type === "delay").length,
    coInputOwed: !!co && !co.inputAt,
    coInputsOwed: assignments.filter((a) => a.active && !a.lead && !a.inputAt).length,
    leadContacts: events.filter((e) => e.type === "contact" && !!e.unitId && e.unitId === s.leadUnitId).length,
  };
  const [settings, calendar] = await Promise.all([getSettings(), loadWorkingCalendar()]);
  return stepsFor(actor, stepRecordOf(s, rel, facts, settings, calendar), todayInChina());
}

/**
 * The full record, its timeline and the steps open to the actor (with the reasons for the others),
 * or — for other deputies once published — a public copy without personal data.
 */
export async function getSuggestionOrThrow(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const loaded = await loadSuggestion(sdb, actor, id);
  const { s, rel, view } = loaded;
  const [category, [proposers, assignments, events], settings] = await Promise.all([
    sdb.suggestionCategory.findUnique({ where: { id: s.categoryId } }),
    detailRows(sdb, id),
    getSettings(),
  ]);
  const due = dueDate(s);
  const today = todayInChina();
  const soonDays = settings["suggestions.dueSoonDays"];
  const handling = isBeingHandled(s.state);
  const internal = seesInternalSteps(actor);
  const base = {
    id: s.id,
    view,
    kind: s.kind,
    number: s.number,
    title: s.title,
    content: s.content,
    category: category?.name ?? "",
    state: stateAsSeen(actor, s),
    year: s.year,
    published: s.published,
    deadline: due ? formatDay(due) : null,
    replies: events
      .filter((e) => e.type === "reply")
      .map((e) => ({ id: e.id, replyClass: e.replyClass, note: e.note, at: e.createdAt })),
    relation: rel,
  };
  if (view === "PUBLIC") return base;
  return {
    ...base,
    version: s.version,
    broad: s.broad,
    sessionId: s.sessionId,
    assignedOn: s.assignedOn ? formatDay(s.assignedOn) : null,
    originalDeadline: s.deadline ? formatDay(s.deadline) : null,
    delayedTo: s.delayedTo ? formatDay(s.delayedTo) : null,
    /** The internal steps: the chair's 签发 and what waits for it (null / false for deputies and units). */
    signedOffAt: internal ? s.signedOffAt : null,
    awaitingSignOff: internal && s.awaitingSignOff,
    signOffRequired: internal && signOffRequired(settings),
    /** The actor sees the internal steps (the office, chair and presidium). */
    internalSteps: internal,
    motionDecision: s.motionDecision,
    motionDecisionNote: s.motionDecisionNote,
    mergedIntoId: s.mergedIntoId,
    proposers: proposers.map((p) => ({
      id: p.deputy.id,
      name: p.deputy.name,
      lead: p.lead,
      /** The lead deputy's phone, for those who contact them about it (lib/suggestions/contacts.ts). */
      phone: p.lead && mayCallProposer(actor, s, rel) ? p.deputy.phone : null,
    })),
    // Before the hand-over a deputy is not shown the units (lib/suggestions/handover.ts).
    assignments: s.awaitingSignOff && !internal ? [] : assignmentsOf(assignments, handling, today),
    /** How urgent the due day is while the units handle it (null otherwise), as every list says it. */
    due: handling && due ? countdown(due, today, soonDays).status : null,
    dueText: handling && due ? countdown(due, today, soonDays).text : null,
    events: timelineOf(actor, loaded, events, assignments, await keyerNames(sdb, events)),
    steps: await stepsOf(actor, loaded, events, assignments),
  };
}
