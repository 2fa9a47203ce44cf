// The records behind the year's drafted documents (lib/year/report.ts): the year's summary (lib/year/summary.ts —
// every module's own figures, the same period a year before beside them), the few examples a report names (the
// resolved petitions), the township and the session the work report goes to.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { addDays, formatDay, parseDay } from "@/lib/time/day";
import { townshipName } from "@/lib/text/township";
import { sessionOfficialName } from "@/lib/text/names";
import { resolvedPetitionExamples, type ResolvedExample } from "@/lib/petitions/public";
import { SUMMARY_AREAS, yearSummary, type YearFigureSet, type YearSummary } from "@/lib/year/summary";
import type { PeriodFigures, ReportKeyFigure, YearDocKind, YearReportInput } from "@/lib/year/report";

/** The resolved cases a report names. */
export const RESOLVED_EXAMPLES = 3;
/** The inspections' kinds the 执法检查与视察 section lists. */
const INSPECTION_KINDS = ["LAW_INSPECTION", "SITE_VISIT", "RESEARCH"];

function sessionsOf(township: string, f: YearFigureSet): PeriodFigures["sessions"] {
  const s = f.sessions;
  return {
    held: s.sessions.items.map((x) => ({
      name: sessionOfficialName(township, x.termNumber, x.number),
      startDate: x.startDate,
    })),
    days: s.sessions.days,
    attendanceRate: s.attendance.rate,
    resolutions: s.votes.passed,
    elections: s.elections.held,
    elected: s.elections.elected,
    presidiumMeetings: s.presidium.meetingsHeld,
    reportsHeard: s.presidium.reportsHeard,
  };
}

function suggestionsOf(f: YearFigureSet): PeriodFigures["suggestions"] {
  const sug = f.suggestions;
  return {
    total: sug.total,
    replied: sug.replied,
    onTimeRate: sug.onTimeRate,
    byClass: sug.byClass,
    resolvedRate: sug.resolvedRate,
    rated: sug.rated,
    satisfactionRate: sug.satisfactionRate,
    rehandled: sug.rehandled,
    overdue: sug.overdue,
    units: sug.units.map((u) => ({ name: u.name, total: u.total, satisfactionRate: u.satisfactionRate })),
  };
}

function supervisionOf(f: YearFigureSet): PeriodFigures["supervision"] {
  const sup = f.supervision;
  return {
    activities: sup.activities.total,
    byKind: sup.activities.byKind.map((k) => ({ kind: k.kind, label: k.label, total: k.total })),
    evaluated: sup.evaluated.map((e) => ({
      name: e.name,
      activity: e.activity,
      rate: e.round1?.rate ?? null,
      figures: e.round1?.figures ?? null,
    })),
    inspections: sup.activities.items
      .filter((a) => INSPECTION_KINDS.includes(a.kind))
      .map((a) => ({
        title: a.title,
        kind: a.kind,
        label: sup.activities.byKind.find((k) => k.kind === a.kind)?.label ?? a.kind,
        lawName: a.lawName ?? null,
        startDate: a.startDate,
      })),
    opinions: sup.opinions.total,
    rectifications: {
      total: sup.rectifications.total,
      accepted: sup.rectifications.accepted,
      overdue: sup.rectifications.overdue,
      onTimeRate: sup.rectifications.onTimeRate,
    },
    handlingPoll: sup.suggestionHandling
      ? { rate: sup.suggestionHandling.rate, figures: sup.suggestionHandling.figures }
      : null,
  };
}

function petitionsOf(f: YearFigureSet, resolvedExamples: readonly ResolvedExample[]): PeriodFigures["petitions"] {
  const pet = f.petitions;
  return {
    received: pet.total.received,
    accepted: pet.total.accepted,
    closed: pet.total.closed,
    resolved: pet.total.resolved,
    noticeRate: pet.total.notice.rate,
    handlingRate: pet.total.handling.rate,
    overdue: pet.total.handling.overdue,
    byCategory: pet.byCategory.map((c) => ({ label: c.label, received: c.tally.received })),
    county: {
      received: pet.county.tally.received,
      reported: pet.county.reported,
      cases: pet.county.cases.map((c) => ({
        subject: c.subject,
        sourceDocNo: c.sourceDocNo,
        reported: c.reportedOn !== null,
        closed: c.closedOn !== null,
      })),
    },
    resolvedExamples: resolvedExamples.map((e) => ({ category: e.category, subject: e.subject })),
  };
}

