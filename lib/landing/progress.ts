// The year's progress on the landing pages (年中问进展): bars of what is done against the whole, each from a
// module's year figures (the same numbers as the dashboard) and each a link to the records behind it.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { todayInChina } from "@/lib/time/day";
import { countSuggestions, suggestionFigures, SUGGESTION_STATE_LABELS } from "@/lib/suggestions/public";
import { petitionYearFigures } from "@/lib/petitions/public";
import { trainingYearFigures } from "@/lib/training/public";
import { receptionYearFigures } from "@/lib/reception/public";
import { sixOneCard } from "@/lib/duties/public";
import { supervisionYearFigures } from "@/lib/supervision/public";

/** One bar: `done` of `of` (a rate's numerator and base), and the list it opens. */
export interface ProgressBar {
  key: string;
  label: string;
  done: number;
  of: number;
  href: string;
  /** "12 / 20 件" */
  text: string;
}

export interface YearProgress {
  year: number;
  title: string;
  bars: ProgressBar[];
  note?: string;
}

const thisYear = () => todayInChina().getUTCFullYear();
const bar = (key: string, label: string, done: number, of: number, unit: string, href: string): ProgressBar => ({
  key,
  label,
  done,
  of,
  href,
  text: `${done} / ${of} ${unit}`,
});

/** The office: suggestions answered, petitions closed, trainings held of those scheduled, reception days held. */
export async function officeProgress(actor: Actor): Promise<YearProgress> {
  const year = thisYear();
  const t = actor.townshipId;
  const [s, p, tr, r] = await Promise.all([
    suggestionFigures(actor, { year }),
    petitionYearFigures(db, t, year),
    trainingYearFigures(db, t, year),
    receptionYearFigures(db, t, year),
  ]);
  return {
    year,
    title: `${year} 年工作进度`,
    bars: [
      bar("suggestions", "建议已答复", s.replied, s.total, "件", `/suggestions?year=${year}&counted=true`),
      bar("petitions", "信访件已办结", p.total.closed, p.total.received, "件", `/petitions?year=${year}`),
      bar("training", "培训已举办 / 全年安排", tr.held, tr.scheduled, "次", `/training?year=${year}&held=true`),
      bar("reception", "接待选民日已举行", r.days.held, r.days.planned, "次", `/reception-days?year=${year}&when=held`),
    ],
  };
}

const MY_STATES = ["SUBMITTED", "REGISTERED", "ASSIGNED", "REHANDLING", "REPLIED", "CLOSED"] as const;

/** A deputy: their "六个一" card of the year, line by line, and their suggestions of the year by state. */
export async function deputyProgress(actor: Actor) {
  const year = thisYear();
  if (!actor.deputyId) return null;
  const [card, ...counts] = await Promise.all([
    sixOneCard(db, actor.townshipId, actor.deputyId, year),
    ...MY_STATES.map((state) => countSuggestions(actor, { mine: "true", year, state })),
  ]);
  const sixOne: YearProgress = {
    year,
    title: `${year} 年“六个一”`,
    bars: card.lines.map((l) => ({
      key: l.key,
      label: l.label,
      done: l.done,
      of: l.target,
      text: l.text,
      // The deputy's list keeps to their own: `valuable` there is those they led (the card's count).
      href: l.key === "suggestions" ? `/suggestions?year=${year}&valuable=true` : `/duties?year=${year}`,
    })),
    note: `已完成 ${card.met} / ${card.lines.length} 项`,
  };
  const suggestions = MY_STATES.map((state, i) => ({
    key: state,
    label: SUGGESTION_STATE_LABELS[state],
    count: counts[i],
    href: `/suggestions?year=${year}&state=${state}`,
  }));
  return { year, sixOne, suggestions };
}

/** A unit: its suggestions (as lead unit), petitions and rectification tasks done on time this year. */
export async function unitProgress(actor: Actor): Promise<YearProgress | null> {
  const year = thisYear();
  if (!actor.unitId) return null;
  const [s, p, sup, unit] = await Promise.all([
    suggestionFigures(actor, { year, unitId: actor.unitId }),
    petitionYearFigures(db, actor.townshipId, year),
    supervisionYearFigures(db, actor.townshipId, year),
    scopedDb(actor.townshipId).handlingUnit.findFirst({ where: { id: actor.unitId }, select: { name: true } }),
  ]);
  // The petition figures group by the lead unit's name (figures.ts UNIT_RULE).
  const h = p.byUnit.find((g) => g.key === unit?.name)?.tally.handling;
  const r = sup.rectifications.byUnit.find((u) => u.unitId === actor.unitId);
  return {
    year,
    title: `${year} 年按时办理`,
    bars: [
      // The rate's base: the list opens exactly those suggestions (figures.ts `onTimeIds`, `onTime=base`).
      bar(
        "suggestions",
        "建议按时答复",
        s.onTime,
        s.replied + s.overdueUnanswered,
        "件",
        `/suggestions?year=${year}&leadUnitId=${actor.unitId}&onTime=base`,
      ),
      bar(
        "petitions",
        "信访件按期办结",
        h?.onTime ?? 0,
        h ? h.onTime + h.late + h.overdue : 0,
        "件",
        `/petitions?year=${year}&leadUnitId=${actor.unitId}&handling=base`,
      ),
      // The rate's base: the list opens exactly those tasks (the figures' own rule, `onTime=base`).
      bar(
        "rectifications",
        "整改按期报送",
        r?.onTime ?? 0,
        r?.due ?? 0,
        "项",
        `/rectifications?year=${year}&unitId=${actor.unitId}&onTime=base`,
      ),
    ],
    note: `按时答复：首次答复不晚于答复期限；基数为已答复和逾期未答复的件数。按期办结：基数为已办结和逾期未办结的件数。${sup.rules.onTime}`,
  };
}
