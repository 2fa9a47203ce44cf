import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every policy and service sees them. */
export interface Actor {
  userId: string;
  sessionId: string;
  townshipId: string;
  username: string;
  displayName: string;
  role: Role;
  deputyId: string | null;
  unitId: string | null;
  mustChangePassword: boolean;
}
