import { describe, expect, it } from "vitest";
import {
  dueAfterSending,
  isOpen,
  nextState,
  previousStep,
  rectificationCountdown,
  rectificationOverdue,
  reportOnTime,
  stepAllowed,
  taskNumber,
} from "@/lib/supervision/rectification/rules";

const day = (t: string) => new Date(`${t}T00:00:00Z`);

describe("the state rules", () => {
  it("a report is owed while assigned or returned, refused once reported or accepted", () => {
    expect(stepAllowed("report", "ASSIGNED")).toBe(true);
    expect(stepAllowed("report", "RETURNED")).toBe(true);
    expect(stepAllowed("report", "REPORTED")).toBe("整改报告已提交，正在等待人大办审核");
    expect(stepAllowed("report", "ACCEPTED")).toBe("整改已验收，不能再提交整改报告");
  });

  it("the office reviews only a submitted report", () => {
    for (const step of ["accept", "return"] as const) {
      expect(stepAllowed(step, "REPORTED")).toBe(true);
      expect(stepAllowed(step, "ASSIGNED")).toBe("单位尚未提交整改报告，不能审核");
      expect(stepAllowed(step, "RETURNED")).toBe("单位尚未提交整改报告，不能审核");
      expect(stepAllowed(step, "ACCEPTED")).toBe("整改已验收，不能再审核");
    }
  });

  it("催办 while a report is owed; 回访 during rectification and after acceptance", () => {
    expect(stepAllowed("remind", "ASSIGNED")).toBe(true);
    expect(stepAllowed("remind", "RETURNED")).toBe(true);
    expect(stepAllowed("remind", "REPORTED")).not.toBe(true);
    expect(stepAllowed("remind", "ACCEPTED")).not.toBe(true);
    for (const state of ["ASSIGNED", "RETURNED", "REPORTED", "ACCEPTED"] as const)
      expect(stepAllowed("visit", state)).toBe(true);
  });

  it("moves report → reported, accept → accepted, return → returned; 催办 and 回访 leave the state", () => {
    expect(nextState("report", "RETURNED")).toBe("REPORTED");
    expect(nextState("accept", "REPORTED")).toBe("ACCEPTED");
    expect(nextState("return", "REPORTED")).toBe("RETURNED");
    expect(nextState("remind", "ASSIGNED")).toBe("ASSIGNED");
    expect(nextState("visit", "ACCEPTED")).toBe("ACCEPTED");
    expect(isOpen("ASSIGNED") && isOpen("RETURNED")).toBe(true);
    expect(isOpen("REPORTED") || isOpen("ACCEPTED")).toBe(false);
  });
});

describe("the order of the days", () => {
  const t = { assignedOn: day("2026-11-02"), acceptedOn: null, lastReportOn: null, lastReturnOn: null };
  it("a report not before sending, or after a return not before the return", () => {
    expect(previousStep("report", t)).toEqual({ label: "送达日期", day: day("2026-11-02") });
    expect(previousStep("report", { ...t, lastReturnOn: day("2026-11-20") })).toEqual({
      label: "退回日期",
      day: day("2026-11-20"),
    });
  });
  it("a review not before the report; a visit not before the task was sent, accepted or not", () => {
    expect(previousStep("accept", { ...t, lastReportOn: day("2026-11-15") }).day).toEqual(day("2026-11-15"));
    expect(previousStep("return", { ...t, lastReportOn: day("2026-11-15") }).label).toBe("整改报告提交日期");
    expect(previousStep("visit", t)).toEqual({ label: "送达日期", day: day("2026-11-02") });
    expect(previousStep("visit", { ...t, acceptedOn: day("2026-12-01") })).toEqual({
      label: "送达日期",
      day: day("2026-11-02"),
    });
  });
  it("a due day after the day the opinion is sent", () => {
    expect(dueAfterSending(day("2026-12-01"), day("2026-11-30"))).toBe(true);
    expect(dueAfterSending(day("2026-11-30"), day("2026-11-30"))).toBe("整改期限应晚于送达日期");
  });
});

describe("due and overdue", () => {
  const today = day("2026-12-07");
  it("overdue only while a report is owed and after the due day", () => {
    expect(rectificationOverdue({ state: "ASSIGNED", dueDate: day("2026-12-06") }, today)).toBe(true);
    expect(rectificationOverdue({ state: "RETURNED", dueDate: day("2026-12-06") }, today)).toBe(true);
    expect(rectificationOverdue({ state: "ASSIGNED", dueDate: day("2026-12-07") }, today)).toBe(false);
    expect(rectificationOverdue({ state: "REPORTED", dueDate: day("2026-12-01") }, today)).toBe(false);
    expect(rectificationOverdue({ state: "ACCEPTED", dueDate: day("2026-12-01") }, today)).toBe(false);
  });
  it("the due words while owed, none after", () => {
    expect(rectificationCountdown({ state: "ASSIGNED", dueDate: day("2026-12-04") }, today, 14)?.text).toBe(
      "逾期 3 天",
    );
    expect(rectificationCountdown({ state: "RETURNED", dueDate: today }, today, 14)?.text).toBe("今天到期");
    expect(rectificationCountdown({ state: "ASSIGNED", dueDate: day("2026-12-12") }, today, 14)?.text).toBe(
      "还剩 5 天",
    );
    expect(rectificationCountdown({ state: "REPORTED", dueDate: day("2026-12-04") }, today, 14)).toBeNull();
  });
  it("on time through the due day", () => {
    expect(reportOnTime(day("2026-12-07"), day("2026-12-07"))).toBe(true);
    expect(reportOnTime(day("2026-12-08"), day("2026-12-07"))).toBe(false);
  });
  it("numbers the tasks per year", () => {
    expect(taskNumber(2026, 3)).toBe("整改2026-003");
  });
});
