// Pure roster rules: no Prisma. Dates are calendar days held as UTC-midnight Date objects.
import type { DeputyStatus } from "@/lib/generated/prisma/enums";
import { addDays, addMonths } from "@/lib/time/day";

/**
 * A term lasts five years (宪法 Art. 98: 乡镇人大每届任期五年): it ends the day before the fifth anniversary.
 * An anniversary with no corresponding day (29 February) falls on the month's last day (民法典 第二百零二条).
 */
export function defaultTermEnd(start: Date, years = 5): Date {
  return addDays(addMonths(start, years * 12), -1);
}

/**
 * Sitting on a date: started on or before it and not yet left. `leftDate` is the first day no
 * longer sitting, so a deputy who resigned with effect the day before a session does not count.
 */
export function isSittingOn(d: { startDate: Date; leftDate: Date | null }, date: Date): boolean {
  return d.startDate.getTime() <= date.getTime() && (d.leftDate === null || d.leftDate.getTime() > date.getTime());
}

/**
 * A deputy added or imported sits from the start date given, else from the day of entry (not the
 * term's start: a deputy keyed in mid-session must not join a roll already taken) — never before
 * the term begins.
 */
export function entryStartDate(given: Date | null | undefined, termStart: Date, today: Date): Date {
  if (given) return given;
  return today.getTime() > termStart.getTime() ? today : termStart;
}

/** The number of sitting deputies on a date — the base of quorum and "majority of all deputies". */
export function countSittingOn(deputies: readonly { startDate: Date; leftDate: Date | null }[], date: Date): number {
  let n = 0;
  for (const d of deputies) if (isSittingOn(d, date)) n++;
  return n;
}

export const EXIT_STATUSES = [
  "RESIGNED",
  "TRANSFERRED",
  "RECALLED",
  "DECEASED",
] as const satisfies readonly DeputyStatus[];

export type StatusChangeProblem = "NOT_SITTING" | "BEFORE_START" | "IN_FUTURE" | "SAME_STATUS";

/**
 * A status change: only a sitting deputy can leave (辞职、调离、罢免、去世), dated no earlier than
 * their start and no later than today. Returns what is wrong, or null.
 */
export function statusChangeProblem(
  deputy: { status: DeputyStatus; startDate: Date },
  change: { status: DeputyStatus; effectiveDate: Date },
  today: Date,
): StatusChangeProblem | null {
  if (change.status === deputy.status) return "SAME_STATUS";
  if (deputy.status !== "SITTING") return "NOT_SITTING";
  if (change.effectiveDate.getTime() < deputy.startDate.getTime()) return "BEFORE_START";
  if (change.effectiveDate.getTime() > today.getTime()) return "IN_FUTURE";
  return null;
}

/** 三有 for groups and liaison stations; 五有 for centre groups' rooms and deputies' homes. */
export const STANDARD_ITEMS = {
  ROOM: "有房子",
  SIGN: "有牌子",
  RULES: "有制度",
  RECORDS: "有资料",
  PLAN: "有计划",
} as const;
export type StandardItem = keyof typeof STANDARD_ITEMS;

export function standardFor(kind: "GROUP" | "CENTRE_GROUP" | "DEPUTY_HOME" | "LIAISON_STATION"): {
  name: string;
  items: StandardItem[];
} {
  return kind === "CENTRE_GROUP" || kind === "DEPUTY_HOME"
    ? { name: "五有", items: ["ROOM", "SIGN", "RULES", "RECORDS", "PLAN"] }
    : { name: "三有", items: ["SIGN", "RULES", "RECORDS"] };
}

export function meetsStandard(kind: Parameters<typeof standardFor>[0], present: readonly string[]): boolean {
  return standardFor(kind).items.every((i) => present.includes(i));
}

/** Each presidium member is linked to 5–10 deputies (settings); outside that range is flagged. */
export function linkCountWarning(count: number, min: number, max: number): "TOO_FEW" | "TOO_MANY" | null {
  if (count < min) return "TOO_FEW";
  if (count > max) return "TOO_MANY";
  return null;
}
