import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { canViewDeputyRecord } from "@/lib/deputy-record/policy";

const T = "township-1";
const actor = (role: Actor["role"], over: Partial<Actor> = {}): Actor => ({
  userId: `user-${role}`,
  sessionId: "s",
  townshipId: T,
  username: role,
  displayName: role,
  role,
  deputyId: null,
  unitId: null,
  mustChangePassword: false,
  requestId: "r",
  ip: null,
  ...over,
});
const deputy = { id: "deputy-1", townshipId: T, linkedMemberIds: ["user-linked"] };

describe("canViewDeputyRecord", () => {
  it("lets the office and the chair read every deputy's record of their township", () => {
    expect(canViewDeputyRecord(actor("OFFICE"), deputy)).toBe(true);
    expect(canViewDeputyRecord(actor("CHAIR"), deputy)).toBe(true);
    expect(canViewDeputyRecord(actor("OFFICE", { townshipId: "township-2" }), deputy)).toBe(false);
  });

  it("lets a presidium member read only the deputies linked to them", () => {
    expect(canViewDeputyRecord(actor("PRESIDIUM", { userId: "user-linked" }), deputy)).toBe(true);
    expect(canViewDeputyRecord(actor("PRESIDIUM", { userId: "user-other" }), deputy)).toBe(false);
  });

  it("lets a deputy read their own record only, and a unit none", () => {
    expect(canViewDeputyRecord(actor("DEPUTY", { deputyId: "deputy-1" }), deputy)).toBe(true);
    expect(canViewDeputyRecord(actor("DEPUTY", { deputyId: "deputy-2" }), deputy)).toBe(false);
    expect(canViewDeputyRecord(actor("DEPUTY"), deputy)).toBe(false);
    expect(canViewDeputyRecord(actor("UNIT", { unitId: "u" }), deputy)).toBe(false);
  });
});
