// 概览镇's supervision year for figure-links.spec.ts: a concluded work evaluation of 民政办 with its closed poll
// (paper 8 满意, 1 基本满意, 1 不满意 → 9/10 = 90%), and two of 民政办's rectification tasks — one reported the day
// before its due day (on time), one past its due day with no report — so the unit's on-time bar reads 1 / 2.
import { db } from "@/lib/db";
import { addDays, todayInChina } from "@/lib/time/day";
import { E2E_FIGURE_ACTIVITY } from "@/tests/e2e/dashboard-users";

export async function seedFigureLinks(townshipId: string, termId: string, unitId: string) {
  const today = todayInChina();
  const started = addDays(today, -2);
  const activity = await db.supervisionActivity.create({
    data: {
      townshipId,
      termId,
      year: started.getUTCFullYear(),
      kind: "WORK_EVALUATION",
      state: "CONCLUDED",
      title: E2E_FIGURE_ACTIVITY,
      startDate: started,
    },
  });
  const target = await db.supervisionTarget.create({
    data: { townshipId, activityId: activity.id, position: 1, unitId },
  });
  await db.supervisionPoll.create({
    data: {
      townshipId,
      activityId: activity.id,
      targetId: target.id,
      round: 1,
      paperSatisfied: 8,
      paperBasic: 1,
      paperUnsatisfied: 1,
      paperEnteredAt: started,
      closedAt: started,
    },
  });
  const due = addDays(today, -1);
  for (const [i, reported] of [true, false].entries()) {
    const opinion = await db.reviewOpinion.create({
      data: {
        townshipId,
        activityId: activity.id,
        unitId,
        text: `概览镇审议意见${i + 1}`,
        dueDate: due,
        sentOn: started,
        position: i,
      },
    });
    const task = await db.rectificationTask.create({
      data: {
        townshipId,
        activityId: activity.id,
        opinionId: opinion.id,
        unitId,
        number: `概览整改-${i + 1}`,
        assignedOn: started,
        dueDate: due,
        state: reported ? "REPORTED" : "ASSIGNED",
      },
    });
    if (reported)
      await db.rectificationReport.create({
        data: { townshipId, taskId: task.id, text: "已按审议意见整改。", submittedOn: started },
      });
  }
}
