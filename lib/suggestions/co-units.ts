// Co-units (协办单位): each sends its input (协办意见) to the lead unit within one month (a setting) of
// assignment, and again in each re-handling round. Late input is still taken — the lead unit needs it
// — but marked 逾期 in the timeline; input still missing after its day is on the reminder lists.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { conflict } from "@/lib/http/errors";
import type { Prisma, Suggestion } from "@/lib/generated/prisma/client";
import { formatDay, todayInChina } from "@/lib/time/day";
import { getSettings } from "@/lib/settings";
import { notifyUnits, notifyUnitsOnce } from "@/lib/suggestions/notify";
import { coUnitInputDue, coUnitInputLate } from "@/lib/handling/deadlines";
import { daysUntil } from "@/lib/time/day";
import { dueStatus, type DueStatus } from "@/lib/time/due";

/**
 * A co-unit's input for this round, inside the co_input step (lib/suggestions/steps/co-input.ts,
 * which checks the suggestion is being handled): once per round. `dayOf` gives the day it was
 * given from the day of assignment (today, or a paper input's date when the office keys it in,
 * 代录). Marks the assignment as answered, tells the lead unit, and returns whether it came late.
 */
export async function recordCoUnitInput(
  tx: ScopedTx,
  actor: Actor,
  s: Suggestion,
  unitId: string,
  dayOf: (assignedOn: Date) => Date,
): Promise<{ late: boolean; day: Date; unitName: string }> {
  const a = await tx.suggestionAssignment.findFirst({
    where: { suggestionId: s.id, unitId, lead: false, active: true },
    include: { unit: { select: { name: true } } },
  });
  if (!a) throw conflict("该单位不是这条建议的协办单位", { unitId: "协办单位：不是这条建议的协办单位" });
  if (a.inputAt) throw conflict("本轮办理已提交过协办意见", { note: "协办意见：本轮办理已提交过" });
  const day = dayOf(a.assignedOn);
  const due = a.inputDue ?? coUnitInputDue(a.assignedOn, (await getSettings())["suggestions.coUnitInputMonths"]);
  const late = coUnitInputLate(due, day);
  // Only if no other request answered meanwhile: one input per round. A paper input keyed later is dated its day.
  const inputAt = day.getTime() === todayInChina().getTime() ? new Date() : day;
  const { count } = await tx.suggestionAssignment.updateMany({
    where: { id: a.id, inputAt: null },
    data: { inputAt, inputDue: due },
  });
  if (count !== 1) throw conflict("本轮办理已提交过协办意见", { note: "协办意见：本轮办理已提交过" });
  if (s.leadUnitId)
    await notifyUnits(
      tx,
      actor.townshipId,
      s.id,
      [s.leadUnitId],
      `协办单位“${a.unit.name}”已提交对“${s.title}”的协办意见${late ? "（逾期）" : ""}`,
    );
  return { late, day, unitName: a.unit.name };
}

/** A 不满意 rating opens a new round: every active co-unit owes input again, due a month from today. */
export async function openCoUnitRound(tx: ScopedTx, townshipId: string, s: Suggestion, today: Date, months: number) {
  const inputDue = coUnitInputDue(today, months);
  const co = await tx.suggestionAssignment.findMany({
    where: { suggestionId: s.id, lead: false, active: true },
    select: { unitId: true },
  });
  if (!co.length) return;
  await tx.suggestionAssignment.updateMany({
    where: { suggestionId: s.id, lead: false, active: true },
    data: { inputDue, inputAt: null },
  });
  await notifyUnits(
    tx,
    townshipId,
    s.id,
    co.map((c) => c.unitId),
    `建议“${s.title}”重新办理，请于 ${formatDay(inputDue)} 前向主办单位提交协办意见`,
  );
}

export interface PendingCoUnitInput {
  suggestionId: string;
  number: string | null;
  title: string;
  state: Suggestion["state"];
  unit: { id: string; name: string };
  leadUnit: { id: string; name: string } | null;
  /** The due day, 年-月-日. */
  due: string;
  status: DueStatus;
  /** Negative when overdue. */
  daysLeft: number;
}

/**
 * Co-unit input still owed in the current round, earliest due first, for the reminder lists: the
 * office, chair and presidium see the township's (optionally one co-unit's); a unit sees what it
 * owes and what its co-units owe it as lead unit; deputies see none.
 */
export async function pendingCoUnitInputs(
  actor: Actor,
  opts: { unitId?: string; today?: Date } = {},
): Promise<PendingCoUnitInput[]> {
  const and: Prisma.SuggestionAssignmentWhereInput[] = [
    {
      lead: false,
      active: true,
      inputAt: null,
      inputDue: { not: null },
      suggestion: { state: { in: ["ASSIGNED", "REHANDLING"] } },
    },
  ];
  if (actor.role === "UNIT") {
    if (!actor.unitId) return [];
    and.push({ OR: [{ unitId: actor.unitId }, { suggestion: { leadUnitId: actor.unitId } }] });
  } else if (actor.role === "DEPUTY") return [];
  if (opts.unitId) and.push({ unitId: opts.unitId });
  const today = opts.today ?? todayInChina();
  const soonDays = (await getSettings())["suggestions.dueSoonDays"];
  const rows = await scopedDb(actor.townshipId).suggestionAssignment.findMany({
    where: { AND: and },
    select: {
      inputDue: true,
      unit: { select: { id: true, name: true } },
      suggestion: {
        select: { id: true, number: true, title: true, state: true, leadUnit: { select: { id: true, name: true } } },
      },
    },
    orderBy: [{ inputDue: "asc" }, { suggestionId: "asc" }],
  });
  return rows.map((r) => ({
    suggestionId: r.suggestion.id,
    number: r.suggestion.number,
    title: r.suggestion.title,
    state: r.suggestion.state,
    unit: r.unit,
    leadUnit: r.suggestion.leadUnit,
    due: formatDay(r.inputDue!),
    status: dueStatus(r.inputDue!, today, soonDays),
    daysLeft: daysUntil(r.inputDue!, today),
  }));
}

/**
 * Part of the daily reminder run (all townships): a co-unit whose input is overdue gets one notice
 * per round — never a second identical one. Returns how many were written.
 */
export async function runCoUnitReminders(now = new Date()): Promise<number> {
  const today = todayInChina(now);
  const overdue = await db.suggestionAssignment.findMany({
    where: {
      lead: false,
      active: true,
      inputAt: null,
      inputDue: { lt: today },
      suggestion: { state: { in: ["ASSIGNED", "REHANDLING"] } },
    },
    select: { townshipId: true, unitId: true, inputDue: true, suggestion: { select: { id: true, title: true } } },
  });
  return notifyUnitsOnce(
    overdue.map((a) => ({
      townshipId: a.townshipId,
      unitId: a.unitId,
      suggestionId: a.suggestion.id,
      message: `建议“${a.suggestion.title}”的协办意见已逾期（应于 ${formatDay(a.inputDue!)} 前提交），请尽快向主办单位提交`,
    })),
  );
}
