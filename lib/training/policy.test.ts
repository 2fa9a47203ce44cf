import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { canViewTraining, leaveRequester, visibleTrainingsWhere } from "@/lib/training/policy";

const actor = (role: Actor["role"], over: Partial<Actor> = {}): Actor =>
  ({ role, townshipId: "t1", userId: "u", deputyId: null, unitId: null, ...over }) as Actor;
const T = { townshipId: "t1" };

describe("who sees a training", () => {
  it("the office, chair and presidium all of the township's; a deputy only when enrolled; units none", () => {
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const) {
      expect(canViewTraining(actor(role), T, false)).toBe(true);
      expect(canViewTraining(actor(role), { townshipId: "t2" }, true)).toBe(false);
    }
    expect(canViewTraining(actor("DEPUTY", { deputyId: "d" }), T, true)).toBe(true);
    expect(canViewTraining(actor("DEPUTY", { deputyId: "d" }), T, false)).toBe(false);
    expect(canViewTraining(actor("UNIT", { unitId: "x" }), T, true)).toBe(false);
    expect(visibleTrainingsWhere(actor("DEPUTY", { deputyId: "d" }))).toEqual({
      enrolments: { some: { deputyId: "d" } },
    });
    expect(visibleTrainingsWhere(actor("UNIT"))).toHaveProperty("id");
  });
});

describe("whose leave request", () => {
  it("a deputy asks only for themself; the office keys one naming the deputy", () => {
    expect(leaveRequester(actor("DEPUTY", { deputyId: "d" }), undefined)).toEqual({ deputyId: "d", onBehalf: false });
    expect(leaveRequester(actor("DEPUTY", { deputyId: "d" }), "d")).toEqual({ deputyId: "d", onBehalf: false });
    expect(() => leaveRequester(actor("DEPUTY", { deputyId: "d" }), "e")).toThrow(AppError);
    expect(() => leaveRequester(actor("DEPUTY"), undefined)).toThrow("此账号未关联代表");
    expect(leaveRequester(actor("OFFICE"), "e")).toEqual({ deputyId: "e", onBehalf: true });
    expect(() => leaveRequester(actor("OFFICE"), undefined)).toThrow(AppError);
  });
});