function deputiesOf(f: YearFigureSet): Pick<PeriodFigures, "reception" | "training" | "groups" | "duties"> {
  return {
    reception: {
      held: f.reception.days.held,
      visitors: f.reception.visitors,
      issues: f.reception.issues,
      solved: f.reception.solved,
      toSuggestions: f.reception.toSuggestions,
      toPetitions: f.reception.toPetitions,
      sitting: f.reception.deputies.sitting,
      served: f.reception.deputies.served.length,
    },
    training: {
      held: f.training.held,
      days: f.training.days,
      enrolled: f.training.enrolled,
      present: f.training.present,
      attendanceRate: f.training.attendanceRate,
      deputiesTrained: f.training.deputiesTrained,
      deputiesSitting: f.training.deputiesSitting,
      coverage: f.training.coverage,
    },
    groups: {
      groups: f.groups.groups.length,
      activities: f.groups.total,
      attendances: f.groups.attendances,
      suggestions: f.groups.suggestions,
      warned: f.groups.warned,
    },
    duties: {
      verified: f.duties.verified,
      deputies: f.duties.deputies,
      votersReached: f.duties.votersReached,
      voterReportsHeld: f.duties.voterReports.held,
      voterReportRate: f.duties.voterReports.rate,
    },
  };
}

/** The figures a document cites, read from one period's module figures (no counting here). */
export function periodFigures(
  township: string,
  f: YearFigureSet,
  resolvedExamples: readonly ResolvedExample[] = [],
): PeriodFigures {
  return {
    sessions: sessionsOf(township, f),
    suggestions: suggestionsOf(f),
    supervision: supervisionOf(f),
    petitions: petitionsOf(f, resolvedExamples),
    ...deputiesOf(f),
  };
}

/** The key figures with their area's name, for the appendix and the tables. */
export function reportKeyFigures(summary: YearSummary): ReportKeyFigure[] {
  const area = new Map<string, string>(SUMMARY_AREAS.map((a) => [a.id, a.label]));
  return summary.figures.map((k) => ({
    area: area.get(k.area) ?? k.area,
    label: k.label,
    unit: k.unit,
    value: k.value,
    previous: k.previous,
    change: k.change,
  }));
}

/** A document's input from a summary (pure: the examples and the next session passed in). */
export function reportInputFromSummary(
  summary: YearSummary,
  opts: {
    kind: YearDocKind;
    township: string;
    resolvedExamples?: readonly ResolvedExample[];
    nextSession?: { termNumber: number; number: number } | null;
  },
): YearReportInput {
  return {
    kind: opts.kind,
    township: opts.township,
    year: summary.year,
    asOf: summary.asOf,
    current: periodFigures(opts.township, summary.current, opts.resolvedExamples),
    previous: periodFigures(opts.township, summary.previous),
    keyFigures: reportKeyFigures(summary),
    nextSession: opts.nextSession ?? null,
  };
}

/** Everything a drafted document says, read from the records of the actor's township. */
export async function yearReportInput(
  actor: Actor,
  q: { year: number; kind: YearDocKind },
  opts: { today?: Date } = {},
): Promise<YearReportInput> {
  const period = q.kind === "half-year" ? "half" : "year";
  const summary = await yearSummary(actor.townshipId, q.year, { period, today: opts.today });
  const [township, resolved] = await Promise.all([
    townshipName(actor),
    resolvedPetitionExamples(
      db,
      actor.townshipId,
      { from: summary.from, to: formatDay(addDays(parseDay(summary.through), 1)) },
      RESOLVED_EXAMPLES,
    ),
  ]);
  // The work report goes to the first session after the year (or after today, while the year runs).
  const next = await scopedDb(actor.townshipId).congressSession.findFirst({
    where: { startDate: { gt: parseDay(summary.through) } },
    orderBy: { startDate: "asc" },
    select: { number: true, term: { select: { number: true } } },
  });
  return reportInputFromSummary(summary, {
    kind: q.kind,
    township,
    resolvedExamples: resolved,
    nextSession: next ? { termNumber: next.term.number, number: next.number } : null,
  });
}
