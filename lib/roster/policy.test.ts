import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { canChangeDeputyPhoto, canViewDeputyPhoto } from "@/lib/roster/policy";

const T1 = "township-1";
const deputy = { id: "deputy-1", townshipId: T1 };
const actor = (role: Actor["role"], over: Partial<Actor> = {}): Actor => ({
  userId: "u",
  sessionId: "s",
  townshipId: T1,
  username: "u",
  displayName: "u",
  role,
  deputyId: null,
  unitId: null,
  mustChangePassword: false,
  requestId: "test-request",
  ip: null,
  ...over,
});

describe("deputy photo policy", () => {
  it("shows the photo to the office, chair, presidium and the deputy themself; not to other deputies or units", () => {
    expect(canViewDeputyPhoto(actor("OFFICE"), deputy)).toBe(true);
    expect(canViewDeputyPhoto(actor("CHAIR"), deputy)).toBe(true);
    expect(canViewDeputyPhoto(actor("PRESIDIUM"), deputy)).toBe(true);
    expect(canViewDeputyPhoto(actor("DEPUTY", { deputyId: deputy.id }), deputy)).toBe(true);
    expect(canViewDeputyPhoto(actor("DEPUTY", { deputyId: "deputy-2" }), deputy)).toBe(false);
    expect(canViewDeputyPhoto(actor("UNIT", { unitId: "unit-1" }), deputy)).toBe(false);
  });

  it("lets only the office change it: not the deputy themself, not another township's office", () => {
    expect(canChangeDeputyPhoto(actor("OFFICE"), deputy)).toBe(true);
    expect(canChangeDeputyPhoto(actor("DEPUTY", { deputyId: deputy.id }), deputy)).toBe(false);
    for (const role of ["CHAIR", "PRESIDIUM", "UNIT"] as const)
      expect(canChangeDeputyPhoto(actor(role), deputy)).toBe(false);
    expect(canChangeDeputyPhoto(actor("OFFICE", { townshipId: "township-2" }), deputy)).toBe(false);
    expect(canViewDeputyPhoto(actor("OFFICE", { townshipId: "township-2" }), deputy)).toBe(false);
  });
});
