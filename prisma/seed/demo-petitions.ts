// The demo township's year of petitions (信访, issue 16): about two dozen cases dated back from the day the demo
// is seeded, in every state of the chain (登记 → 拟办 → 批办 → 转办 → 回复 → 报告 → 办结), by letter, visit, phone,
// online and passed down by the county congress (with its document numbers and the report back); the retiree who
// recovered a ¥2,740 allowance, the brickworks' unpaid wages (a collective visit, extended once), a 涉法涉诉 case
// forwarded to the police station with a deadline, an accusation kept away from the accused unit, an anonymous
// letter (no notice owed) and a duplicate. Every date follows the clock (lib/petitions/clock.ts): told within 15
// days, 60 days from acceptance (+ the one extension), the unit's 5 working days to object. Written with
// createMany in the seed's one transaction.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type {
  PetitionCategory,
  PetitionChannel,
  PetitionDecision,
  PetitionIntake,
  PetitionState,
} from "@/lib/generated/prisma/enums";
import { handlingDue, objectionDeadline } from "@/lib/petitions/clock";
import { addDays } from "@/lib/time/day";
import { workingCalendar } from "@/lib/time/working-days";

interface Ctx {
  townshipId: string;
  officeUserId: string;
  chairId: string;
  /** The demo unit account's user (民政办). */
  unitUserId: string;
  /** DEMO_UNITS order: 0 民政办, 2 国土所, 3 市政所, 5 派出所, 6 供电所, 8 司法所, 9 农业综合站, 13 经济发展办. */
  unitIds: string[];
  unitNames: string[];
  today: Date;
}

const STATES: PetitionState[] = ["REGISTERED", "PROPOSED", "APPROVED", "TRANSFERRED", "ANSWERED", "REPORTED", "CLOSED"];
const reached = (s: PetitionState, step: PetitionState) => STATES.indexOf(s) >= STATES.indexOf(step);

interface DemoPetition {
  subject: string;
  content: string;
  channel: PetitionChannel;
  category: PetitionCategory;
  state: PetitionState;
  /** Days before today it was received. */
  ago: number;
  /** [name, phone, address]: the first is the petitioner, or the representatives of a collective visit. */
  people: [string, string | null, string | null][];
  intake?: PetitionIntake;
  /** The lead unit (index into the units). */
  unit?: number;
  collective?: number;
  /** 上级人大转办: the document's number and how many days before receipt it was dated. */
  source?: [string, number];
  forwardedTo?: string;
  /** The deadline given with a forwarded case (days after the transfer). */
  forwardDays?: number;
  accusedUnit?: number;
  accusedName?: string;
  waived?: string;
  /** Index of the earlier case (in this list) it repeats. */
  duplicateOf?: number;
  /** Days after receipt the unit answered (default 30). */
  answerAfter?: number;
  reply?: string;
  decision?: PetitionDecision;
  legalBasis?: string;
  extension?: [number, string];
  resolved?: boolean;
  satisfied?: boolean;
  reminded?: boolean;
}

const APPEAL_BASIS = "《信访工作条例》第三十二条";

