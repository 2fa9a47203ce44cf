// The demo township's supervision (issue 15): a concluded 工作评议 of five units rated as the seed documents
// rate them (民政办 94%, 计生办 100%, 国土所 94%, 市政所 94%, 广电站 100%) with findings, review opinions and
// rectification tasks in several states, a 执法检查 of 《中华人民共和国农产品质量安全法》 at three markets with
// findings, and the presidium meeting that heard the evaluation's report. Written in the seed's one
// transaction with createMany, so the seed stays fast.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { addDays, parseDay } from "@/lib/time/day";

interface Ctx {
  townshipId: string;
  termId: string;
  chairId: string;
  presidiumId: string;
  officeUserId: string;
  /** The first five are 民政办, 计生办, 国土所, 市政所, 广电站 (DEMO_UNITS). */
  unitIds: string[];
  deputyIds: string[];
  /** The deputies' names, as deputyIds. */
  deputyNames: string[];
  today: Date;
}

/** Paper counts per unit: 17 ballots each; (满意 + 基本满意) ÷ 有效票 = 16/17 = 94% or 17/17 = 100%. */
const EVALUATED = [
  {
    paper: [12, 4, 1],
    finding: "部分困难群众救助审批时间较长，公示不够及时",
    opinion: "进一步规范救助审批流程，缩短办理时限，按月公示救助对象",
  },
  { paper: [15, 2, 0], finding: "流动人口服务台账更新不够及时", opinion: "完善流动人口服务台账，做到每季度更新" },
  { paper: [11, 5, 1], finding: "个别村组宅基地审批材料归档不全", opinion: "全面清理宅基地审批档案，建立一户一档" },
  { paper: [10, 6, 1], finding: "集镇部分路段路灯损坏未及时维修", opinion: "建立路灯巡查维修制度，损坏路灯七日内修复" },
  { paper: [14, 3, 0], finding: "偏远村组广播信号覆盖不稳定", opinion: "排查偏远村组信号盲区，制定覆盖改造计划" },
] as const;

const MARKETS = ["城关农贸市场", "清水集贸市场", "河西农产品批发市场"];

export async function seedDemoSupervision(tx: Tx, c: Ctx) {
  const t = { townshipId: c.townshipId };
  const day = (s: string) => parseDay(s);
  const evaluationId = randomUUID();
  const inspectionId = randomUUID();
  const meetingId = randomUUID();
  const participants = c.deputyIds.slice(0, 17);
  await tx.presidiumMeeting.create({
    data: {
      ...t,
      id: meetingId,
      termId: c.termId,
      number: 1,
      date: day("2026-11-12"),
      venue: "镇人大主席团会议室",
      members: {
        create: [
          { ...t, userId: c.chairId, name: "人大主席 李建华", attendance: "PRESENT", position: 1 },
          { ...t, userId: c.presidiumId, name: "主席团成员 张德明", attendance: "PRESENT", position: 2 },
        ],
      },
      invitees: {
        create: [20, 21].map((d, i) => ({ ...t, deputyId: c.deputyIds[d]!, name: c.deputyNames[d]!, position: i + 1 })),
      },
    },
  });
  await tx.supervisionActivity.createMany({
    data: [
      {
        ...t,
        id: evaluationId,
        termId: c.termId,
        year: 2026,
        kind: "WORK_EVALUATION",
        title: "2026年度站所工作评议",
        purpose: "了解站所依法履职情况，推动改进工作作风，提高服务群众水平",
        scope: "民政办、计生办、国土所、市政所、广电站2026年度工作",
        method: "听取汇报、实地察看、走访群众、座谈，会上民主测评",
        presidiumMeetingId: meetingId,
        startDate: day("2026-10-20"),
        endDate: day("2026-11-10"),
        state: "CONCLUDED",
        approvedAt: new Date("2026-10-15T09:00:00+08:00"),
        approvedById: c.chairId,
        partyConsentOn: day("2026-10-14"),
        partyConsentNote: "镇党委会议研究同意",
        startedAt: new Date("2026-10-20T09:00:00+08:00"),
        concludedOn: day("2026-11-10"),
        summary: "五个被评议站所总体工作扎实，群众满意度较高；对评议中发现的问题已提出审议意见，限期整改。",
        createdById: c.officeUserId,
      },
      {
        ...t,
        id: inspectionId,
        termId: c.termId,
        year: 2026,
        kind: "LAW_INSPECTION",
        title: "《中华人民共和国农产品质量安全法》执法检查",
        purpose: "检查农产品质量安全法在本镇的贯彻实施情况",
        lawName: "《中华人民共和国农产品质量安全法》",
        places: MARKETS.join("\n"),
        method: "实地检查、查阅台账、抽检",
        presidiumMeetingId: meetingId,
        startDate: day("2026-10-28"),
        endDate: day("2026-10-29"),
        state: "CONCLUDED",
        approvedAt: new Date("2026-10-22T09:00:00+08:00"),
        approvedById: c.chairId,
        partyConsentOn: day("2026-10-21"),
        partyConsentNote: "按县人大常委会统一部署，镇党委同意",
        startedAt: new Date("2026-10-28T09:00:00+08:00"),
        concludedOn: day("2026-10-29"),
        summary: "三个市场基本建立了农产品质量安全管理制度，快检工作有待加强。",
        createdById: c.officeUserId,
      },
    ],
  });
  await tx.presidiumMeetingTopic.createMany({
    data: [
      {
        ...t,
        meetingId,
        position: 1,
        kind: "REPORT",
        title: "听取2026年度站所工作评议情况汇报",
        reporter: "人大办",
        activityId: evaluationId,
        decision: "同意评议结果，审议意见送达被评议单位，限期报告整改情况",
      },
      {
        ...t,
        meetingId,
        position: 2,
        kind: "REPORT",
        title: "听取《中华人民共和国农产品质量安全法》执法检查情况汇报",
        reporter: "执法检查组",
        activityId: inspectionId,
        decision: "检查中发现的问题交镇人民政府督促整改",
      },
    ],
  });
  const targetIds = EVALUATED.map(() => randomUUID());
  await tx.supervisionTarget.createMany({
    data: targetIds.map((id, i) => ({ ...t, id, activityId: evaluationId, unitId: c.unitIds[i]!, position: i + 1 })),
  });
  await tx.supervisionParticipant.createMany({
    data: [
      ...participants.map((deputyId, i) => ({
        ...t,
        activityId: evaluationId,
        deputyId,
        attendance: "PRESENT" as const,
        presidiumMember: i < 2,
      })),
      ...c.deputyIds.slice(0, 8).map((deputyId, i) => ({
        ...t,
        activityId: inspectionId,
        deputyId,
        attendance: i === 7 ? ("LEAVE" as const) : ("PRESENT" as const),
      })),
    ],
  });
  await tx.supervisionPoll.createMany({
    data: EVALUATED.map((u, i) => ({
      ...t,
      activityId: evaluationId,
      targetId: targetIds[i]!,
      round: 1,
      closedAt: new Date("2026-11-10T11:00:00+08:00"),
      paperSatisfied: u.paper[0],
      paperBasic: u.paper[1],
      paperUnsatisfied: u.paper[2],
      paperEnteredAt: new Date("2026-11-10T11:30:00+08:00"),
      paperEnteredById: c.officeUserId,
    })),
  });
  await tx.supervisionFinding.createMany({
    data: [
      ...EVALUATED.map((u, i) => ({
        ...t,
        activityId: evaluationId,
        targetId: targetIds[i]!,
        text: u.finding,
        position: i + 1,
      })),
      ...MARKETS.map((m, i) => ({
        ...t,
        activityId: inspectionId,
        text: `${m}：${["农药残留快检记录不完整", "部分摊位未建立进货台账", "产地证明和检测合格证明查验不严"][i]}`,
        position: i + 1,
      })),
    ],
  });
  await seedRectification(tx, c, evaluationId);
}

