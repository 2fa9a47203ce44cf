// A deputy's trainings for their record (lib/training/public.ts deputyTrainingRecord), against a hand-made term.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseDay } from "@/lib/time/day";
import { deputyTrainingRecord } from "@/lib/training/public";
import { createDeputy, createTerm, createTownship } from "@/tests/factories";

async function world() {
  const township = await createTownship();
  const term = await createTerm(township.id);
  const a = await createDeputy(township.id, term.id, "甲代表");
  const b = await createDeputy(township.id, term.id, "乙代表");
  const group = await db.representativeGroup.create({
    data: { townshipId: township.id, name: "第一代表小组", kind: "GROUP" },
  });
  await db.deputy.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { groupId: group.id } });
  await db.congressSession.create({
    data: {
      townshipId: township.id,
      termId: term.id,
      number: 1,
      startDate: parseDay("2026-09-20"),
      endDate: parseDay("2026-09-21"),
      venue: "会议室",
    },
  });
  const training = async (
    kind: "INITIAL" | "DUTY" | "SELF_STUDY",
    start: string,
    days: number,
    rows: {
      deputyId: string;
      attendance: "PRESENT" | "LEAVE" | "ABSENT" | null;
      score?: number;
      reflection?: string;
    }[],
    cancelled = false,
  ) =>
    db.trainingSession.create({
      data: {
        townshipId: township.id,
        termId: term.id,
        kind,
        title: `${kind}-${start}`,
        startDate: parseDay(start),
        endDate: parseDay(start),
        days,
        cancelled,
        enrolments: { create: rows.map((r) => ({ townshipId: township.id, ...r })) },
      },
    });
  return { township, term, a, b, group, training };
}

describe("deputyTrainingRecord", () => {
  it("lists the year's trainings with attendance and assessment, counts days this year and term, and warns", async () => {
    const w = await world();
    await w.training("INITIAL", "2026-09-10", 1.5, [
      { deputyId: w.a.id, attendance: "PRESENT", score: 92 },
      { deputyId: w.b.id, attendance: "LEAVE" },
    ]);
    const duty = await w.training("DUTY", "2027-03-10", 2, [
      { deputyId: w.a.id, attendance: "PRESENT", reflection: "学习了代表法" },
    ]);
    await w.training("SELF_STUDY", "2027-05-10", 1, [{ deputyId: w.a.id, attendance: "ABSENT" }]);
    await w.training("DUTY", "2027-06-10", 3, [{ deputyId: w.a.id, attendance: "PRESENT" }], true);
    await db.trainingLeaveRequest.create({
      data: {
        townshipId: w.township.id,
        sessionId: duty.id,
        deputyId: w.a.id,
        reason: "外出",
        requestedOn: parseDay("2027-03-01"),
        state: "REJECTED",
      },
    });

    const r = await deputyTrainingRecord(db, w.township.id, w.a.id, 2027);
    expect(r?.trainings.map((t) => [t.kindLabel, t.startDate, t.days, t.attendanceLabel, t.reflection])).toEqual([
      ["履职学习", "2027-03-10", 2, "出席", "学习了代表法"],
      ["自学", "2027-05-10", 1, "缺席", null],
    ]);
    expect(r?.trainings[0].leaveRequest).toBe("REJECTED");
    expect(r?.daysThisYear).toBe(2);
    expect(r?.daysThisTerm).toBe(3.5);
    // 3.5 days < 5; 初任学习 done before session 1; the group: the initial training had both members (1 in 2026),
    // 2027's trainings enrolled only 甲 → 0 in 2027.
    expect(r?.warnings).toEqual([
      "本届已培训 3.5 天，未达到每届 5–7 天的要求（本乡镇规定）",
      "第一代表小组本年培训 0 次，少于每年 2 次（本乡镇规定）",
    ]);
    expect(r?.normNote).toContain("不是法律规定");

    const b = await deputyTrainingRecord(db, w.township.id, w.b.id, 2026);
    expect(b?.trainings.map((t) => t.attendanceLabel)).toEqual(["请假"]);
    expect(b?.daysThisYear).toBe(0);
    expect(b?.warnings).toContain("未在首次参加的会议（第1次会议，2026-09-20）前参加初任学习（本乡镇规定）");
    expect(b?.warnings).toContain("第一代表小组本年培训 1 次，少于每年 2 次（本乡镇规定）");
  });

  it("another township's deputy is not found", async () => {
    const w = await world();
    const other = await createTownship("他镇");
    expect(await deputyTrainingRecord(db, other.id, w.a.id, 2027)).toBeNull();
  });
});
