// The notices a training sends its enrolled deputies (lib/notifications): enrolled in a training scheduled, a
// training changed or cancelled, their leave request decided. Pure: the services write them in their
// transaction.
import type { Notice } from "@/lib/notifications/types";
import { formatDay } from "@/lib/time/day";

export interface NoticeTraining {
  id: string;
  title: string;
  startDate: Date;
  endDate: Date;
  place: string | null;
  cancelled: boolean;
}

const when = (t: NoticeTraining) =>
  t.endDate.getTime() !== t.startDate.getTime()
    ? `${formatDay(t.startDate)} 至 ${formatDay(t.endDate)}`
    : formatDay(t.startDate);
const where = (t: NoticeTraining) => (t.place ? `，地点：${t.place}` : "");

const to = (townshipId: string, t: NoticeTraining, deputyIds: string[], message: string): Notice[] =>
  deputyIds.map((deputyId) => ({
    townshipId,
    recipient: { deputyId },
    subject: { type: "training", id: t.id },
    link: `/training/sessions/${t.id}`,
    message: message.slice(0, 300),
  }));

/** To deputies just enrolled: the training, its days and place. */
export const enrolledNotices = (townshipId: string, t: NoticeTraining, deputyIds: string[]) =>
  to(
    townshipId,
    t,
    deputyIds,
    `您已报名参加培训「${t.title}」：${when(t)}${where(t)}。不能参加的请在培训结束前提交请假申请。`,
  );

/** The fields a deputy is told about when they change. */
const TOLD = ["title", "startDate", "endDate", "days", "place"] as const;
type Told = Record<(typeof TOLD)[number], unknown>;
const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : String(a ?? "") === String(b ?? "");

/** To every enrolled deputy when the training is cancelled or its name, days or place change; else none. */
export function changedNotices(
  townshipId: string,
  before: NoticeTraining & Told,
  after: NoticeTraining & Told,
  deputyIds: string[],
): Notice[] {
  if (after.cancelled && !before.cancelled)
    return to(townshipId, after, deputyIds, `培训「${before.title}」（${when(before)}）已取消。`);
  if (after.cancelled || TOLD.every((k) => same(before[k], after[k]))) return [];
  return to(townshipId, after, deputyIds, `培训「${after.title}」有变更：${when(after)}${where(after)}，请留意。`);
}

/** To the deputy who asked: the chair's decision on their leave request. */
export const leaveDecidedNotices = (
  townshipId: string,
  t: NoticeTraining,
  deputyId: string,
  approved: boolean,
  note: string | null,
) =>
  to(
    townshipId,
    t,
    [deputyId],
    `您参加培训「${t.title}」（${when(t)}）的请假申请${approved ? "已批准" : "未获批准，请按时参加"}${note ? `：${note}` : "。"}`,
  );