const PETITIONS: DemoPetition[] = [
  {
    subject: "退休人员生活补贴未按标准发放",
    content: "本人系原镇农机站退休职工，2025年下半年起生活补贴未按新标准发放，差额共计2740元，请求补发。",
    channel: "LETTER",
    category: "APPEAL_CLAIM",
    state: "CLOSED",
    ago: 320,
    people: [["刘德福", "13907461234", "清水镇清水村三组"]],
    intake: "ACCEPT",
    unit: 0,
    answerAfter: 25,
    reply: "经核实，信访人应享受的生活补贴调整未及时录入，已补发差额2740元，并对发放名册进行了全面复核。",
    decision: "SUPPORT",
    resolved: true,
    satisfied: true,
  },
  {
    subject: "清水砖厂拖欠农民工工资",
    content: "清水砖厂拖欠我们八名工人2025年9月至12月工资共计6.8万元，多次讨要未果，请求帮助追讨。",
    channel: "VISIT",
    category: "APPEAL_CLAIM",
    state: "CLOSED",
    ago: 300,
    collective: 8,
    people: [
      ["王志强", "13807452210", "清水镇河西村一组"],
      ["李春生", "13974561123", "清水镇河西村二组"],
      ["张海涛", null, "清水镇石门村四组"],
    ],
    intake: "ACCEPT",
    unit: 8,
    answerAfter: 85,
    extension: [30, "砖厂负责人外出，需会同县人社局劳动监察大队调查取证，办理期限延长30日"],
    reply: "经司法所会同县劳动监察大队调解，砖厂已分两次足额支付拖欠工资6.8万元，双方签订履行确认书。",
    decision: "SUPPORT",
    resolved: true,
    satisfied: true,
  },
  {
    subject: "邻里纠纷致伤案件处理进展（涉法涉诉）",
    content: "去年与邻居因宅基地界址发生冲突受伤，已向派出所报案，至今未见处理结果，请求督促依法处理。",
    channel: "VISIT",
    category: "APPEAL_CLAIM",
    state: "TRANSFERRED",
    ago: 22,
    people: [["陈国华", "15874561290", "清水镇石桥村五组"]],
    intake: "FORWARD",
    forwardedTo: "清水派出所（涉法涉诉，依法按程序处理）",
    forwardDays: 30,
    unit: 5,
  },
  {
    subject: "县人大转办：河西村土地流转租金未兑付",
    content: "县人大常委会转来河西村村民来信，反映土地流转租金两年未兑付，请依法办理并报告结果。",
    channel: "COUNTY_TRANSFER",
    category: "APPEAL_CLAIM",
    state: "CLOSED",
    ago: 260,
    source: ["县人大常委会信访转办〔2026〕3号", 4],
    people: [["赵永平", "13517463388", "清水镇河西村三组"]],
    intake: "ACCEPT",
    unit: 9,
    answerAfter: 40,
    reply: "经农业综合站协调，流转企业已兑付两年租金共计3.2万元，村委会建立租金兑付台账。",
    decision: "SUPPORT",
    resolved: true,
  },
  {
    subject: "县人大转办：集镇排水不畅雨季内涝",
    content: "县人大常委会转来群众来信，反映集镇新街排水管网堵塞，雨季多次内涝，请依法办理并报告结果。",
    channel: "COUNTY_TRANSFER",
    category: "SUGGESTION_OPINION",
    state: "REPORTED",
    ago: 95,
    source: ["县人大常委会信访转办〔2026〕11号", 3],
    people: [["周文斌", "13762451187", "清水镇新街"]],
    intake: "ACCEPT",
    unit: 3,
    answerAfter: 45,
    reply: "市政所已完成新街排水管网疏浚，并将管网改造列入明年集镇建设计划。",
  },
  {
    subject: "县人大转办：石门村饮水工程水压不足",
    content: "县人大常委会转来石门村村民来电记录，反映饮水工程高处农户水压不足，请依法办理并报告结果。",
    channel: "COUNTY_TRANSFER",
    category: "SUGGESTION_OPINION",
    state: "TRANSFERRED",
    ago: 25,
    source: ["县人大常委会信访转办〔2026〕17号", 2],
    people: [["孙光荣", "13607469932", "清水镇石门村二组"]],
    intake: "ACCEPT",
    unit: 3,
  },
  {
    subject: "低保资格被取消，请求复核",
    content: "家中因病致贫，今年低保资格被取消，认为评议不公，请求重新审核。",
    channel: "VISIT",
    category: "APPEAL_CLAIM",
    state: "CLOSED",
    ago: 230,
    people: [["黄桂兰", "15907463345", "清水镇清水村六组"]],
    intake: "ACCEPT",
    unit: 0,
    answerAfter: 28,
    reply: "经入户核查，信访人家庭收入已超过当地低保标准，取消资格符合规定；已告知可申请临时救助，并协助办理。",
    decision: "EXPLAIN",
    legalBasis: "《社会救助暂行办法》第九条",
    resolved: false,
  },
  {
    subject: "村组道路硬化后排水沟未完工",
    content: "石桥村三组道路硬化后两侧排水沟未完工，雨后积水影响出行。",
    channel: "PHONE",
    category: "SUGGESTION_OPINION",
    state: "CLOSED",
    ago: 200,
    people: [["吴春梅", "13874560071", null]],
    intake: "ACCEPT",
    unit: 3,
    answerAfter: 70,
    reply: "排水沟已于秋季完工，因雨季施工推迟，未能在期限内办结。",
    resolved: true,
    reminded: true,
  },
  {
    subject: "反映村干部优亲厚友分配救灾物资",
    content: "反映某村干部在分配救灾物资时优亲厚友，请求调查处理。",
    channel: "LETTER",
    category: "ACCUSATION",
    state: "CLOSED",
    ago: 180,
    people: [["匿名", null, null]],
    waived: "匿名来信，无署名和地址",
    intake: "ACCEPT",
    unit: 12,
    accusedUnit: 0,
    accusedName: "某村村委会成员",
    answerAfter: 40,
    reply: "经党政办调查，救灾物资分配存在登记不规范问题，已责令重新公示并对相关人员批评教育。",
    resolved: true,
  },
  {
    subject: "宅基地审批进度慢",
    content: "今年三月提交宅基地申请，至今未获审批，请求加快办理。",
    channel: "ONLINE",
    category: "APPEAL_CLAIM",
    state: "ANSWERED",
    ago: 55,
    people: [["杨建国", "18974561120", "清水镇河西村五组"]],
    intake: "ACCEPT",
    unit: 2,
    answerAfter: 50,
    reply: "经核查，信访人申请材料已齐全，国土所已报县自然资源局审批，预计一个月内办结。",
    decision: "EXPLAIN",
  },
  {
    subject: "高龄津贴停发",
    content: "本人年满八十周岁，高龄津贴从八月起停发，请求核查。",
    channel: "PHONE",
    category: "APPEAL_CLAIM",
    state: "ANSWERED",
    ago: 45,
    people: [["马秀英", "13974560035", "清水镇清水村一组"]],
    intake: "ACCEPT",
    unit: 0,
    answerAfter: 20,
    reply: "因年度认证未完成导致停发，已上门完成认证，津贴自下月起恢复并补发停发月份。",
    decision: "SUPPORT",
  },
  {
    subject: "变压器容量不足经常跳闸",
    content: "清水村四组变压器容量不足，用电高峰经常跳闸，请求增容。",
    channel: "PHONE",
    category: "SUGGESTION_OPINION",
    state: "TRANSFERRED",
    ago: 35,
    people: [["何明亮", "13707461198", "清水镇清水村四组"]],
    intake: "ACCEPT",
    unit: 6,
    reminded: true,
  },
  {
    subject: "残疾人两项补贴未到账",
    content: "重度残疾人护理补贴连续三个月未到账，请求核查发放。",
    channel: "LETTER",
    category: "APPEAL_CLAIM",
    state: "TRANSFERRED",
    ago: 20,
    people: [["郭丽萍", "15207463311", "清水镇石桥村二组"]],
    intake: "ACCEPT",
    unit: 0,
  },
  {
    subject: "养殖场异味扰民",
    content: "石门村一养猪场距离居民区较近，夏季异味严重，请求整治。",
    channel: "ONLINE",
    category: "SUGGESTION_OPINION",
    state: "APPROVED",
    ago: 12,
    people: [["林小琴", "18874562201", "清水镇石门村一组"]],
    intake: "ACCEPT",
    unit: 13,
  },
  {
    subject: "村卫生室药品不全",
    content: "河西村卫生室常用药品经常缺货，老年人取药不便。",
    channel: "VISIT",
    category: "SUGGESTION_OPINION",
    state: "PROPOSED",
    ago: 9,
    people: [["罗淑芬", "13807469923", "清水镇河西村一组"]],
    intake: "ACCEPT",
    unit: 10,
  },
  {
    subject: "新农合报销比例咨询",
    content: "来电询问今年住院报销比例调整情况，对报销金额有异议。",
    channel: "PHONE",
    category: "APPEAL_CLAIM",
    state: "REGISTERED",
    ago: 6,
    people: [["朱海燕", "13574561102", null]],
  },
  {
    subject: "集镇夜市占道经营",
    content: "新街夜市摊位占用人行道，行人只能走机动车道，存在安全隐患。",
    channel: "ONLINE",
    category: "SUGGESTION_OPINION",
    state: "REGISTERED",
    ago: 2,
    people: [["胡晓燕", "18707460019", "清水镇新街"]],
  },
  {
    subject: "民事判决执行不到位",
    content: "本人与他人借款纠纷经法院判决胜诉，对方至今未履行，请求督促执行。",
    channel: "LETTER",
    category: "APPEAL_CLAIM",
    state: "CLOSED",
    ago: 150,
    people: [["徐永平", "13607462214", "清水镇清水村二组"]],
    intake: "REDIRECT",
    forwardedTo: "县人民法院执行局",
  },
  {
    subject: "再次反映低保资格被取消",
    content: "对低保资格被取消仍有意见，再次来访反映。",
    channel: "VISIT",
    category: "APPEAL_CLAIM",
    state: "CLOSED",
    ago: 190,
    people: [["黄桂兰", "15907463345", "清水镇清水村六组"]],
    intake: "DUPLICATE",
    duplicateOf: 6,
  },
  {
    subject: "建议增设农村客运班次",
    content: "石门村到集镇的客运班车每天只有两班，建议增加班次方便群众出行。",
    channel: "LETTER",
    category: "SUGGESTION_OPINION",
    state: "CLOSED",
    ago: 120,
    people: [["高建华", "13974569901", "清水镇石门村三组"]],
    intake: "ACCEPT",
    unit: 13,
    answerAfter: 35,
    reply: "已与县交通运输局协商，自下月起石门线每天增加两个班次。",
    resolved: true,
    satisfied: true,
  },
];

