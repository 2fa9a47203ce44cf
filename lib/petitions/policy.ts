// Record rules of the petition record on top of the permission table (lib/auth/permissions.ts):
// who sees the petitioner's personal data in full, who may correct the registration and when.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { PetitionState } from "@/lib/generated/prisma/enums";

/** How a viewer sees the petitioner's phone, ID number and address. */
export type PersonalView = "FULL" | "MASKED";

/**
 * The personal data in full only for the office and the chair, and only when they ask for it
 * (显示完整信息) — each such view is logged (lib/petitions/privacy.ts). Everyone else: masked, always.
 */
export function personalViewFor(actor: Actor, reveal: boolean): PersonalView {
  return reveal && can(actor, "petition.reveal_personal") ? "FULL" : "MASKED";
}

/** The office corrects the registration while the case is open; a closed case is history. */
export function registrationEditable(actor: Actor, p: { state: PetitionState; townshipId: string }): true | string {
  if (!can(actor, "petition.update", { townshipId: p.townshipId })) return "只有人大办可以修改登记信息";
  if (p.state === "CLOSED") return "信访件已办结，不能再修改登记信息";
  return true;
}
