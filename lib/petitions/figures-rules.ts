// The year's petition figures counted from the cases' dates — pure, no Prisma, so each rule is stated once
// and tested on its own: the 15-day notice (信访工作条例 Art. 23 para 2, through the clock's noticeDue) and
// finishing on time (closed on or before the due day, Art. 34). `figures.ts` loads the rows and calls these.
import type { PetitionCategory, PetitionChannel, PetitionIntake, PetitionState } from "@/lib/generated/prisma/enums";
import { finishedInTime, noticeDue, type ClockSettings } from "@/lib/petitions/clock";
import { wholePercent } from "@/lib/text/percent";

/** What the figures read of one petition received in the year. */
export interface FigureRow {
  channel: PetitionChannel;
  category: PetitionCategory;
  intake: PetitionIntake | null;
  state: PetitionState;
  receivedOn: Date;
  notifiedOn: Date | null;
  /** Name or address unclear: no notice owed (Art. 23 para 2). */
  noticeWaived: boolean;
  dueDate: Date | null;
  closedOn: Date | null;
  resolved: boolean | null;
  /** The current lead unit's name (an active lead assignment), or null. */
  leadUnit: string | null;
}

export interface ClockTally {
  /** Done on or before the last day. */
  onTime: number;
  /** Done after the last day. */
  late: number;
  /** Not done and the last day has passed. */
  overdue: number;
  /** Not done, not yet due. */
  pending: number;
  /** onTime ÷ (onTime + late + overdue), a whole percent; null with no base. */
  rate: number | null;
}

export interface PetitionTally {
  received: number;
  /** Art. 23 para 1: 受理 (handled here), 转送/交办 to the competent body, told to go there. */
  accepted: number;
  forwarded: number;
  redirected: number;
  closed: number;
  resolved: number;
  /** The written notice within 15 days of receipt; `waived` when name or address was unclear. */
  notice: ClockTally & { waived: number };
  /** Finished (closed) by the due day, the one extension included; only cases with a due day. */
  handling: ClockTally;
}

export const RECEIVED_RULE =
  "按收到日期统计年度：当年收到并登记的信访件（含上级人大转办件）；受理、办结、解决等均指这些件。";
export const noticeRule = (noticeDays: number) =>
  `${noticeDays}日内告知率 = 收到之日起${noticeDays}日内（收到当日不计）书面告知的件数 ÷（已告知的件数 + 已过告知期限仍未告知的件数）；信访人姓名（名称）、住址不清的不需告知，不计入（信访工作条例第二十三条）。`;
export const HANDLING_RULE =
  "按期办结率 = 在办理期限（含经批准的延期）内办结的件数 ÷（已办结的件数 + 已过期限仍未办结的件数）；只计有办理期限的件（信访工作条例第三十四条）。";
export const RESOLVED_RULE = "解决：办结时认定问题得到解决的件数。";
export const UNIT_RULE = "按承办单位：以现在的主办单位统计（单位提出异议退回的不计）；未交本镇单位办理的不列。";

function clockTally(items: readonly { done: Date | null; due: Date }[], today: Date): ClockTally {
  const t = { onTime: 0, late: 0, overdue: 0, pending: 0 };
  for (const { done, due } of items) {
    if (done) t[finishedInTime(done, due) ? "onTime" : "late"]++;
    else if (today.getTime() > due.getTime()) t.overdue++;
    else t.pending++;
  }
  return { ...t, rate: wholePercent(t.onTime, t.onTime + t.late + t.overdue) };
}

/** The notice's tally: each owed notice against its due day (clock.noticeDue — the one rule). */
export function noticeTally(rows: readonly FigureRow[], today: Date, clock: ClockSettings) {
  const owed = rows.filter((r) => !r.noticeWaived);
  const tally = clockTally(
    owed.map((r) => ({ done: r.notifiedOn, due: noticeDue(r.receivedOn, clock) })),
    today,
  );
  return { ...tally, waived: rows.length - owed.length };
}

/** Finishing on time: each case with a due day, closed on or before it. */
export function handlingTally(rows: readonly FigureRow[], today: Date): ClockTally {
  return clockTally(
    rows.filter((r) => r.dueDate).map((r) => ({ done: r.closedOn, due: r.dueDate! })),
    today,
  );
}

/** Every figure of a set of petitions; `today` decides what is overdue. */
export function tallyPetitions(rows: readonly FigureRow[], today: Date, clock: ClockSettings): PetitionTally {
  const count = (f: (r: FigureRow) => boolean) => rows.filter(f).length;
  return {
    received: rows.length,
    accepted: count((r) => r.intake === "ACCEPT"),
    forwarded: count((r) => r.intake === "FORWARD"),
    redirected: count((r) => r.intake === "REDIRECT"),
    closed: count((r) => r.state === "CLOSED"),
    resolved: count((r) => r.state === "CLOSED" && r.resolved === true),
    notice: noticeTally(rows, today, clock),
    handling: handlingTally(rows, today),
  };
}

export interface TallyGroup<K extends string = string> {
  key: K;
  label: string;
  tally: PetitionTally;
}

/** The tally of each key in `keys` order (keys with no petition left out), labelled. */
export function groupTallies<K extends string>(
  rows: readonly FigureRow[],
  keyOf: (r: FigureRow) => K | null,
  keys: readonly K[],
  label: (k: K) => string,
  today: Date,
  clock: ClockSettings,
): TallyGroup<K>[] {
  return keys
    .map((key) => ({
      key,
      label: label(key),
      tally: tallyPetitions(
        rows.filter((r) => keyOf(r) === key),
        today,
        clock,
      ),
    }))
    .filter((g) => g.tally.received > 0);
}