const pad = (n: number) => String(n).padStart(3, "0");

/** Each case's days: received, notified, accepted, proposed, approved, transferred, answered, reported, closed. */
function daysOf(p: DemoPetition, today: Date) {
  const received = addDays(today, -p.ago);
  const step = (d: number, s: PetitionState) => (reached(p.state, s) ? addDays(received, d) : null);
  const decided = p.state !== "REGISTERED";
  const answered = step(p.answerAfter ?? 30, "ANSWERED");
  const reported =
    p.channel === "COUNTY_TRANSFER" ? (answered && reached(p.state, "REPORTED") ? addDays(answered, 5) : null) : null;
  const closeNow = p.intake && p.intake !== "ACCEPT" && p.intake !== "FORWARD";
  return {
    received,
    notified: decided && !p.waived ? addDays(received, closeNow ? 3 : 5) : null,
    accepted: decided && p.intake === "ACCEPT" ? addDays(received, 2) : null,
    proposed: p.unit != null ? step(2, "PROPOSED") : null,
    approved: p.unit != null ? step(3, "APPROVED") : null,
    transferred: p.unit != null ? step(4, "TRANSFERRED") : null,
    answered,
    reported,
    closed: p.state !== "CLOSED" ? null : closeNow ? addDays(received, 3) : addDays(reported ?? answered!, 5),
  };
}

