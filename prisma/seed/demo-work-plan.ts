// The demo township's year plan (工作要点, issue 18): the 2026 plan, approved by the party committee in February,
// its items linked to the demo's own records (the presidium meeting, the evaluation and the inspection, the
// initial training, reception days, group activities, the session being prepared), one item set by the office
// and one whose month has passed with nothing linked — so the progress and its warning have something to show.
// Written in the seed's one transaction, after the records it links.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { parseDay } from "@/lib/time/day";

interface Ctx {
  townshipId: string;
  officeUserId: string;
}

export const DEMO_WORK_PLAN_YEAR = 2026;

type Module =
  "SESSION" | "PRESIDIUM_MEETING" | "SUPERVISION" | "RECEPTION" | "TRAINING" | "GROUP_ACTIVITY" | "DUTY" | "PUBLICITY";

export async function seedDemoWorkPlan(tx: Tx, c: Ctx) {
  const t = { townshipId: c.townshipId };
  const year = { gte: parseDay("2026-01-01"), lt: parseDay("2027-01-01") };
  const [meeting, evaluation, inspection, training, receptions, activities, session] = await Promise.all([
    tx.presidiumMeeting.findFirst({ where: { ...t, date: year }, orderBy: { date: "asc" } }),
    tx.supervisionActivity.findFirst({ where: { ...t, kind: "WORK_EVALUATION" } }),
    tx.supervisionActivity.findFirst({ where: { ...t, kind: "LAW_INSPECTION" } }),
    tx.trainingSession.findFirst({ where: { ...t, kind: "INITIAL" } }),
    tx.receptionDay.findMany({ where: { ...t, year: 2026, heldOn: { not: null } }, orderBy: { date: "asc" }, take: 2 }),
    tx.groupActivity.findMany({ where: { ...t, heldOn: year }, orderBy: { heldOn: "asc" }, take: 2 }),
    tx.congressSession.findFirst({ where: t, orderBy: { startDate: "asc" } }),
  ]);
  const planId = randomUUID();
  await tx.workPlan.create({
    data: {
      ...t,
      id: planId,
      year: DEMO_WORK_PLAN_YEAR,
      title: "清水镇人大主席团2026年工作要点",
      preamble:
        "2026年，镇人大主席团在镇党委的领导下，坚持党的领导、人民当家作主、依法治国有机统一，依法履行职责，围绕全镇中心工作开展监督，做好代表工作，加强自身建设。",
      state: "APPROVED",
      approvedOn: parseDay("2026-02-20"),
      approvalNote: "镇党委会议审定同意",
      approvedById: c.officeUserId,
      createdById: c.officeUserId,
    },
  });
  const items: {
    month: number | null;
    title: string;
    responsible: string;
    module: Module;
    links: { module: Module; recordId: string }[];
    status?: "IN_PROGRESS";
    statusNote?: string;
  }[] = [
    {
      month: 3,
      title: "召开主席团会议，研究部署全年人大工作",
      responsible: "主席团",
      module: "PRESIDIUM_MEETING",
      links: meeting ? [{ module: "PRESIDIUM_MEETING", recordId: meeting.id }] : [],
    },
    {
      month: 5,
      title: "对民政办等五个站所开展工作评议",
      responsible: "副主席",
      module: "SUPERVISION",
      links: evaluation ? [{ module: "SUPERVISION", recordId: evaluation.id }] : [],
    },
    {
      month: 6,
      title: "组织代表向选民述职",
      responsible: "各代表小组组长",
      module: "DUTY",
      links: [],
    },
    {
      month: 9,
      title: "开展《农产品质量安全法》执法检查",
      responsible: "主席",
      module: "SUPERVISION",
      links: inspection ? [{ module: "SUPERVISION", recordId: inspection.id }] : [],
    },
    {
      month: 9,
      title: "组织新任代表初任学习",
      responsible: "主席团办公室",
      module: "TRAINING",
      links: training ? [{ module: "TRAINING", recordId: training.id }] : [],
    },
    {
      month: 12,
      title: "筹备镇第十七届人民代表大会第一次会议",
      responsible: "主席团",
      module: "SESSION",
      links: session ? [{ module: "SESSION", recordId: session.id }] : [],
    },
    {
      month: null,
      title: "坚持每月接待选民日制度",
      responsible: "主席团办公室",
      module: "RECEPTION",
      links: receptions.map((r) => ({ module: "RECEPTION" as const, recordId: r.id })),
    },
    {
      month: null,
      title: "代表小组每季度开展一次活动",
      responsible: "各代表小组组长",
      module: "GROUP_ACTIVITY",
      links: activities.map((a) => ({ module: "GROUP_ACTIVITY" as const, recordId: a.id })),
    },
    {
      month: null,
      title: "加强人大工作宣传",
      responsible: "主席团办公室",
      module: "PUBLICITY",
      links: [],
      status: "IN_PROGRESS",
      statusNote: "已向县人大报送信息稿件",
    },
  ];
  for (const [position, item] of items.entries()) {
    const { links, ...fields } = item;
    await tx.workPlanItem.create({
      data: {
        ...t,
        planId,
        position,
        ...fields,
        links: { create: links.map((l) => ({ ...t, ...l })) },
      },
    });
  }
  return { planId, items: items.length };
}