/** One opinion per unit, sent on 2026-11-12; the tasks in each state of the loop. */
async function seedRectification(tx: Tx, c: Ctx, activityId: string) {
  const t = { townshipId: c.townshipId };
  const sent = parseDay("2026-11-12");
  const soon = addDays(c.today, 20);
  // 民政办 accepted, 计生办 reported, 国土所 returned, 市政所 overdue, 广电站 owed and not yet due.
  const plan = [
    { state: "ACCEPTED", due: parseDay("2026-12-01"), reported: "2026-11-27" },
    { state: "REPORTED", due: parseDay("2026-12-01"), reported: "2026-11-30" },
    { state: "RETURNED", due: soon, reported: "2026-11-25" },
    { state: "ASSIGNED", due: parseDay("2026-12-01"), reported: null },
    { state: "ASSIGNED", due: soon, reported: null },
  ] as const;
  const opinionIds = plan.map(() => randomUUID());
  const taskIds = plan.map(() => randomUUID());
  await tx.reviewOpinion.createMany({
    data: plan.map((p, i) => ({
      ...t,
      id: opinionIds[i]!,
      activityId,
      unitId: c.unitIds[i]!,
      text: EVALUATED[i]!.opinion,
      dueDate: p.due,
      sentOn: sent,
      position: i + 1,
      createdById: c.officeUserId,
    })),
  });
  await tx.rectificationTask.createMany({
    data: plan.map((p, i) => ({
      ...t,
      id: taskIds[i]!,
      activityId,
      opinionId: opinionIds[i]!,
      unitId: c.unitIds[i]!,
      number: `整改2026-${String(i + 1).padStart(3, "0")}`,
      assignedOn: sent,
      dueDate: p.due,
      state: p.state,
      acceptedOn: p.state === "ACCEPTED" ? parseDay(p.reported!) : null,
    })),
  });
  const reports = plan.flatMap((p, i) =>
    p.reported
      ? [
          {
            ...t,
            taskId: taskIds[i]!,
            text: `关于${EVALUATED[i]!.finding.slice(0, 12)}等问题的整改报告：已制定整改方案，明确责任人和完成时限。`,
            submittedOn: parseDay(p.reported),
            accepted: p.state === "ACCEPTED" ? true : p.state === "RETURNED" ? false : null,
            reviewNote: p.state === "RETURNED" ? "整改措施不够具体，请补充完成时限和责任人" : null,
            reviewedAt: p.state === "REPORTED" ? null : new Date(`${p.reported}T16:00:00+08:00`),
            reviewedById: p.state === "REPORTED" ? null : c.officeUserId,
          },
        ]
      : [],
  );
  await tx.rectificationReport.createMany({ data: reports });
  await tx.rectificationEvent.createMany({
    data: plan.flatMap((p, i) => [
      { ...t, taskId: taskIds[i]!, type: "sent", actorUserId: c.officeUserId, occurredOn: sent },
      ...(p.reported ? [{ ...t, taskId: taskIds[i]!, type: "reported", occurredOn: parseDay(p.reported) }] : []),
      ...(p.state === "ACCEPTED" || p.state === "RETURNED"
        ? [
            {
              ...t,
              taskId: taskIds[i]!,
              type: p.state === "ACCEPTED" ? "accepted" : "returned",
              actorUserId: c.officeUserId,
              note: p.state === "RETURNED" ? "整改措施不够具体，请补充完成时限和责任人" : null,
              occurredOn: parseDay(p.reported!),
            },
          ]
        : []),
    ]),
  });
}