export async function seedDemoPetitions(tx: Tx, c: Ctx) {
  const t = { townshipId: c.townshipId };
  const calendar = workingCalendar();
  const ids = PETITIONS.map(() => randomUUID());
  // Numbered in order of receipt within each year (信访2026-001 …).
  const order = PETITIONS.map((p, i) => ({ i, received: addDays(c.today, -p.ago) })).sort(
    (a, b) => a.received.getTime() - b.received.getTime(),
  );
  const numbers = new Map<number, string>();
  const perYear = new Map<number, number>();
  for (const { i, received } of order) {
    const y = received.getUTCFullYear();
    perYear.set(y, (perYear.get(y) ?? 0) + 1);
    numbers.set(i, `信访${y}-${pad(perYear.get(y)!)}`);
  }

  const days = PETITIONS.map((p) => daysOf(p, c.today));
  const petitions = PETITIONS.map((p, i) => {
    const d = days[i]!;
    const due = d.accepted
      ? handlingDue(d.accepted, p.extension?.[0] ?? null)
      : d.transferred && p.forwardDays
        ? addDays(d.transferred, p.forwardDays)
        : null;
    return {
      ...t,
      id: ids[i]!,
      number: numbers.get(i)!,
      channel: p.channel,
      sourceDocNo: p.source?.[0] ?? null,
      sourceDocDate: p.source ? addDays(d.received, -p.source[1]) : null,
      receivedOn: d.received,
      subject: p.subject,
      content: p.content,
      category: p.category,
      collective: p.collective != null,
      visitorCount: p.collective ?? null,
      accusedUnitId: p.accusedUnit != null ? c.unitIds[p.accusedUnit]! : null,
      accusedName: p.accusedName ?? null,
      state: p.state,
      intake: p.state === "REGISTERED" ? null : (p.intake ?? null),
      forwardedTo: p.forwardedTo ?? null,
      acceptedOn: d.accepted,
      notifiedOn: d.notified,
      noticeWaivedReason: p.waived ?? null,
      proposal: d.proposed ? `拟转${c.unitNames[p.unit!]}办理，限期办结并书面回复。` : null,
      proposedById: d.proposed ? c.officeUserId : null,
      proposedAt: d.proposed,
      approvedById: d.approved ? c.chairId : null,
      approvedAt: d.approved,
      approvalNote: d.approved ? "同意。" : null,
      dueDate: due,
      extensionDays: p.extension?.[0] ?? null,
      extensionReason: p.extension?.[1] ?? null,
      extensionApprovedById: p.extension ? c.chairId : null,
      extensionApprovedOn: p.extension && d.accepted ? addDays(d.accepted, 55) : null,
      extensionNotifiedOn: p.extension && d.accepted ? addDays(d.accepted, 56) : null,
      reportedOn: d.reported,
      reportNumber: d.reported ? `清人大报〔${d.reported.getUTCFullYear()}〕${i + 1}号` : null,
      closedOn: d.closed,
      resolved:
        p.state === "CLOSED" && (p.intake === "ACCEPT" || p.intake === "FORWARD") ? (p.resolved ?? false) : null,
      satisfaction: p.satisfied ? ("SATISFIED" as const) : null,
      returnVisitOn: p.satisfied && d.closed ? addDays(d.closed, 7) : null,
      returnVisitNote: p.satisfied ? "电话回访，信访人对办理结果表示满意。" : null,
      duplicateOfId: p.duplicateOf != null ? ids[p.duplicateOf]! : null,
      createdById: c.officeUserId,
    };
  });
  await tx.petition.createMany({
    data: petitions,
  });
  await tx.petitioner.createMany({
    data: PETITIONS.flatMap((p, i) =>
      p.people.map(([name, phone, address], k) => ({
        ...t,
        petitionId: ids[i]!,
        name,
        phone,
        address,
        representative: p.collective != null,
        position: k + 1,
      })),
    ),
  });
  await tx.petitionAssignment.createMany({
    data: petitions.flatMap((row, i) => {
      const p = PETITIONS[i]!;
      const on = days[i]!.transferred;
      if (!on || p.unit == null) return [];
      return [
        {
          ...t,
          petitionId: row.id,
          unitId: c.unitIds[p.unit]!,
          lead: true,
          assignedOn: on,
          returnBy: objectionDeadline(on, calendar),
        },
      ];
    }),
  });
  await tx.petitionReply.createMany({
    data: petitions.flatMap((row, i) => {
      const p = PETITIONS[i]!;
      if (!days[i]!.answered || p.unit == null) return [];
      const own = p.unit === 0;
      return [
        {
          ...t,
          petitionId: row.id,
          unitId: c.unitIds[p.unit]!,
          text: p.reply ?? "已办理完毕。",
          decision: p.category === "APPEAL_CLAIM" ? (p.decision ?? "EXPLAIN") : null,
          legalBasis: p.category === "APPEAL_CLAIM" ? (p.legalBasis ?? APPEAL_BASIS) : null,
          answeredOn: days[i]!.answered,
          answeredById: own ? c.unitUserId : null,
          // Units without an account of their own answer on paper; the office keys the reply (代录).
          enteredById: own ? null : c.officeUserId,
          onBehalfOf: own ? null : c.unitNames[p.unit]!,
        },
      ];
    }),
  });
  await tx.petitionEvent.createMany({ data: petitions.flatMap((row, i) => events(c, row, days[i]!, PETITIONS[i]!)) });
}

