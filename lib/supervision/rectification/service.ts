// Reading rectification tasks: the list (filtered, ordered and paged in SQL) and one task with its
// reports, files, timeline and the steps the caller may take now (rules.ts).
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { skipTake, type ListResult } from "@/lib/http/validation";
import { getSettings } from "@/lib/settings";
import { onBehalfCaption } from "@/lib/records/on-behalf";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { loadTask, visibleTaskWhere } from "@/lib/supervision/rectification/access";
import {
  OPEN_STATES,
  rectificationCountdown,
  rectificationOverdue,
  stepAllowed,
  type RectificationStep,
} from "@/lib/supervision/rectification/rules";
import { RECTIFICATION_STEP_LABELS } from "@/lib/supervision/rectification/labels";
import type { RectificationListQuery } from "@/lib/supervision/rectification/schema";
import { COUNTED_ACTIVITY, rectificationTimelinessIds } from "@/lib/supervision/figures";

async function dueWindow() {
  const soonDays = (await getSettings())["suggestions.dueSoonDays"];
  const today = todayInChina();
  return { today, soonDays, horizon: addDays(today, soonDays) };
}

/** The ids the `onTime` filter keeps, by the figures' own rule (null: no such filter). */
const onTimeIds = (actor: Actor, q: Partial<RectificationListQuery>, today: Date) =>
  q.onTime
    ? rectificationTimelinessIds(db, actor.townshipId, q.onTime, {
        year: q.year,
        unitId: q.unitId,
        today,
      })
    : Promise.resolve(null);

/** The list's filter: what the actor may see, narrowed by the query. */
function listWhere(
  actor: Actor,
  q: Partial<RectificationListQuery>,
  w: { today: Date; horizon: Date },
  ids: string[] | null,
) {
  const and: Prisma.RectificationTaskWhereInput[] = [visibleTaskWhere(actor)];
  // The year's figures count the tasks of the year's activities, less draft plans.
  if (q.year) and.push({ activity: { year: q.year, ...COUNTED_ACTIVITY } });
  if (ids) and.push({ id: { in: ids } });
  if (q.state) and.push({ state: q.state });
  if (q.todo === "report") and.push({ state: { in: [...OPEN_STATES] } });
  if (q.unitId) and.push({ unitId: q.unitId });
  if (q.activityId) and.push({ activityId: q.activityId });
  if (q.status === "overdue") and.push({ state: { in: [...OPEN_STATES] }, dueDate: { lt: w.today } });
  if (q.status === "due_soon") and.push({ state: { in: [...OPEN_STATES] }, dueDate: { gte: w.today, lte: w.horizon } });
  return { AND: and } satisfies Prisma.RectificationTaskWhereInput;
}

const summarySelect = {
  id: true,
  number: true,
  state: true,
  assignedOn: true,
  dueDate: true,
  acceptedOn: true,
  version: true,
  activity: { select: { id: true, title: true, kind: true } },
  unit: { select: { id: true, name: true } },
  opinion: { select: { text: true } },
} satisfies Prisma.RectificationTaskSelect;

type Summary = Prisma.RectificationTaskGetPayload<{ select: typeof summarySelect }>;

function summary(t: Summary, w: { today: Date; soonDays: number }) {
  const c = rectificationCountdown(t, w.today, w.soonDays);
  return {
    id: t.id,
    number: t.number,
    state: t.state,
    activity: t.activity,
    unit: t.unit,
    opinion: t.opinion.text,
    assignedOn: formatDay(t.assignedOn),
    due: formatDay(t.dueDate),
    acceptedOn: t.acceptedOn && formatDay(t.acceptedOn),
    overdue: rectificationOverdue(t, w.today),
    dueText: c?.text ?? null,
    version: t.version,
  };
}
export type RectificationSummary = ReturnType<typeof summary>;

