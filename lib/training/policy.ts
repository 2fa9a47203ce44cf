// Who sees which training and who may ask leave for whom. The permission table (lib/auth/permissions.ts) says
// which roles may try; these record rules say which records.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { forbidden, validation } from "@/lib/http/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

const NONE = "00000000-0000-0000-0000-000000000000";
const TOWNSHIP_READERS = ["OFFICE", "CHAIR", "PRESIDIUM"];
export const isTownshipReader = (actor: Actor) => TOWNSHIP_READERS.includes(actor.role);

/** The office, chair and presidium read all of the township's trainings; a deputy those they are enrolled in. */
export function visibleTrainingsWhere(actor: Actor): Prisma.TrainingSessionWhereInput {
  if (isTownshipReader(actor)) return {};
  if (actor.role === "DEPUTY") return { enrolments: { some: { deputyId: actor.deputyId ?? NONE } } };
  return { id: NONE };
}

export function canViewTraining(actor: Actor, t: { townshipId: string }, enrolled: boolean): boolean {
  if (!can(actor, "training.view", { townshipId: t.townshipId })) return false;
  if (isTownshipReader(actor)) return true;
  return actor.role === "DEPUTY" && enrolled;
}

/**
 * Whose leave request this is: a deputy asks only for themself (naming another deputy is refused); the office
 * keys a paper request (代录) and must name the deputy.
 */
export function leaveRequester(actor: Actor, deputyId: string | undefined): { deputyId: string; onBehalf: boolean } {
  if (actor.role === "DEPUTY") {
    if (!actor.deputyId) throw forbidden("此账号未关联代表");
    if (deputyId && deputyId !== actor.deputyId) throw forbidden("代表只能为自己请假");
    return { deputyId: actor.deputyId, onBehalf: false };
  }
  if (!deputyId) throw validation({ deputyId: "代表：代录请假申请请选择代表" });
  return { deputyId, onBehalf: true };
}

/** Only the office may give a day other than today (代录). */
export const mayBackdate = (actor: Actor) => can(actor, "training.manage");
