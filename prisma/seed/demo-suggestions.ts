// The demo township's suggestions: a dozen in every stage of their life, dated back from the day the
// demo is seeded, so the office list, the unit's inbox and reminders, the deputy's 我的建议 and the
// chair's figures all have something to show. The demo deputy proposes some; 民政办 (the demo unit)
// leads some.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_CATEGORIES, formatNumber, replyDeadline } from "@/lib/suggestions/rules";
import { addDays } from "@/lib/time/day";

type Tx = Prisma.TransactionClient;
type Stage = "SUBMITTED" | "REGISTERED" | "ASSIGNED" | "REHANDLING" | "REPLIED" | "CLOSED";

interface DemoSuggestion {
  title: string;
  content: string;
  category: string;
  stage: Stage;
  /** Days before today it was submitted. */
  ago: number;
  /** Index into the deputies: the lead proposer, then co-signers. */
  proposers: number[];
  /** Index into the units: the lead unit, then co-units. */
  units?: number[];
  kind?: "MOTION";
  replyClass?: "A" | "B" | "C";
  reply?: string;
  rating?: "SATISFIED" | "BASICALLY_SATISFIED";
}

const SUGGESTIONS: DemoSuggestion[] = [
  {
    title: "关于修缮清水村便民桥的建议",
    content: "清水村便民桥年久失修，雨季通行存在安全隐患，建议列入年度计划修缮。",
    category: "城乡建设",
    stage: "CLOSED",
    ago: 150,
    proposers: [0, 3],
    units: [3],
    replyClass: "A",
    reply: "已安排专项资金完成修缮，并于10月通过验收。",
    rating: "SATISFIED",
  },
  {
    title: "关于提高农村低保审核透明度的建议",
    content: "建议低保评审结果在村务公开栏公示，并公布咨询电话。",
    category: "社会保障",
    stage: "CLOSED",
    ago: 140,
    proposers: [5],
    units: [0],
    replyClass: "A",
    reply: "已在各村公示栏公示评审结果，咨询电话同步公布。",
    rating: "BASICALLY_SATISFIED",
  },
  {
    title: "关于增设石门村路灯的建议",
    content: "石门村主干道夜间照明不足，群众出行不便，建议增设路灯。",
    category: "城乡建设",
    stage: "REPLIED",
    ago: 110,
    proposers: [0],
    units: [3, 6],
    replyClass: "B",
    reply: "已纳入明年亮化工程计划，预计明年上半年完成安装。",
  },
  {
    title: "关于加强养老服务中心建设的建议",
    content: "建议在镇敬老院增设日间照料床位，配备专职护理人员。",
    category: "社会保障",
    stage: "REPLIED",
    ago: 100,
    proposers: [8, 9],
    units: [0],
    replyClass: "C",
    reply: "受用地和资金条件限制，拟在新一轮规划中统筹解决。",
  },
  {
    title: "关于整治龙潭河道垃圾的建议",
    content: "龙潭河部分河段垃圾堆积，影响水质和环境，建议定期清理并设置垃圾收集点。",
    category: "生态环境",
    stage: "REHANDLING",
    ago: 120,
    proposers: [0],
    units: [0],
    replyClass: "B",
    reply: "已组织一次集中清理，后续将视情况安排。",
  },
  {
    title: "关于改善中心学校周边交通秩序的建议",
    content: "上下学时段学校门口车辆拥堵，建议设置临时停车区并安排交通疏导。",
    category: "教育",
    stage: "ASSIGNED",
    ago: 110,
    proposers: [12],
    units: [5],
  },
  {
    title: "关于解决桃园村饮水安全问题的建议",
    content: "桃园村部分村民组自来水水压不足，夏季经常停水，建议改造供水管网。",
    category: "农业农村",
    stage: "ASSIGNED",
    ago: 95,
    proposers: [0, 14],
    units: [0, 9],
  },
  {
    title: "关于完善农村医保报销流程的建议",
    content: "建议在村卫生室开通医保即时结算，减少群众往返。",
    category: "医疗卫生",
    stage: "ASSIGNED",
    ago: 30,
    proposers: [20],
    units: [10],
  },
  {
    title: "关于扶持茶叶特色产业发展的建议",
    content: "建议设立茶叶产业发展专项资金，支持合作社品牌建设。",
    category: "经济建设",
    stage: "ASSIGNED",
    ago: 12,
    proposers: [22, 23],
    units: [13, 9],
  },
  {
    title: "关于加强农村留守儿童关爱的建议",
    content: "建议依托村级活动室开展课后托管和心理辅导。",
    category: "社会治理",
    stage: "REGISTERED",
    ago: 6,
    proposers: [16],
  },
  {
    title: "关于规范农村建房审批的建议",
    content: "建议公开农村建房审批流程和时限，方便群众办理。",
    category: "城乡建设",
    stage: "SUBMITTED",
    ago: 3,
    proposers: [0],
  },
  {
    title: "关于制定清水镇集镇环境卫生管理办法的议案",
    content: "集镇环境卫生长效管理缺少制度依据，提请镇人民代表大会审议制定管理办法。",
    category: "生态环境",
    stage: "SUBMITTED",
    ago: 2,
    proposers: [25, 26, 27, 28, 29],
    kind: "MOTION",
  },
];

