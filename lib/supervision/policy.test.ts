import { describe, expect, it } from "vitest";
import { testActor as actor } from "@/tests/factories/actor";
import { canReconcile, canViewActivity, canVote, resultScope, type ActivityRelation } from "@/lib/supervision/policy";
import { activityAbilities, activitySteps, stepAvailable } from "@/lib/supervision/steps";

const T = "township-1";
const rel = (over: Partial<ActivityRelation> = {}): ActivityRelation => ({
  participant: false,
  concernsUnit: false,
  ...over,
});
const draft = { townshipId: T, state: "DRAFT" };
const underWay = { townshipId: T, state: "UNDER_WAY" };
const elsewhere = { townshipId: "township-2", state: "UNDER_WAY" };

// Written from the brief: the office plans and records; the chair approves and reads; deputies read the
// activities they take part in and cast their own ballots; a unit reads only what concerns it; the presidium reads.
describe("who sees an activity", () => {
  it("office, chair and presidium: all of their township's, drafts included", () => {
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const) {
      expect(canViewActivity(actor(role), draft, rel())).toBe(true);
      expect(canViewActivity(actor(role), elsewhere, rel())).toBe(false);
    }
  });

  it("a deputy: the approved activities they take part in; a unit: the approved ones that concern it", () => {
    expect(canViewActivity(actor("DEPUTY"), underWay, rel({ participant: true }))).toBe(true);
    expect(canViewActivity(actor("DEPUTY"), underWay, rel())).toBe(false);
    expect(canViewActivity(actor("DEPUTY"), draft, rel({ participant: true }))).toBe(false);
    expect(canViewActivity(actor("UNIT"), underWay, rel({ concernsUnit: true }))).toBe(true);
    expect(canViewActivity(actor("UNIT"), underWay, rel())).toBe(false);
  });

  it("results: a unit only its own target's; the reconciliation only for the office; only a participant votes", () => {
    expect(resultScope(actor("UNIT"), underWay, rel({ concernsUnit: true }))).toBe("OWN_UNIT");
    expect(resultScope(actor("PRESIDIUM"), underWay, rel())).toBe("ALL");
    expect(resultScope(actor("DEPUTY"), underWay, rel())).toBeNull();
    expect(canReconcile(actor("OFFICE"), underWay)).toBe(true);
    expect(canReconcile(actor("CHAIR"), underWay)).toBe(false);
    expect(canVote(actor("DEPUTY", { deputyId: "d1" }), underWay, rel({ participant: true }))).toBe(true);
    expect(canVote(actor("DEPUTY", { deputyId: "d1" }), underWay, rel())).toBe(false);
    expect(canVote(actor("OFFICE"), underWay, rel({ participant: true }))).toBe(false);
  });
});

describe("the plan's steps", () => {
  const record = { townshipId: T, state: "DRAFT", kind: "WORK_EVALUATION", participants: 17 };

  it("the chair approves, the office starts and concludes; each closed step says why", () => {
    expect(activitySteps(actor("CHAIR"), record).map((s) => [s.name, s.open])).toEqual([["approve", true]]);
    expect(activitySteps(actor("OFFICE"), record)).toEqual([
      { name: "start", label: "开始活动", open: false, reason: "方案批准后才能开始活动" },
      { name: "conclude", label: "结束活动", open: false, reason: "活动开始后才能结束" },
    ]);
    expect(activitySteps(actor("PRESIDIUM"), record)).toEqual([]);
    expect(stepAvailable("approve", { ...record, participants: 0 })).toBe(
      "民主测评须有参加测评的代表：请先在方案中加入参加人员",
    );
  });

  it("the office records attendance and paper counts while under way; a participant votes", () => {
    const running = { ...record, state: "UNDER_WAY" };
    expect(activityAbilities(actor("OFFICE"), { ...running, participant: false })).toMatchObject({
      editPlan: false,
      recordAttendance: true,
      enterPaper: true,
      vote: false,
    });
    expect(activityAbilities(actor("DEPUTY"), { ...running, participant: true }).vote).toBe(true);
    expect(activityAbilities(actor("OFFICE"), { ...record, participant: false }).editPlan).toBe(true);
  });

  it("the activity report (.docx) is offered to the office, chair and presidium, not to a deputy or unit", () => {
    const who = (role: "OFFICE" | "CHAIR" | "PRESIDIUM" | "DEPUTY" | "UNIT") =>
      activityAbilities(actor(role), { ...record, participant: true }).report;
    expect((["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const).map(who)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
