// The demo township's training (issue 17): the 2027 year plan and the term's five-year plan, both approved, and
// trainings of each kind held this autumn with attendance and one approved leave — so the norms' warnings
// (days per term, local practice) and the year's figures have something to show. Written with createMany in
// the seed's one transaction.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { parseDay } from "@/lib/time/day";

interface Ctx {
  townshipId: string;
  termId: string;
  chairId: string;
  officeUserId: string;
  deputyIds: string[];
  /** Each deputy's group, as deputyIds. */
  deputyGroupIds: string[];
  groupIds: string[];
  today: Date;
}

const PLAN_TEXT = {
  guidingIdeas:
    "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持党的领导、人民当家作主、依法治国有机统一。",
  purpose: "通过系统培训，使代表熟悉宪法和人民代表大会制度，掌握履职所需的法律知识，增强代表意识，提高依法履职能力。",
  content: "宪法和《代表法》《地方组织法》；代表建议的提出和督办；视察、调研和执法检查的方法；乡村振兴等专题。",
  form: "集中学习、专题讲座、外出考察与代表自学相结合，学习后撰写心得体会。",
};

const TRAININGS = [
  { kind: "INITIAL", title: "新任代表初任学习", start: "2026-09-10", end: "2026-09-11", days: 1.5, who: "all" },
  { kind: "DUTY", title: "代表履职能力学习", start: "2026-10-15", end: "2026-10-16", days: 2, who: "all" },
  { kind: "THEMATIC", title: "乡村振兴专题学习", start: "2026-11-12", end: "2026-11-12", days: 1, who: 0 },
  { kind: "CENTRAL", title: "《代表法》集中学习", start: "2026-11-20", end: "2026-11-20", days: 1, who: "all" },
  { kind: "STUDY_TOUR", title: "赴县代表之家考察学习", start: "2026-11-25", end: "2026-11-25", days: 1, who: 1 },
  { kind: "SELF_STUDY", title: "代表自学（履职手册）", start: "2026-12-01", end: "2026-12-01", days: 0.5, who: "all" },
] as const;

async function seedPlans(tx: Tx, c: Ctx) {
  const t = { townshipId: c.townshipId, termId: c.termId };
  const approved = { state: "APPROVED" as const, approvedById: c.chairId, createdById: c.officeUserId };
  const yearPlan = randomUUID();
  const termPlan = randomUUID();
  await tx.trainingPlan.createMany({
    data: [
      {
        ...t,
        ...PLAN_TEXT,
        ...approved,
        id: yearPlan,
        kind: "YEAR",
        year: 2027,
        title: "清水镇人大主席团2027年代表培训计划",
        audienceLevels: ["TOWNSHIP", "COUNTY"],
        approvedAt: parseDay("2026-12-01"),
      },
      {
        ...t,
        ...PLAN_TEXT,
        ...approved,
        id: termPlan,
        kind: "TERM",
        year: null,
        title: "清水镇第十七届人大代表五年培训规划（2026—2031年）",
        audienceLevels: ["TOWNSHIP", "COUNTY", "CITY", "PREFECTURE"],
        approvedAt: parseDay("2026-09-05"),
      },
    ],
  });
  await tx.trainingPlanGroup.createMany({
    data: c.groupIds.map((groupId) => ({ townshipId: c.townshipId, planId: yearPlan, groupId })),
  });
  const quarters = [
    "初任学习和《代表法》集中学习",
    "代表小组学习，每组不少于一次",
    "专题学习：乡村振兴",
    "外出考察学习，年终考核",
  ];
  const years = [
    "初任学习，履职学习",
    "专题学习：基层治理",
    "外出考察学习",
    "专题学习：预算审查监督",
    "届末履职总结交流",
  ];
  await tx.trainingPlanItem.createMany({
    data: [
      ...quarters.map((text, i) => ({ townshipId: c.townshipId, planId: yearPlan, quarter: i + 1, text, position: i })),
      ...years.map((text, i) => ({ townshipId: c.townshipId, planId: termPlan, year: 2027 + i, text, position: i })),
    ],
  });
  return termPlan;
}

/** Everyone present, except one absent in each later training and the second deputy on leave from 履职学习. */
function attendanceOf(kind: string, ti: number, i: number, count: number) {
  if (kind === "DUTY" && i === 1) return "LEAVE" as const;
  return ti > 1 && i === count - 1 ? ("ABSENT" as const) : ("PRESENT" as const);
}

export async function seedDemoTraining(tx: Tx, c: Ctx) {
  const planId = await seedPlans(tx, c);
  const ids = TRAININGS.map(() => randomUUID());
  await tx.trainingSession.createMany({
    data: TRAININGS.map((tr, ti) => ({
      id: ids[ti]!,
      townshipId: c.townshipId,
      termId: c.termId,
      planId,
      kind: tr.kind,
      title: tr.title,
      startDate: parseDay(tr.start),
      endDate: parseDay(tr.end),
      days: tr.days,
      place: tr.kind === "STUDY_TOUR" ? "县人大代表之家" : "镇人大代表活动室",
      teacher: tr.kind === "SELF_STUDY" ? null : "县人大常委会代表工作委员会",
      createdById: c.officeUserId,
    })),
  });
  const enrolled = TRAININGS.map((tr) =>
    c.deputyIds.filter((_, i) => tr.who === "all" || c.deputyGroupIds[i] === c.groupIds[tr.who]),
  );
  await tx.trainingEnrolment.createMany({
    data: TRAININGS.flatMap((tr, ti) =>
      enrolled[ti]!.map((deputyId, i) => ({
        townshipId: c.townshipId,
        sessionId: ids[ti]!,
        deputyId,
        attendance: attendanceOf(tr.kind, ti, i, enrolled[ti]!.length),
        score: tr.kind === "CENTRAL" ? 80 + (i % 20) : null,
        reflection:
          tr.kind === "DUTY" && i === 0 ? "通过学习，进一步明确了代表的职责，今后要多联系选民、反映民意。" : null,
        assessedAt: tr.kind === "CENTRAL" || (tr.kind === "DUTY" && i === 0) ? parseDay(tr.end) : null,
      })),
    ),
  });
  // The second deputy's leave from 履职学习: asked from the phone, approved by the chair.
  const duty = TRAININGS.findIndex((tr) => tr.kind === "DUTY");
  await tx.trainingLeaveRequest.create({
    data: {
      townshipId: c.townshipId,
      sessionId: ids[duty]!,
      deputyId: enrolled[duty]![1]!,
      reason: "参加县人代会预备会议",
      requestedOn: parseDay("2026-10-12"),
      state: "APPROVED",
      decidedById: c.chairId,
      decidedAt: parseDay("2026-10-13"),
      decisionNote: "同意，请会后自学补课",
    },
  });
}
