// One reception day as its page and the API show it: the day, the deputies on duty, the visitors with their
// issues (phone and address masked unless the actor is the office or the chair), what each became, and what
// the actor may do now.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { onBehalfCaption } from "@/lib/records/on-behalf";
import { currentTerm, deputyNameOrderBy, nameOrder, sittingWhere } from "@/lib/roster/public";
import { getSettings } from "@/lib/settings";
import { maskAddress } from "@/lib/text/address";
import { maskPhone } from "@/lib/text/phone";
import { todayInChina } from "@/lib/time/day";
import { loadDay } from "@/lib/reception/access";
import { canRecordVisit, seesPersonalData } from "@/lib/reception/policy";
import { daySummary } from "@/lib/reception/service";

const VISIT_INCLUDE = {
  receivedBy: { select: { id: true, name: true } },
  suggestion: { select: { id: true, number: true, title: true } },
  petition: { select: { id: true, number: true } },
} as const;

async function loadParts(actor: Actor, dayId: string, date: Date, withCandidates: boolean) {
  const sdb = scopedDb(actor.townshipId);
  const order = await nameOrder();
  const term = withCandidates ? await currentTerm(sdb) : null;
  return Promise.all([
    sdb.receptionDuty.findMany({
      where: { receptionDayId: dayId },
      orderBy: deputyNameOrderBy(order).map((o) => ({ deputy: o })),
      include: { deputy: { select: { id: true, name: true } } },
    }),
    sdb.receptionVisit.findMany({
      where: { receptionDayId: dayId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      include: VISIT_INCLUDE,
    }),
    term
      ? sdb.deputy.findMany({
          where: sittingWhere(term.id, date),
          orderBy: deputyNameOrderBy(order),
          select: { id: true, name: true },
        })
      : [],
  ]);
}

type VisitRow = Awaited<ReturnType<typeof loadParts>>[1][number];

function visitView(v: VisitRow, unmasked: boolean, keyers: Map<string, string>) {
  const keyer = v.createdById ? keyers.get(v.createdById) : undefined;
  return {
    id: v.id,
    visitorName: v.visitorName,
    phone: unmasked ? v.phone : maskPhone(v.phone),
    address: unmasked ? v.address : maskAddress(v.address),
    issue: v.issue,
    solved: v.solved,
    solution: v.solution,
    receivedBy: v.receivedBy,
    suggestion: v.suggestion,
    petition: v.petition,
    converted: !!(v.suggestion || v.petition),
    /** "代录 · 由 某某 录入" when the office keyed a deputy's register entry. */
    onBehalf: keyer && v.receivedBy ? onBehalfCaption(keyer) : null,
  };
}

export async function getReceptionDay(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const { day: d, onDuty } = await loadDay(sdb, actor, id);
  const today = todayInChina();
  const manage = can(actor, "reception.manage") && !d.cancelled;
  const [[duties, visits, candidates], settings] = await Promise.all([
    loadParts(actor, id, d.date, manage),
    getSettings(),
  ]);
  const keyerIds = [...new Set(visits.map((v) => v.createdById).filter((x): x is string => !!x))];
  const keyers = await sdb.user.findMany({
    where: { id: { in: keyerIds }, role: "OFFICE" },
    select: { id: true, displayName: true },
  });
  const keyerNames = new Map(keyers.map((k) => [k.id, k.displayName]));
  const come = d.date.getTime() <= today.getTime();
  const unmasked = seesPersonalData(actor);
  return {
    ...daySummary(d, settings["reception.noticeDaysAhead"], today),
    duties: duties.map((x) => ({ deputyId: x.deputyId, name: x.deputy.name, present: x.present })),
    visits: visits.map((v) => visitView(v, unmasked, keyerNames)),
    candidates,
    personalData: unmasked ? "FULL" : "MASKED",
    may: {
      manage,
      publish: manage && !d.noticePublishedOn,
      markPresent: manage && come,
      recordVisit: canRecordVisit(actor, d, onDuty) && !d.cancelled && come,
      convert: can(actor, "reception.convert"),
      print: can(actor, "reception.print") && !d.cancelled,
      onBehalf: actor.role === "OFFICE",
    },
  };
}

export type ReceptionDayDetail = Awaited<ReturnType<typeof getReceptionDay>>;
