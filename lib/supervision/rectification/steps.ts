// The rectification steps (整改报告, 验收 / 退回, 催办, 回访) in one envelope: lock and load the task the
// actor may see, check the version and the state rule (rules.ts: 409 with its Chinese reason), take
// the real day (代录: lib/records/on-behalf.ts), write, add the timeline event, notify the unit and
// audit — one transaction, nothing half-written.
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/policy";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockRow } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import type { AuditAction } from "@/lib/audit/actions";
import type { Prisma, RectificationTask } from "@/lib/generated/prisma/client";
import { conflict, validation } from "@/lib/http/errors";
import { notify } from "@/lib/notifications/writer";
import { occurredDay, onBehalfAudit, onBehalfColumns, type OnBehalf } from "@/lib/records/on-behalf";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import type { UploadedFile } from "@/lib/files/upload";
import { loadTask } from "@/lib/supervision/rectification/access";
import { storeReportFiles } from "@/lib/supervision/rectification/attachments";
import {
  nextState,
  previousStep,
  reportOnTime,
  stepAllowed,
  type RectificationStep,
} from "@/lib/supervision/rectification/rules";
import type {
  RectificationEventInput,
  RectificationReportInput,
  RectificationReviewInput,
} from "@/lib/supervision/rectification/schema";

const PERMISSION: Record<RectificationStep, Action> = {
  report: "rectification.report",
  accept: "rectification.review",
  return: "rectification.review",
  remind: "rectification.remind",
  visit: "rectification.visit",
};

interface StepContext {
  tx: ScopedTx;
  task: RectificationTask;
  day: Date;
  who: OnBehalf | null;
}

interface StepResult {
  data?: Prisma.RectificationTaskUncheckedUpdateInput;
  note?: string | null;
  audit?: Record<string, unknown>;
  message?: string;
}

/** The days the step may not precede: the last report's and the last return's. */
async function previousDays(tx: ScopedTx, task: RectificationTask) {
  const [report, returned] = await Promise.all([
    tx.rectificationReport.findFirst({ where: { taskId: task.id }, orderBy: { createdAt: "desc" } }),
    tx.rectificationEvent.findFirst({ where: { taskId: task.id, type: "returned" }, orderBy: { createdAt: "desc" } }),
  ]);
  return {
    assignedOn: task.assignedOn,
    acceptedOn: task.acceptedOn,
    lastReportOn: report?.submittedOn ?? null,
    lastReturnOn: returned ? (returned.occurredOn ?? todayInChina(returned.createdAt)) : null,
  };
}

async function runStep(
  actor: Actor,
  id: string,
  step: RectificationStep,
  input: { version: number; occurredOn?: string | null; note?: string | null },
  label: string,
  write: (c: StepContext) => Promise<StepResult>,
) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockRow(tx, "RectificationTask", id, actor.townshipId);
    const task = await loadTask(tx, actor, id, PERMISSION[step]);
    if (task.version !== input.version) throw conflict("整改任务已被他人更新，请刷新后重试（您填写的内容仍在页面上）");
    const why = stepAllowed(step, task.state);
    if (why !== true) throw conflict(why);
    // 代录: only the office keys a unit's paper report, and only the office gives a day other than today.
    const office = can(actor, "rectification.review", { townshipId: task.townshipId });
    if (input.occurredOn && !office) throw validation({ occurredOn: `${label}：只有人大办补录或代录时填写` });
    const today = todayInChina();
    const day = occurredDay(input.occurredOn, {
      field: "occurredOn",
      label,
      today,
      after: previousStep(step, await previousDays(tx, task)),
    });
    const unit = await tx.handlingUnit.findUnique({ where: { id: task.unitId }, select: { name: true } });
    const who =
      step === "report" && office
        ? { enteredById: actor.userId, enteredBy: actor.displayName, onBehalfOf: unit?.name ?? "承办单位" }
        : null;
    const out = await write({ tx, task, day, who });
    const to = nextState(step, task.state);
    const after = await tx.rectificationTask.update({
      where: { id, version: task.version },
      data: { ...out.data, state: to, version: { increment: 1 } },
    });
    await tx.rectificationEvent.create({
      data: {
        townshipId: actor.townshipId,
        taskId: id,
        type: EVENT[step],
        note: out.note ?? input.note ?? null,
        actorUserId: actor.userId,
        ...onBehalfColumns(day, who),
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: AUDIT[step],
      recordType: "RectificationTask",
      recordId: id,
      before: task,
      after: { ...after, note: out.note ?? input.note ?? null, ...out.audit, ...onBehalfAudit(day, who) },
    });
    if (out.message)
      await notify(tx, [
        {
          townshipId: actor.townshipId,
          recipient: { unitId: task.unitId },
          subject: { type: "rectification", id },
          link: `/rectifications/${id}`,
          message: out.message,
        },
      ]);
    return { id, state: after.state, version: after.version, dueDate: formatDay(after.dueDate) };
  });
}

