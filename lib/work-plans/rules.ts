// The year plan's progress rules (年初问计划，年中问进展，年末问结果), free of the database: an item's progress is
// read from the records linked to it, unless the office has set its status with a note.
import type { WorkPlanItemStatus, WorkPlanModule } from "@/lib/generated/prisma/enums";

/** A linked record as the progress rules see it: whether it has happened (held, closed, concluded…). */
export interface LinkedRecordState {
  module: WorkPlanModule;
  recordId: string;
  /** false for a record that is missing now (deleted): it counts as nothing linked. */
  exists: boolean;
  happened: boolean;
}

export type ProgressSource = "OFFICE" | "LINKS" | "NONE";

export interface ItemProgress {
  status: WorkPlanItemStatus;
  /** Where the status comes from: the office's setting, the linked records, or nothing yet. */
  source: ProgressSource;
  /** The month (or, for an all-year item, the year) has passed with nothing done or under way. */
  overdue: boolean;
  linked: number;
  happened: number;
}

export const PROGRESS_RULES = {
  office: "办公室设定了状态（已完成、进行中、已取消）的，以办公室设定为准。",
  links: "否则按关联的记录：全部已举行（人代会闭会、监督活动结束、培训已举办、活动已开展等）为已完成，其余为进行中。",
  overdue: "计划月份（全年事项为本年）已过、既无关联记录也未设定状态的，提示逾期。",
} as const;

/** The last day of an item's month (or of the year for an all-year item), as a UTC midnight. */
export function dueDay(year: number, month: number | null): Date {
  return month ? new Date(Date.UTC(year, month, 0)) : new Date(Date.UTC(year, 11, 31));
}

/**
 * One item's progress. `today` is China's calendar day (lib/time/day todayInChina). The office's status is an
 * override when it is anything but PLANNED; otherwise the links decide.
 */
export function itemProgress(
  item: { status: WorkPlanItemStatus; month: number | null },
  year: number,
  links: readonly LinkedRecordState[],
  today: Date,
): ItemProgress {
  const present = links.filter((l) => l.exists);
  const happened = present.filter((l) => l.happened).length;
  const counts = { linked: present.length, happened };
  if (item.status !== "PLANNED") return { status: item.status, source: "OFFICE", overdue: false, ...counts };
  if (present.length > 0) {
    const status = happened === present.length ? "DONE" : "IN_PROGRESS";
    return { status, source: "LINKS", overdue: false, ...counts };
  }
  const overdue = today.getTime() > dueDay(year, item.month).getTime();
  return { status: "PLANNED", source: "NONE", overdue, ...counts };
}

export interface ProgressTally {
  /** Items in the plan (dropped ones included). */
  planned: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  dropped: number;
}

export const emptyTally = (): ProgressTally => ({
  planned: 0,
  done: 0,
  inProgress: 0,
  notStarted: 0,
  overdue: 0,
  dropped: 0,
});

export function addToTally(t: ProgressTally, p: ItemProgress): void {
  t.planned += 1;
  if (p.status === "DONE") t.done += 1;
  else if (p.status === "IN_PROGRESS") t.inProgress += 1;
  else if (p.status === "DROPPED") t.dropped += 1;
  else t.notStarted += 1;
  if (p.overdue) t.overdue += 1;
}
