// 向选民述职 (代表法第五十八条第二款: the presidium organises deputies' reports to voters): the office schedules a
// deputy's report, then records the meeting — the day, the voters present — and the voters' rating sheet counted
// from paper (满意 / 基本满意 / 不满意 / 无效). One rating per meeting: a second sheet is refused.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockAndRead } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { skipTake } from "@/lib/http/validation";
import type { VoterReport } from "@/lib/generated/prisma/client";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { occurredDay } from "@/lib/records/on-behalf";
import { getSettings } from "@/lib/settings";
import { rateRuleText } from "@/lib/supervision/public";
import { visibleDeputyWhere } from "@/lib/duties/policy";
import { linkedDeputyIds } from "@/lib/duties/service";
import { checkRatingCounts, reportRate } from "@/lib/duties/voter-report-rules";
import type {
  VoterReportCreateInput,
  VoterReportListQuery,
  VoterReportRatingInput,
  VoterReportUpdateInput,
} from "@/lib/duties/schema";

type Db = ScopedDb | ScopedTx;
const NOT_FOUND = "述职记录不存在";

async function reportJson(r: VoterReport & { deputy?: { name: string } | null }) {
  const satisfiedOnly = (await getSettings())["supervision.rateCountsSatisfiedOnly"] === 1;
  const rated = reportRate(r, satisfiedOnly);
  return {
    id: r.id,
    deputyId: r.deputyId,
    deputyName: r.deputy?.name ?? null,
    year: r.year,
    scheduledOn: formatDay(r.scheduledOn),
    place: r.place,
    note: r.note,
    heldOn: r.heldOn ? formatDay(r.heldOn) : null,
    votersPresent: r.votersPresent,
    tally: rated?.tally ?? null,
    rate: rated?.rate ?? null,
    figures: rated?.figures ?? null,
    rateRule: rateRuleText(satisfiedOnly),
    rated: !!r.ratedAt,
    onBehalfOf: r.onBehalfOf,
    version: r.version,
  };
}

async function loadReport(db: Db, actor: Actor, id: string, locked = false) {
  const r = locked
    ? await lockAndRead<VoterReport>(db, "VoterReport", id, actor.townshipId)
    : await db.voterReport.findUnique({ where: { id } });
  if (!r) throw notFound(NOT_FOUND);
  const where = visibleDeputyWhere(actor, await linkedDeputyIds(db, actor));
  if (where.deputyId && !where.deputyId.in.includes(r.deputyId)) throw notFound(NOT_FOUND);
  return r;
}

export async function listVoterReports(actor: Actor, q: VoterReportListQuery) {
  assertCan(actor, "voter_report.list");
  const sdb = scopedDb(actor.townshipId);
  const where = {
    AND: [
      visibleDeputyWhere(actor, await linkedDeputyIds(sdb, actor)),
      q.year ? { year: q.year } : {},
      q.deputyId ? { deputyId: q.deputyId } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    sdb.voterReport.findMany({
      where,
      orderBy: [{ scheduledOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      ...skipTake(q),
      include: { deputy: { select: { name: true } } },
    }),
    sdb.voterReport.count({ where }),
  ]);
  return { items: await Promise.all(rows.map(reportJson)), total, page: q.page, pageSize: q.pageSize };
}

export async function getVoterReport(actor: Actor, id: string) {
  assertCan(actor, "voter_report.list");
  const sdb = scopedDb(actor.townshipId);
  const r = await loadReport(sdb, actor, id);
  const deputy = await sdb.deputy.findUnique({ where: { id: r.deputyId }, select: { name: true } });
  return reportJson({ ...r, deputy });
}

/** The office schedules a deputy's report to voters. */
export async function scheduleVoterReport(actor: Actor, input: VoterReportCreateInput) {
  assertCan(actor, "voter_report.manage");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const deputy = await tx.deputy.findUnique({
      where: { id: input.deputyId },
      select: { id: true, name: true, startDate: true, leftDate: true },
    });
    if (!deputy) throw validation({ deputyId: "述职代表：不存在" });
    const day = parseDay(input.scheduledOn);
    if (day < deputy.startDate || (deputy.leftDate && day >= deputy.leftDate))
      throw validation({ scheduledOn: "述职日期：不在该代表的任职期间" });
    const r = await tx.voterReport.create({
      data: {
        townshipId: actor.townshipId,
        deputyId: deputy.id,
        year: day.getUTCFullYear(),
        scheduledOn: day,
        place: input.place,
        note: input.note,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "voter_report.scheduled",
      recordType: "VoterReport",
      recordId: r.id,
      after: { deputy: deputy.name, scheduledOn: input.scheduledOn, place: input.place },
    });
    return reportJson({ ...r, deputy });
  });
}

/** The office moves a scheduled report or corrects its place or note; once held and rated it is history. */
export async function updateVoterReport(actor: Actor, id: string, input: VoterReportUpdateInput) {
  assertCan(actor, "voter_report.manage");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const r = await loadReport(tx, actor, id, true);
    if (r.ratedAt || r.heldOn) throw conflict("述职已举行并录入测评结果，不能再修改安排");
    if (r.version !== input.version) throw conflict();
    const deputy = await tx.deputy.findUniqueOrThrow({
      where: { id: r.deputyId },
      select: { name: true, startDate: true, leftDate: true },
    });
    const day = parseDay(input.scheduledOn);
    if (day < deputy.startDate || (deputy.leftDate && day >= deputy.leftDate))
      throw validation({ scheduledOn: "述职日期：不在该代表的任职期间" });
    const after = await tx.voterReport.update({
      where: { id },
      data: {
        year: day.getUTCFullYear(),
        scheduledOn: day,
        place: input.place,
        note: input.note,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "voter_report.updated",
      recordType: "VoterReport",
      recordId: id,
      before: { scheduledOn: formatDay(r.scheduledOn), place: r.place, note: r.note },
      after: { scheduledOn: input.scheduledOn, place: input.place, note: input.note },
    });
    return reportJson({ ...after, deputy });
  });
}

/** The meeting held and its rating sheet from paper (代录 by the office, the real day); one per meeting. */
export async function rateVoterReport(actor: Actor, id: string, input: VoterReportRatingInput) {
  assertCan(actor, "voter_report.manage");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const r = await loadReport(tx, actor, id, true);
    if (r.ratedAt)
      throw conflict("测评票：本次述职已录入测评结果，同一次述职不能再录入第二张测评表", {
        satisfied: "测评票：本次述职已录入测评结果",
      });
    if (r.version !== input.version) throw conflict();
    const wrong = checkRatingCounts(input);
    if (Object.keys(wrong).length) throw validation(wrong);
    const deputy = await tx.deputy.findUniqueOrThrow({ where: { id: r.deputyId }, select: { name: true } });
    const heldOn = occurredDay(input.heldOn, { field: "heldOn", label: "述职日期", today: todayInChina() });
    const after = await tx.voterReport.update({
      where: { id },
      data: {
        heldOn,
        votersPresent: input.votersPresent,
        satisfied: input.satisfied,
        basic: input.basic,
        unsatisfied: input.unsatisfied,
        invalid: input.invalid,
        ratedAt: new Date(),
        ratedById: actor.userId,
        enteredById: actor.userId,
        onBehalfOf: deputy.name,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "voter_report.rated",
      recordType: "VoterReport",
      recordId: id,
      after: {
        heldOn: formatDay(heldOn),
        votersPresent: input.votersPresent,
        satisfied: input.satisfied,
        basic: input.basic,
        unsatisfied: input.unsatisfied,
        invalid: input.invalid,
      },
    });
    return reportJson({ ...after, deputy });
  });
}
