// The records one activity report is drafted from (lib/supervision/report.ts): read in one township scope.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { notFound } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import { formatDay, todayInChina } from "@/lib/time/day";
import { townshipName } from "@/lib/text/township";
import { deputyNameOrderBy, nameOrder } from "@/lib/roster/public";
import {
  RECTIFICATION_STATE_LABELS,
  SUPERVISION_KIND_LABELS,
  SUPERVISION_STATE_LABELS,
} from "@/lib/supervision/labels";
import { rateRuleText, rateWithFigures, satisfactionRate } from "@/lib/supervision/rules";
import { pollTallies } from "@/lib/supervision/figures";
import type { ReportInput, ReportPoll } from "@/lib/supervision/report";
import { targetName } from "@/lib/supervision/names";

const day = (d: Date | null) => (d ? formatDay(d) : null);

function loadForReport(sdb: ReturnType<typeof scopedDb>, id: string, names: Awaited<ReturnType<typeof nameOrder>>) {
  return sdb.supervisionActivity.findFirst({
    where: { id },
    include: {
      targets: { orderBy: { position: "asc" }, include: { unit: { select: { name: true } } } },
      participants: {
        orderBy: deputyNameOrderBy(names).map((o) => ({ deputy: o })),
        include: { deputy: { select: { name: true } } },
      },
      polls: { select: { id: true, targetId: true, round: true } },
      findings: { orderBy: { position: "asc" } },
      opinions: {
        orderBy: { position: "asc" },
        include: { unit: { select: { name: true } }, task: { select: { state: true } } },
      },
      _count: { select: { suggestions: true } },
    },
  });
}
type ReportActivity = NonNullable<Awaited<ReturnType<typeof loadForReport>>>;

/** One row per target with a first-round poll: the counts, the rate, and the 再测评 beside it. */
function reportPolls(
  a: ReportActivity,
  tallies: Awaited<ReturnType<typeof pollTallies>>,
  nameOf: Map<string, string>,
  satisfiedOnly: boolean,
): ReportPoll[] {
  return a.targets.flatMap((t) => {
    const p1 = a.polls.find((p) => p.targetId === t.id && p.round === 1);
    if (!p1) return [];
    const t1 = tallies.get(p1.id)!;
    const p2 = a.polls.find((p) => p.targetId === t.id && p.round === 2);
    const t2 = p2 ? tallies.get(p2.id) : undefined;
    return [
      {
        name: nameOf.get(t.id)!,
        satisfied: t1.satisfied,
        basic: t1.basic,
        unsatisfied: t1.unsatisfied,
        invalid: t1.invalid,
        figures: rateWithFigures(t1, satisfiedOnly),
        rate: satisfactionRate(t1, satisfiedOnly),
        round2: t2 ? rateWithFigures(t2, satisfiedOnly) : null,
      },
    ];
  });
}

export async function activityReportInput(actor: Actor, id: string): Promise<ReportInput> {
  const sdb = scopedDb(actor.townshipId);
  const names = await nameOrder();
  const a = await loadForReport(sdb, id, names);
  if (!a) throw notFound("监督活动不存在");
  const [township, settings, tallies] = await Promise.all([
    townshipName(actor),
    getSettings(),
    pollTallies(
      db,
      actor.townshipId,
      a.polls.map((p) => p.id),
    ),
  ]);
  const satisfiedOnly = settings["supervision.rateCountsSatisfiedOnly"] === 1;
  const nameOf = new Map(a.targets.map((t) => [t.id, targetName(t)]));
  const polls = reportPolls(a, tallies, nameOf, satisfiedOnly);
  // The report names those present, in the township's order of names (姓氏笔画 or pinyin).
  const present = a.participants.filter((p) => p.attendance === "PRESENT");
  return {
    township,
    title: a.title,
    kindLabel: SUPERVISION_KIND_LABELS[a.kind],
    stateLabel: SUPERVISION_STATE_LABELS[a.state],
    startDate: formatDay(a.startDate),
    endDate: day(a.endDate),
    purpose: a.purpose,
    scope: a.scope,
    method: a.method,
    lawName: a.lawName,
    places: (a.places ?? "")
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean),
    partyConsentOn: day(a.partyConsentOn),
    approvedOn: a.approvedAt ? formatDay(todayInChina(a.approvedAt)) : null,
    concludedOn: day(a.concludedOn),
    participants: { total: a.participants.length, present: present.length, names: present.map((p) => p.deputy.name) },
    targets: a.targets.map((t) => nameOf.get(t.id)!),
    polls,
    rateRule: rateRuleText(satisfiedOnly),
    findings: a.findings.map((f) => ({
      target: f.targetId ? (nameOf.get(f.targetId) ?? null) : null,
      text: f.text,
    })),
    opinions: a.opinions.map((o) => ({
      unit: o.unit.name,
      text: o.text,
      dueDate: formatDay(o.dueDate),
      state: o.task ? RECTIFICATION_STATE_LABELS[o.task.state] : null,
    })),
    suggestions: a._count.suggestions,
    summary: a.summary,
    date: day(a.concludedOn) ?? formatDay(todayInChina()),
  };
}