type Row = { id: string; townshipId: string; extensionApprovedOn: Date | null };

/** The case's timeline, each step on the day it happened. */
function events(c: Ctx, row: Row, d: ReturnType<typeof daysOf>, p: DemoPetition) {
  const office = c.officeUserId;
  const list: [string, Date | null, string | null, string | null][] = [
    ["registered", d.received, office, null],
    ["notified", d.notified, office, null],
    ["proposed", d.proposed, office, null],
    ["approved", d.approved, c.chairId, null],
    ["transferred", d.transferred, office, p.unit != null ? c.unitNames[p.unit]! : null],
    ["reminded", p.reminded && d.transferred ? addDays(d.transferred, 20) : null, office, "电话催办"],
    ["extended", row.extensionApprovedOn, c.chairId, p.extension?.[1] ?? null],
    ["answered", d.answered, p.unit === 0 ? c.unitUserId : office, null],
    ["reported", d.reported, office, null],
    ["closed", d.closed, office, null],
  ];
  return list
    .filter(([, on]) => on && on.getTime() <= c.today.getTime())
    .map(([type, on, actor, note]) => ({
      townshipId: row.townshipId,
      petitionId: row.id,
      type,
      occurredOn: on,
      actorUserId: actor,
      note,
      createdAt: new Date(on!.getTime() + 9 * 3_600_000),
    }));
}