const EVENT: Record<RectificationStep, string> = {
  report: "reported",
  accept: "accepted",
  return: "returned",
  remind: "reminded",
  visit: "visited",
};
const AUDIT: Record<RectificationStep, AuditAction> = {
  report: "rectification.reported",
  accept: "rectification.accepted",
  return: "rectification.returned",
  remind: "rectification.reminded",
  visit: "rectification.visited",
};

/** The unit's written rectification report with its files, or the office's 代录 of a paper one. */
export async function submitReport(
  actor: Actor,
  id: string,
  input: RectificationReportInput,
  files: UploadedFile[] = [],
) {
  let attachments: Awaited<ReturnType<typeof storeReportFiles>> = [];
  const result = await runStep(
    actor,
    id,
    "report",
    { ...input, note: null },
    "报送日期",
    async ({ tx, task, day, who }) => {
      const report = await tx.rectificationReport.create({
        data: {
          townshipId: actor.townshipId,
          taskId: task.id,
          text: input.text,
          submittedOn: day,
          submittedById: who ? null : actor.userId,
          enteredById: who?.enteredById ?? null,
          onBehalfOf: who?.onBehalfOf ?? null,
        },
      });
      attachments = await storeReportFiles(tx, actor, task.id, report.id, files);
      return {
        audit: {
          reportId: report.id,
          text: input.text,
          onTime: reportOnTime(day, task.dueDate),
          files: attachments.length,
        },
      };
    },
  );
  return { ...result, attachments };
}

/** The office accepts the last report (验收) or returns it with its reasons, optionally with a new due day. */
export async function reviewReport(actor: Actor, id: string, input: RectificationReviewInput) {
  const step = input.decision;
  return runStep(actor, id, step, input, "审核日期", async ({ tx, task, day }) => {
    const report = await tx.rectificationReport.findFirst({
      where: { taskId: task.id, accepted: null },
      orderBy: { createdAt: "desc" },
    });
    if (!report) throw conflict("单位尚未提交整改报告，不能审核");
    const accepted = step === "accept";
    await tx.rectificationReport.update({
      where: { id: report.id },
      data: { accepted, reviewNote: input.note, reviewedAt: new Date(), reviewedById: actor.userId },
    });
    if (accepted)
      return {
        data: { acceptedOn: day },
        audit: { reportId: report.id },
        message: `整改报告已验收通过（${formatDay(day)}）`,
      };
    const due = input.dueDate ? parseDay(input.dueDate) : null;
    if (due && due.getTime() <= day.getTime())
      throw validation({ dueDate: `重新报送期限：应晚于审核日期（${formatDay(day)}）` });
    return {
      data: due ? { dueDate: due } : {},
      audit: { reportId: report.id, dueDate: formatDay(due ?? task.dueDate) },
      message: `整改报告被退回，请于 ${formatDay(due ?? task.dueDate)} 前重新报送。退回理由：${input.note}`.slice(
        0,
        300,
      ),
    };
  });
}

/** 催办: the office reminds the unit (by phone or in person), recorded with its day; the unit is notified. */
export async function remindTask(actor: Actor, id: string, input: RectificationEventInput) {
  return runStep(actor, id, "remind", input, "催办日期", async ({ task }) => ({
    message: `人大办催办：请于 ${formatDay(task.dueDate)} 前报送整改报告。${input.note}`.slice(0, 300),
  }));
}

/** 回访: a follow-up visit, during rectification or after acceptance, with what was found. */
export async function recordVisit(actor: Actor, id: string, input: RectificationEventInput) {
  return runStep(actor, id, "visit", input, "回访日期", async () => ({}));
}
