import type { Actor } from "@/lib/auth/actor";

/** An actor for pure policy and step tests (no database): township-1, deputy d1, unit unit-1. */
export const testActor = (role: Actor["role"], over: Partial<Actor> = {}): Actor => ({
  userId: "u",
  sessionId: "s",
  townshipId: "township-1",
  username: "x",
  displayName: "x",
  role,
  deputyId: role === "DEPUTY" ? "d1" : null,
  unitId: role === "UNIT" ? "unit-1" : null,
  mustChangePassword: false,
  requestId: "test-request",
  ip: null,
  ...over,
});
