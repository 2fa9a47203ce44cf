import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/time/day";
import { changedNotices, enrolledNotices, leaveDecidedNotices } from "@/lib/training/notices";

const t = {
  id: "t1",
  title: "代表履职学习",
  startDate: parseDay("2026-12-20"),
  endDate: parseDay("2026-12-21"),
  days: 2,
  place: "镇会议室",
  cancelled: false,
};

describe("training notices", () => {
  it("tells the deputies just enrolled the days and place, linked to the training", () => {
    const [n] = enrolledNotices("tw", t, ["d1"]);
    expect(n).toEqual({
      townshipId: "tw",
      recipient: { deputyId: "d1" },
      subject: { type: "training", id: "t1" },
      link: "/training/sessions/t1",
      message:
        "您已报名参加培训「代表履职学习」：2026-12-20 至 2026-12-21，地点：镇会议室。不能参加的请在培训结束前提交请假申请。",
    });
    expect(enrolledNotices("tw", t, [])).toEqual([]);
  });

  it("tells of a change of name, days or place, or a cancellation; not of other fields", () => {
    const moved = changedNotices(
      "tw",
      t,
      { ...t, startDate: parseDay("2026-12-22"), endDate: parseDay("2026-12-22") },
      ["d1", "d2"],
    );
    expect(moved.map((n) => n.message)).toEqual([
      "培训「代表履职学习」有变更：2026-12-22，地点：镇会议室，请留意。",
      "培训「代表履职学习」有变更：2026-12-22，地点：镇会议室，请留意。",
    ]);
    expect(changedNotices("tw", t, { ...t, place: "村委会" }, ["d1"])).toHaveLength(1);
    expect(changedNotices("tw", t, { ...t }, ["d1"])).toEqual([]);
    expect(changedNotices("tw", t, { ...t, cancelled: true }, ["d1"])[0].message).toBe(
      "培训「代表履职学习」（2026-12-20 至 2026-12-21）已取消。",
    );
    // Already cancelled: changes to it tell no one.
    expect(changedNotices("tw", { ...t, cancelled: true }, { ...t, cancelled: true, place: "x" }, ["d1"])).toEqual([]);
  });

  it("tells the deputy the chair's decision on their leave", () => {
    expect(leaveDecidedNotices("tw", t, "d1", true, "同意")[0].message).toBe(
      "您参加培训「代表履职学习」（2026-12-20 至 2026-12-21）的请假申请已批准：同意",
    );
    expect(leaveDecidedNotices("tw", t, "d1", false, null)[0].message).toBe(
      "您参加培训「代表履职学习」（2026-12-20 至 2026-12-21）的请假申请未获批准，请按时参加。",
    );
  });
});
