// Who sees and writes which duty entry (履职登记): the office and the chair all of the township's; a presidium
// member their linked deputies' (联系代表) and their own; a deputy their own. Owners write their own entries
// while not verified; the office keys entries for anyone (代录) and reviews them. Units see none.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isEditable, isReviewable } from "@/lib/duties/rules";

const NONE = "00000000-0000-0000-0000-000000000000";

/** The deputies whose entries a role reads; null: all of the township's. */
export function readableDeputies(actor: Actor, linked: string[]): string[] | null {
  if (actor.role === "OFFICE" || actor.role === "CHAIR") return null;
  if (actor.role === "PRESIDIUM") return [...new Set([...linked, ...(actor.deputyId ? [actor.deputyId] : [])])];
  if (actor.role === "DEPUTY") return actor.deputyId ? [actor.deputyId] : [];
  return [];
}

/** The where of a list (deputy-owned rows: DeputyDuty, VoterReport). */
export function visibleDeputyWhere(actor: Actor, linked: string[]): { deputyId?: { in: string[] } } {
  const ids = readableDeputies(actor, linked);
  return ids === null ? {} : { deputyId: { in: ids.length ? ids : [NONE] } };
}

export interface DutyRecord {
  townshipId: string;
  deputyId: string;
  state: string;
}

export const canViewDuty = (actor: Actor, d: DutyRecord, linked: string[]) => {
  if (!can(actor, "duty.view", { townshipId: d.townshipId })) return false;
  const ids = readableDeputies(actor, linked);
  return ids === null || ids.includes(d.deputyId);
};

/** Own entry (a deputy, or a presidium member with a deputy record) or the office. */
export const isOwnerOrOffice = (actor: Actor, d: DutyRecord) =>
  actor.role === "OFFICE" || (!!actor.deputyId && actor.deputyId === d.deputyId);

/** `true` or the Chinese reason: correcting (and resubmitting) an entry. */
export function editAvailable(actor: Actor, d: DutyRecord): true | string {
  if (!can(actor, "duty.update", { townshipId: d.townshipId }) || !isOwnerOrOffice(actor, d))
    return "只能修改本人的履职登记";
  return isEditable(d.state) ? true : "已核实的登记不能修改";
}

export function reviewAvailable(actor: Actor, d: DutyRecord): true | string {
  if (!can(actor, "duty.review", { townshipId: d.townshipId })) return "只有人大办可以核实或退回";
  return isReviewable(d.state) ? true : "只有待核实的登记可以核实或退回";
}

/** What the actor may do on the entry now (the page reads these, never roles or states). */
export function dutySteps(actor: Actor, d: DutyRecord) {
  const steps = [
    { name: "edit", label: d.state === "RETURNED" ? "修改后重新提交" : "修改", available: editAvailable(actor, d) },
    { name: "verify", label: "核实", available: reviewAvailable(actor, d) },
    { name: "return", label: "退回", available: reviewAvailable(actor, d) },
  ];
  const who = { edit: "duty.update", verify: "duty.review", return: "duty.review" } as const;
  return steps
    .filter((s) => can(actor, who[s.name as keyof typeof who], { townshipId: d.townshipId }))
    .filter((s) => s.name !== "edit" || isOwnerOrOffice(actor, d))
    .map((s) => ({
      name: s.name,
      label: s.label,
      open: s.available === true,
      ...(s.available === true ? {} : { reason: s.available }),
    }));
}

export type DutyWhere = Prisma.DeputyDutyWhereInput;
