// Who sees which reception day and what of its visitors. The permission table (lib/auth/permissions.ts)
// says which roles may try; these record rules say which records: the office, chair and presidium read every
// day of the township; a deputy the days they are on duty (and records visitors there). A visitor's phone and
// address are personal data: the office and the chair only, masked for everyone else.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface DayRef {
  townshipId: string;
}

const TOWNSHIP_READERS = ["OFFICE", "CHAIR", "PRESIDIUM"];

const NONE = "00000000-0000-0000-0000-000000000000";

export function canViewDay(actor: Actor, d: DayRef, onDuty: boolean): boolean {
  if (!can(actor, "reception.view", { townshipId: d.townshipId })) return false;
  if (TOWNSHIP_READERS.includes(actor.role)) return true;
  return actor.role === "DEPUTY" && onDuty;
}

/** The days the actor may list, as `canViewDay` says. */
export function visibleDaysWhere(actor: Actor): Prisma.ReceptionDayWhereInput {
  if (TOWNSHIP_READERS.includes(actor.role)) return {};
  if (actor.role === "DEPUTY") return { duties: { some: { deputyId: actor.deputyId ?? NONE } } };
  return { id: NONE };
}

/** The office records every day's visitors (代录 from the paper register); a deputy on the days they are on duty. */
export const canRecordVisit = (actor: Actor, d: DayRef, onDuty: boolean) =>
  can(actor, "reception.record_visit", { townshipId: d.townshipId }) && (actor.role !== "DEPUTY" || onDuty);

/** A visitor's phone and address unmasked. */
export const seesPersonalData = (actor: Actor) => can(actor, "reception.personal_data");
