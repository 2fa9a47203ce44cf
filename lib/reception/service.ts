// Voter reception days (接待选民日): list by year, create one, generate the year's calendar by the township's
// rule (lib/reception/rules.ts on the official working calendar), and change a day's date or place, mark it
// held, or cancel it with the reason — each change audited in its transaction.
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, validation } from "@/lib/http/errors";
import { skipTake } from "@/lib/http/validation";
import type { Prisma, ReceptionDay } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/settings";
import { loadWorkingCalendar } from "@/lib/time/calendar";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { notify } from "@/lib/notifications/writer";
import { lockDay } from "@/lib/reception/access";
import { visibleDaysWhere } from "@/lib/reception/policy";
import { dayStatus, inYear, noticeDueOn, noticeOwed, receptionSettings, yearCalendar } from "@/lib/reception/rules";
import type {
  ReceptionDayCreateInput,
  ReceptionDayListQuery,
  ReceptionDayUpdateInput,
  ReceptionGenerateInput,
} from "@/lib/reception/schema";

const day = (d: Date | null) => (d ? formatDay(d) : null);

/** One day as lists and answers show it. */
export function daySummary(d: ReceptionDay, noticeDaysAhead: number, today = todayInChina()) {
  return {
    id: d.id,
    year: d.year,
    date: formatDay(d.date),
    place: d.place,
    status: dayStatus(d, today),
    noticePublishedOn: day(d.noticePublishedOn),
    noticeDueOn: formatDay(noticeDueOn(d.date, noticeDaysAhead)),
    noticeOwed: noticeOwed(d, noticeDaysAhead, today),
    heldOn: day(d.heldOn),
    cancelled: d.cancelled,
    note: d.note,
    version: d.version,
  };
}

const noticeDays = async () => (await getSettings())["reception.noticeDaysAhead"];

/** The list's filter: the actor's days, the year, still to come or past. */
export function listWhere(actor: Actor, q: Pick<ReceptionDayListQuery, "year" | "when">) {
  const today = todayInChina();
  return {
    AND: [
      visibleDaysWhere(actor),
      q.year ? { year: q.year } : {},
      q.when === "upcoming" ? { date: { gte: today }, cancelled: false } : {},
      q.when === "past" ? { date: { lt: today } } : {},
      q.when === "held" ? { cancelled: false, heldOn: { not: null } } : {},
    ],
  } satisfies Prisma.ReceptionDayWhereInput;
}

