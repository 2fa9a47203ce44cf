// Who reads a deputy's record (履职档案): the office and the chair every deputy's; a presidium member the
// deputies linked to them (PresidiumLink); a deputy their own. Anyone else — other deputies, unlinked presidium
// members, units — is answered as if the record did not exist (404).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";

export function canViewDeputyRecord(
  actor: Actor,
  deputy: { id: string; townshipId: string; linkedMemberIds: readonly string[] },
): boolean {
  if (!can(actor, "deputy_record.view", { townshipId: deputy.townshipId })) return false;
  switch (actor.role) {
    case "OFFICE":
    case "CHAIR":
      return true;
    case "PRESIDIUM":
      return deputy.linkedMemberIds.includes(actor.userId);
    case "DEPUTY":
      return !!actor.deputyId && actor.deputyId === deputy.id;
    default:
      return false;
  }
}
