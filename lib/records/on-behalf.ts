// Paper first (代录): units send replies and deputies send rating forms on paper, and offices
// back-enter last year's records. An entry keyed later takes the day it really happened — never
// after today, never before the step it follows — and an entry keyed by the office on someone's
// behalf says so, with who keyed it, on the record's timeline and in its audit row. Every module
// uses this one helper (docs/architecture.md, "Paper first"): the day comes from `occurredOn` in
// lib/http/fields.ts, the checks from `occurredDay`, the columns from `onBehalfColumns`, the audit
// part from `onBehalfAudit`, the caption from `onBehalfCaption`.
import { validation } from "@/lib/http/errors";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";

/** What the timeline and the audit call such an entry. */
export const ON_BEHALF_LABEL = "代录";

/** The step an entry follows: its Chinese name and its day (null: no bound). */
export interface PreviousStep {
  label: string;
  day: Date | null;
}

export interface OccurredOptions {
  /** The form field (`occurredOn`), for the 400's field map. */
  field: string;
  /** The field's Chinese name (答复日期, 评价日期 …), which the message starts with. */
  label: string;
  /** Today in China; `todayInChina()` unless given. */
  today?: Date;
  /** The step before: the day may not be earlier than its day. */
  after?: PreviousStep;
}

/**
 * The day an entry happened: the given day (YYYY-MM-DD or a day), or today when absent. Refused
 * with a 400 naming the field when it is after today or before the step it follows.
 */
export function occurredDay(given: string | Date | null | undefined, opts: OccurredOptions): Date {
  const today = opts.today ?? todayInChina();
  const day = given == null ? today : typeof given === "string" ? parseDay(given) : given;
  const refuse = (why: string) => validation({ [opts.field]: `${opts.label}：${why}` });
  if (day.getTime() > today.getTime()) throw refuse(`不能晚于今天（${formatDay(today)}）`);
  const prev = opts.after;
  if (prev?.day && day.getTime() < prev.day.getTime()) throw refuse(`不能早于${prev.label}（${formatDay(prev.day)}）`);
  return day;
}

/** Who keyed an entry on whose behalf (null when the person or unit entered it themselves). */
export interface OnBehalf {
  /** The account that keyed it (the office). */
  enteredById: string;
  /** Its display name, for the audit row. */
  enteredBy: string;
  /** The unit's or the deputy's name the entry is theirs. */
  onBehalfOf: string;
}

/** The columns every record that can be keyed later carries: the real day, and who keyed it for whom. */
export const onBehalfColumns = (day: Date, who: OnBehalf | null) => ({
  occurredOn: day,
  enteredById: who?.enteredById ?? null,
  onBehalfOf: who?.onBehalfOf ?? null,
});

/** The audit row's part: the real day, and for a 代录 entry the mark with who keyed it for whom. */
export const onBehalfAudit = (day: Date, who: OnBehalf | null) => ({
  occurredOn: formatDay(day),
  ...(who
    ? {
        onBehalf: {
          mark: ON_BEHALF_LABEL,
          enteredById: who.enteredById,
          enteredBy: who.enteredBy,
          onBehalfOf: who.onBehalfOf,
        },
      }
    : {}),
});

/** The timeline's caption of a 代录 entry: "代录 · 由 某某 录入". */
export const onBehalfCaption = (enteredBy: string) => `${ON_BEHALF_LABEL} · 由 ${enteredBy} 录入`;