export async function listReceptionDays(actor: Actor, q: ReceptionDayListQuery) {
  const sdb = scopedDb(actor.townshipId);
  const where = listWhere(actor, q);
  const [rows, total, ahead] = await Promise.all([
    sdb.receptionDay.findMany({
      where,
      orderBy: [{ date: q.when === "past" || q.when === "held" ? "desc" : "asc" }, { id: "asc" }],
      ...skipTake(q),
      include: { _count: { select: { duties: true, visits: true } } },
    }),
    sdb.receptionDay.count({ where }),
    noticeDays(),
  ]);
  return {
    items: rows.map((d) => ({ ...daySummary(d, ahead), duties: d._count.duties, visits: d._count.visits })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** How many of the actor's days match (the landing's count, the same filter as the list). */
export const countReceptionDays = (actor: Actor, q: Pick<ReceptionDayListQuery, "year" | "when">) =>
  scopedDb(actor.townshipId).receptionDay.count({ where: listWhere(actor, q) });

async function assertDateFree(tx: ScopedTx, date: Date, exceptId?: string) {
  const taken = await tx.receptionDay.findFirst({ where: { date, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (taken) throw conflict(`${formatDay(date)} 已有接待选民日`, { date: "接待日期：该日已有接待选民日" });
}

const outsideYear = (year: number) => validation({ date: `接待日期：应在${year}年内` });

export async function createReceptionDay(actor: Actor, input: ReceptionDayCreateInput) {
  if (!inYear(input.date, input.year)) throw outsideYear(input.year);
  const ahead = await noticeDays();
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const date = parseDay(input.date);
    await assertDateFree(tx, date);
    const d = await tx.receptionDay.create({
      data: { townshipId: actor.townshipId, year: input.year, date, place: input.place, createdById: actor.userId },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "reception.created",
      recordType: "ReceptionDay",
      recordId: d.id,
      after: { date: input.date, year: input.year, place: input.place },
    });
    return daySummary(d, ahead);
  });
}

/**
 * The year's calendar by the rule: the `reception.dayOfMonth` of each month moved to the next working day.
 * Months that already have a day (even a cancelled one) are left alone, so generating twice adds nothing.
 */
export async function generateReceptionYear(actor: Actor, input: ReceptionGenerateInput) {
  const [settings, calendar] = await Promise.all([getSettings(), loadWorkingCalendar()]);
  const rules = receptionSettings(settings);
  const planned = yearCalendar(input.year, rules.dayOfMonth, (d) => calendar.isWorkingDay(d));
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const existing = await tx.receptionDay.findMany({ where: { year: input.year }, select: { date: true } });
    const months = new Set(existing.map((e) => e.date.getUTCMonth() + 1));
    const fresh = planned.filter((p) => !months.has(p.month) && parseDay(p.date).getUTCFullYear() === input.year);
    await tx.receptionDay.createMany({
      data: fresh.map((p) => ({
        townshipId: actor.townshipId,
        year: input.year,
        date: parseDay(p.date),
        place: input.place,
        createdById: actor.userId,
      })),
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "reception.generated",
      recordType: "ReceptionDay",
      recordId: String(input.year),
      after: { year: input.year, place: input.place, dates: fresh.map((p) => p.date) },
    });
    return {
      year: input.year,
      created: fresh.map((p) => ({ date: p.date, movedFrom: p.movedFrom })),
      skippedMonths: planned.filter((p) => months.has(p.month)).map((p) => p.month),
    };
  });
}

type Change = Prisma.ReceptionDayUpdateInput & { date?: Date; heldOn?: Date | null };

/** What the update asks, checked against the day: a date in its year and free, held only once it has come. */
async function changesOf(tx: ScopedTx, d: ReceptionDay, input: ReceptionDayUpdateInput, today: Date) {
  const data: Change = {};
  if (input.cancelReason !== undefined) {
    if (!input.cancelReason) throw validation({ cancelReason: "取消原因：请填写" });
    if (d.cancelled) throw conflict("接待选民日已经取消");
    if (d.heldOn) throw conflict("已举行的接待选民日不能取消");
    return { ...data, cancelled: true, note: input.cancelReason };
  }
  if (d.cancelled) throw conflict("接待选民日已取消，不能修改");
  if (input.date !== undefined && input.date !== formatDay(d.date)) {
    if (!inYear(input.date, d.year)) throw outsideYear(d.year);
    const date = parseDay(input.date);
    await assertDateFree(tx, date, d.id);
    if (d.heldOn && date.getTime() > today.getTime())
      throw validation({ date: `接待日期：已举行的接待日不能晚于今天（${formatDay(today)}）` });
    // The published notice named the old day: it has to go up again.
    Object.assign(data, { date, noticePublishedOn: null, ...(d.heldOn ? { heldOn: date } : {}) });
  }
  if (input.place !== undefined && input.place !== d.place) data.place = input.place;
  if (input.held && !d.heldOn) {
    const date = data.date ?? d.date;
    if (date.getTime() > today.getTime()) throw conflict("接待日未到，不能标记为已举行");
    data.heldOn = date;
  }
  if (!Object.keys(data).length) throw validation({ _: "没有要修改的内容" }, "没有要修改的内容");
  return data;
}

/** Date, place, held, or cancelled with the reason (the deputies on duty are told of a move or a cancellation). */
export async function updateReceptionDay(actor: Actor, id: string, input: ReceptionDayUpdateInput) {
  const ahead = await noticeDays();
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { day: before } = await lockDay(tx, actor, id, input.version);
    const today = todayInChina();
    const data = await changesOf(tx, before, input, today);
    const after = await tx.receptionDay.update({
      where: { id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    const cancelled = !!data.cancelled;
    await recordAudit(tx, subjectOf(actor), {
      action: cancelled ? "reception.cancelled" : "reception.updated",
      recordType: "ReceptionDay",
      recordId: id,
      before: summaryForAudit(before),
      after: summaryForAudit(after),
      ...(cancelled ? { reason: input.cancelReason ?? undefined } : {}),
    });
    if (cancelled || data.date) await tellDuties(tx, actor, after, before, cancelled);
    return daySummary(after, ahead, today);
  });
}

const summaryForAudit = (d: ReceptionDay) => ({
  date: formatDay(d.date),
  place: d.place,
  heldOn: day(d.heldOn),
  cancelled: d.cancelled,
  note: d.note,
  noticePublishedOn: day(d.noticePublishedOn),
});

async function tellDuties(tx: ScopedTx, actor: Actor, d: ReceptionDay, before: ReceptionDay, cancelled: boolean) {
  const duties = await tx.receptionDuty.findMany({ where: { receptionDayId: d.id }, select: { deputyId: true } });
  const message = cancelled
    ? `${formatDay(d.date)} 的接待选民日已取消：${d.note ?? ""}`
    : `接待选民日由 ${formatDay(before.date)} 改为 ${formatDay(d.date)}，请按时到岗`;
  await notify(
    tx,
    duties.map((x) => ({
      townshipId: actor.townshipId,
      recipient: { deputyId: x.deputyId },
      subject: { type: "reception_day", id: d.id },
      link: `/reception-days/${d.id}`,
      message: message.slice(0, 300),
    })),
  );
}
