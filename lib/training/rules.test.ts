import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/time/day";
import {
  countsForGroup,
  daysTrained,
  firstSessionOf,
  groupTrainingWarning,
  initialTrainingWarning,
  termDaysWarning,
  trainingTally,
  type AttendedTraining,
} from "@/lib/training/rules";

const t = (over: Partial<AttendedTraining> = {}): AttendedTraining => ({
  kind: "DUTY",
  days: 2,
  startDate: parseDay("2026-10-10"),
  endDate: parseDay("2026-10-11"),
  attendance: "PRESENT",
  ...over,
});

describe("days trained", () => {
  it("counts only trainings attended in person and not cancelled, half days kept", () => {
    expect(
      daysTrained([
        t({ days: 2 }),
        t({ days: 1.5 }),
        t({ days: 3, attendance: "LEAVE" }),
        t({ days: 3, attendance: "ABSENT" }),
        t({ days: 3, attendance: null }),
        t({ days: 4, cancelled: true }),
      ]),
    ).toBe(3.5);
    expect(daysTrained([])).toBe(0);
  });
});

describe("days this term against 5–7 (local practice)", () => {
  const norm = { min: 5, max: 7 };
  it("warns below the lower figure, naming the days and the norm", () => {
    expect(termDaysWarning(4.5, norm)).toBe("本届已培训 4.5 天，未达到每届 5–7 天的要求（本乡镇规定）");
    expect(termDaysWarning(0, norm)).toContain("本届已培训 0 天");
  });
  it("is quiet at or above the lower figure", () => {
    expect(termDaysWarning(5, norm)).toBeNull();
    expect(termDaysWarning(8, norm)).toBeNull();
  });
  it("follows the setting", () => {
    expect(termDaysWarning(5, { min: 6, max: 8 })).toContain("6–8");
  });
});

describe("初任学习 before the first session", () => {
  const sessions = [
    { number: 2, startDate: parseDay("2027-03-01") },
    { number: 1, startDate: parseDay("2026-09-01") },
  ];
  it("the first session is the earliest starting on or after the deputy's first day", () => {
    expect(firstSessionOf(sessions, parseDay("2026-09-01"))?.number).toBe(1);
    expect(firstSessionOf(sessions, parseDay("2026-12-01"))?.number).toBe(2);
    expect(firstSessionOf(sessions, parseDay("2027-04-01"))).toBeNull();
  });
  const first = { number: 2, startDate: parseDay("2027-03-01") };
  it("done when an initial training attended ended on or before the session's first day", () => {
    const initial = t({ kind: "INITIAL", startDate: parseDay("2027-02-27"), endDate: parseDay("2027-03-01") });
    expect(initialTrainingWarning([initial], first)).toBeNull();
  });
  it("warns when the initial training came after the session, was missed, or was another kind", () => {
    const late = t({ kind: "INITIAL", startDate: parseDay("2027-03-05"), endDate: parseDay("2027-03-05") });
    expect(initialTrainingWarning([late], first)).toBe(
      "未在首次参加的会议（第2次会议，2027-03-01）前参加初任学习（本乡镇规定）",
    );
    const onLeave = t({ kind: "INITIAL", endDate: parseDay("2027-01-01"), attendance: "LEAVE" });
    expect(initialTrainingWarning([onLeave], first)).not.toBeNull();
    expect(initialTrainingWarning([t({ kind: "DUTY", endDate: parseDay("2027-01-01") })], first)).not.toBeNull();
    const cancelled = t({ kind: "INITIAL", endDate: parseDay("2027-01-01"), cancelled: true });
    expect(initialTrainingWarning([cancelled], first)).not.toBeNull();
  });
  it("with no session scheduled, any initial training attended will do", () => {
    expect(initialTrainingWarning([], null)).toBe("尚未参加初任学习（应在首次参加的会议前参加，本乡镇规定）");
    expect(initialTrainingWarning([t({ kind: "INITIAL" })], null)).toBeNull();
  });
});

describe("group trainings a year (local practice: 2)", () => {
  const members = [
    { deputyId: "a", startDate: parseDay("2026-09-01"), leftDate: null },
    { deputyId: "b", startDate: parseDay("2026-09-01"), leftDate: parseDay("2027-01-01") },
    { deputyId: "c", startDate: parseDay("2027-02-01"), leftDate: null },
  ];
  it("counts a training when every member sitting on its first day was enrolled", () => {
    const oct = { startDate: parseDay("2026-10-10") };
    expect(countsForGroup(members, oct, new Set(["a", "b"]))).toBe(true);
    expect(countsForGroup(members, oct, new Set(["a"]))).toBe(false);
    const mar = { startDate: parseDay("2027-03-10") };
    expect(countsForGroup(members, mar, new Set(["a", "c"]))).toBe(true);
    expect(countsForGroup(members, { ...mar, cancelled: true }, new Set(["a", "c"]))).toBe(false);
  });
  it("a group with nobody sitting has no training", () => {
    expect(countsForGroup([], { startDate: parseDay("2026-10-10") }, new Set(["a"]))).toBe(false);
  });
  it("warns below the yearly figure, naming the group", () => {
    expect(groupTrainingWarning("第一代表小组", 1, 2)).toBe("第一代表小组本年培训 1 次，少于每年 2 次（本乡镇规定）");
    expect(groupTrainingWarning("第一代表小组", 2, 2)).toBeNull();
  });
});

describe("trainingTally", () => {
  it("counts attendance of trainings not cancelled and the days attended", () => {
    expect(
      trainingTally([
        t({ days: 2 }),
        t({ days: 1.5 }),
        t({ attendance: "LEAVE" }),
        t({ attendance: "ABSENT" }),
        t({ attendance: null }),
        t({ cancelled: true }),
        t({ cancelled: true, attendance: "LEAVE" }),
      ]),
    ).toEqual({ attended: 2, leave: 1, absent: 1, days: 3.5 });
    expect(trainingTally([])).toEqual({ attended: 0, leave: 0, absent: 0, days: 0 });
  });
});