/** One page of tasks: those still owed first, soonest due first, then by number. */
export async function listRectifications(
  actor: Actor,
  q: RectificationListQuery,
): Promise<ListResult<RectificationSummary>> {
  assertCan(actor, "rectification.list");
  const w = await dueWindow();
  const sdb = scopedDb(actor.townshipId);
  const where = listWhere(actor, q, w, await onTimeIds(actor, q, w.today));
  const [rows, total] = await Promise.all([
    sdb.rectificationTask.findMany({
      where,
      select: summarySelect,
      orderBy: [{ acceptedOn: { sort: "desc", nulls: "first" } }, { dueDate: "asc" }, { number: "asc" }, { id: "asc" }],
      ...skipTake(q),
    }),
    sdb.rectificationTask.count({ where }),
  ]);
  return { items: rows.map((t) => summary(t, w)), total, page: q.page, pageSize: q.pageSize };
}

/** The count behind a filtered list (the landing pages' cards). */
export async function countRectifications(actor: Actor, q: Partial<RectificationListQuery>): Promise<number> {
  if (!can(actor, "rectification.list")) return 0;
  const w = await dueWindow();
  return scopedDb(actor.townshipId).rectificationTask.count({
    where: listWhere(actor, q, w, await onTimeIds(actor, q, w.today)),
  });
}

const STEP_ORDER: RectificationStep[] = ["report", "accept", "return", "remind", "visit"];
const STEP_PERMISSION = {
  report: "rectification.report",
  accept: "rectification.review",
  return: "rectification.review",
  remind: "rectification.remind",
  visit: "rectification.visit",
} as const;

/** One task as the actor may see it, with `steps` (what they may do now, or why not). */
export async function getRectification(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const task = await loadTask(sdb, actor, id);
  const w = await dueWindow();
  const [t, reports, events] = await Promise.all([
    sdb.rectificationTask.findUniqueOrThrow({ where: { id }, select: summarySelect }),
    sdb.rectificationReport.findMany({
      where: { taskId: id },
      orderBy: { createdAt: "asc" },
      include: {
        attachments: {
          select: { id: true, filename: true, mimeType: true, size: true },
          orderBy: { createdAt: "asc" },
        },
      },
    }),
    sdb.rectificationEvent.findMany({ where: { taskId: id }, orderBy: { createdAt: "asc" } }),
  ]);
  const userIds = [...new Set(events.flatMap((e) => [e.actorUserId, e.enteredById]).filter((x): x is string => !!x))];
  const users = new Map(
    (await sdb.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } })).map((u) => [
      u.id,
      u.displayName,
    ]),
  );
  const office = can(actor, "rectification.review", { townshipId: task.townshipId });
  return {
    ...summary(t, w),
    reports: reports.map((r) => ({
      id: r.id,
      text: r.text,
      submittedOn: formatDay(r.submittedOn),
      onBehalfOf: r.onBehalfOf,
      accepted: r.accepted,
      reviewNote: r.reviewNote,
      attachments: r.attachments,
    })),
    events: events.map((e) => ({
      id: e.id,
      type: e.type,
      note: e.note,
      day: formatDay(e.occurredOn ?? todayInChina(e.createdAt)),
      by: e.actorUserId ? (users.get(e.actorUserId) ?? null) : "系统",
      caption: e.enteredById ? onBehalfCaption(users.get(e.enteredById) ?? "人大办") : null,
    })),
    steps: STEP_ORDER.filter((s) => can(actor, STEP_PERMISSION[s], { townshipId: task.townshipId })).map((name) => {
      const ok = stepAllowed(name, task.state);
      return {
        name,
        label: name === "report" && office ? "代录整改报告" : RECTIFICATION_STEP_LABELS[name],
        open: ok === true,
        ...(ok === true ? {} : { reason: ok }),
      };
    }),
    /** The office keys a unit's paper report in (代录) and may give the real day. */
    onBehalf: office,
  };
}
export type RectificationDetail = Awaited<ReturnType<typeof getRectification>>;