const ORDER: Stage[] = ["SUBMITTED", "REGISTERED", "ASSIGNED", "REPLIED", "CLOSED"];

/** Seeds the categories and the suggestions into the demo township, inside the seed's transaction. */
export async function seedDemoSuggestions(
  tx: Tx,
  ids: { townshipId: string; officeUserId: string; deputyIds: string[]; unitIds: string[]; today: Date },
) {
  const { townshipId, officeUserId, deputyIds, unitIds, today } = ids;
  const categoryIds = new Map(DEFAULT_CATEGORIES.map((name) => [name, randomUUID()]));
  await tx.suggestionCategory.createMany({
    data: DEFAULT_CATEGORIES.map((name, i) => ({ id: categoryIds.get(name)!, townshipId, name, position: i + 1 })),
  });
  const year = today.getUTCFullYear();
  const at = (day: Date) => new Date(day.getTime() + 2 * 3_600_000); // 10:00 China time
  let seq = 0;
  for (const d of SUGGESTIONS) {
    const id = randomUUID();
    const submitted = addDays(today, -d.ago);
    const reached = (s: Stage) => ORDER.indexOf(d.stage === "REHANDLING" ? "REPLIED" : d.stage) >= ORDER.indexOf(s);
    const assignedOn = addDays(submitted, 4);
    const replied = addDays(assignedOn, Math.min(60, d.ago - 10));
    const registered = reached("REGISTERED");
    const number = registered ? formatNumber(year, ++seq) : null;
    const leadUnitId = reached("ASSIGNED") && d.units ? unitIds[d.units[0]]! : null;
    const rehandleDeadline = replyDeadline(addDays(replied, 7), false);
    const events: Prisma.SuggestionEventCreateManyInput[] = [];
    const ev = (type: string, day: Date, extra: Partial<Prisma.SuggestionEventCreateManyInput> = {}) =>
      events.push({ townshipId, suggestionId: id, type, actorUserId: officeUserId, createdAt: at(day), ...extra });
    ev("submitted", submitted, { toState: "SUBMITTED" });
    if (registered) ev("register", addDays(submitted, 2), { fromState: "SUBMITTED", toState: "REGISTERED" });
    if (leadUnitId) ev("assign", assignedOn, { fromState: "REGISTERED", toState: "ASSIGNED" });
    if (reached("REPLIED"))
      ev("reply", replied, {
        fromState: "ASSIGNED",
        toState: "REPLIED",
        unitId: leadUnitId,
        replyClass: d.replyClass,
        note: d.reply,
        date: replyDeadline(assignedOn, false),
      });
    if (d.stage === "REHANDLING")
      ev("rating", addDays(replied, 7), {
        fromState: "REPLIED",
        toState: "REHANDLING",
        rating: "UNSATISFIED",
        note: "只清理了一次，没有建立长效机制。",
        actorUserId: null,
      });
    if (d.stage === "CLOSED") {
      ev("rating", addDays(replied, 7), {
        fromState: "REPLIED",
        toState: "RATED",
        rating: d.rating,
        actorUserId: null,
      });
      ev("close", addDays(replied, 9), { fromState: "RATED", toState: "CLOSED" });
    }
    await tx.suggestion.create({
      data: {
        id,
        townshipId,
        kind: d.kind ?? "SUGGESTION",
        title: d.title,
        content: d.content,
        categoryId: categoryIds.get(d.category)!,
        state: d.stage,
        year,
        number,
        seq: registered ? seq : null,
        leadUnitId,
        assignedOn: leadUnitId ? assignedOn : null,
        deadline: leadUnitId ? (d.stage === "REHANDLING" ? rehandleDeadline : replyDeadline(assignedOn, false)) : null,
        repliedOn: reached("REPLIED") ? replied : null,
        createdById: officeUserId,
        createdAt: at(submitted),
        published: d.stage === "CLOSED",
      },
    });
    await tx.suggestionProposer.createMany({
      data: d.proposers.map((p, i) => ({ townshipId, suggestionId: id, deputyId: deputyIds[p]!, lead: i === 0 })),
    });
    if (leadUnitId)
      await tx.suggestionAssignment.createMany({
        data: d.units!.map((u, i) => ({
          townshipId,
          suggestionId: id,
          unitId: unitIds[u]!,
          lead: i === 0,
          assignedOn,
          inputDue: i === 0 ? null : addDays(assignedOn, 30),
        })),
      });
    await tx.suggestionEvent.createMany({ data: events });
  }
}
