// Demo data for a fictional township (清水镇). Pure data plus one insert function, so the seed
// script, end-to-end tests and `npm run demo` all get the same, reproducible roster.
import { recordAudit } from "@/lib/audit/record-audit";
import { DEFAULT_CHECKLIST } from "@/lib/sessions/checklist";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DAY_MS, todayInChina } from "@/lib/time/day";
import { seedDemoSuggestions } from "@/prisma/seed/demo-suggestions";
import { seedDemoSupervision } from "@/prisma/seed/demo-supervision";
import { linkRetireeSuggestion, seedDemoReception } from "@/prisma/seed/demo-reception";
import { seedDemoPetitions } from "@/prisma/seed/demo-petitions";
import { seedDemoDuties } from "@/prisma/seed/demo-duties";
import { seedDemoTraining } from "@/prisma/seed/demo-training";
import { seedDemoYear } from "@/prisma/seed/demo-year";
import { seedDemoWorkPlan } from "@/prisma/seed/demo-work-plan";

export const DEMO_TOWNSHIP = { code: "demo-qingshui", name: "清水镇" };
/** The county (县人大) holding the demo township; its account reads the county's townships side by side. */
export const DEMO_COUNTY = { code: "demo-shifan", name: "示范县" };
export const DEMO_PASSWORD = "demo1234";

type DemoRole = "OFFICE" | "CHAIR" | "PRESIDIUM" | "DEPUTY" | "UNIT" | "COUNTY";
type UnitKind = "GOVERNMENT_OFFICE" | "STATION" | "DEPARTMENT_BRANCH" | "OTHER";
type GroupKind = "GROUP" | "CENTRE_GROUP" | "DEPUTY_HOME" | "LIAISON_STATION";

// mulberry32: a tiny seeded PRNG. A fixed seed keeps every run identical, which matters because
// tests and screenshots refer to specific deputies by name.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20260901);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
// Weighted pick: entries are [value, weight]; weights need not sum to 1.
function weighted<T>(list: readonly (readonly [T, number])[]): T {
  const total = list.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [v, w] of list) if ((r -= w) < 0) return v;
  return list[list.length - 1]![0];
}
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高".split("");
const MALE_GIVEN = [
  "建国",
  "志强",
  "国华",
  "永平",
  "德明",
  "文斌",
  "海涛",
  "明亮",
  "春生",
  "光荣",
  "正华",
  "学军",
  "家福",
  "成林",
  "洪波",
  "俊杰",
  "世平",
  "庆丰",
  "云峰",
  "立新",
];
const FEMALE_GIVEN = [
  "秀英",
  "桂兰",
  "丽萍",
  "春梅",
  "玉珍",
  "晓燕",
  "红霞",
  "美玲",
  "淑芬",
  "雪梅",
  "小琴",
  "海燕",
  "金凤",
  "静",
];
const CN_NUM = ["一", "二", "三", "四", "五", "六"];
// Twelve villages, two per constituency; the first four make up the town seat's 片.
const VILLAGES = [
  "清水村",
  "石门村",
  "龙潭村",
  "桃园村",
  "杨柳村",
  "青山村",
  "白岩村",
  "新场村",
  "马鞍村",
  "河坝村",
  "长岭村",
  "红星村",
];
const CONSTITUENCIES = CN_NUM.map((n) => `第${n}选区`);

// Occupation with the work unit it implies, so a 乡村医生 works at a 卫生室 and not a school.
const OCCUPATIONS: readonly (readonly [string, (village: string) => string, number])[] = [
  ["村党支部书记", (v) => `${v}党支部`, 5],
  ["村委会主任", (v) => `${v}村民委员会`, 4],
  ["种植大户", (v) => `${v.slice(0, 2)}种植专业合作社`, 3],
  ["养殖大户", (v) => `${v.slice(0, 2)}生态养殖场`, 2],
  ["教师", () => pick(["清水镇中心小学", "清水镇中学"]), 2],
  ["乡村医生", (v) => `${v}卫生室`, 2],
  ["个体工商户", (v) => `${v.slice(0, 2)}${pick(["便民超市", "农资经营部", "五金店"])}`, 2],
  ["企业负责人", () => pick(["清水茶业有限公司", "龙潭建材有限公司", "桃园农产品加工厂"]), 2],
  ["镇政府干部", () => "清水镇人民政府", 2],
];
const EDUCATION = [
  ["普通高中", 25],
  ["中等专科", 20],
  ["大学专科", 30],
  ["大学本科", 20],
  ["硕士研究生", 5],
] as const;

export type DemoDeputy = {
  name: string;
  gender: "MALE" | "FEMALE";
  birthDate: string;
  ethnicity: string;
  party: string;
  education: string;
  occupation: string;
  workUnit: string;
  phone: string;
  address: string;
  constituency: string;
  levels: string[];
  groupIndex: number;
};

// Built once at import time, so DEMO_ACCOUNTS can name the deputy it links to.
export const DEMO_DEPUTIES: DemoDeputy[] = (() => {
  const used = new Set<string>();
  const out: DemoDeputy[] = [];
  const phonePrefixes = ["139", "138", "137", "135", "158", "187"];
  for (let i = 0; i < 54; i++) {
    const gender = rand() < 0.33 ? "FEMALE" : "MALE";
    let name = "";
    // Retry until unique: the roster is keyed by name in the UI and in (termId, name, birthDate).
    do name = pick(SURNAMES) + pick(gender === "FEMALE" ? FEMALE_GIVEN : MALE_GIVEN);
    while (used.has(name));
    used.add(name);

    const villageIdx = i % VILLAGES.length;
    const village = VILLAGES[villageIdx]!;
    // A village has one branch secretary and one committee head: re-draw if the post is taken.
    let occupation: string, unitOf: (village: string) => string;
    do [occupation, unitOf] = weighted(OCCUPATIONS.map(([o, u, w]) => [[o, u] as const, w] as const));
    while (occupation.startsWith("村") && used.has(occupation + village));
    used.add(occupation + village);
    const professional = occupation === "教师" || occupation === "镇政府干部" || occupation === "乡村医生";
    const education = professional ? pick(["大学专科", "大学本科", "大学本科", "硕士研究生"]) : weighted(EDUCATION);
    // Branch secretaries and cadres are party members by definition; others follow a rough mix.
    const party =
      occupation === "村党支部书记" || occupation === "镇政府干部"
        ? "中国共产党党员"
        : weighted([
            ["中国共产党党员", 55],
            ["群众", 33],
            ["中国共产党预备党员", 4],
            ["中国民主同盟盟员", 3],
            ["九三学社社员", 2],
            ["无党派民主人士", 3],
          ] as const);
    const ethnicity = rand() < 0.85 ? "汉族" : pick(["苗族", "土家族", "彝族"]);
    const birthDate = `${1962 + Math.floor(rand() * 34)}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
    // Index arithmetic guarantees 54 distinct 8-digit suffixes (step < 10^8 / 54).
    const phone = phonePrefixes[i % phonePrefixes.length]! + pad(((i + 1) * 1_234_567 + 40_000_000) % 100_000_000, 8);
    // Groups: the first 6 deputies sit in the centre group, the next 4 in the deputy home, the rest
    // by 片 (two constituencies each), so every group has members and the 片 match geography.
    const groupIndex = i < 6 ? 3 : i < 10 ? 4 : Math.floor(villageIdx / 4);

    out.push({
      name,
      gender,
      birthDate,
      ethnicity,
      party,
      education,
      occupation,
      workUnit: unitOf(village),
      phone,
      address: `清水镇${village}${1 + Math.floor(rand() * 8)}组`,
      constituency: CONSTITUENCIES[Math.floor(villageIdx / 2)]!,
      // Every ninth deputy also sits in the county congress, to exercise multi-level display.
      levels: i % 9 === 0 ? ["TOWNSHIP", "COUNTY"] : ["TOWNSHIP"],
      groupIndex,
    });
  }
  return out;
})();

export const DEMO_GROUPS: { name: string; kind: GroupKind; venue: string }[] = [
  { name: "第一代表小组（清水片）", kind: "GROUP", venue: "清水村村委会会议室" },
  { name: "第二代表小组（杨柳片）", kind: "GROUP", venue: "杨柳村便民服务中心" },
  { name: "第三代表小组（马鞍片）", kind: "GROUP", venue: "马鞍村党群服务中心" },
  { name: "代表中心组", kind: "CENTRE_GROUP", venue: "清水镇人民政府三楼会议室" },
  { name: "清水镇人大代表之家", kind: "DEPUTY_HOME", venue: "清水镇文化服务中心二楼" },
];

export const DEMO_UNITS: { name: string; kind: UnitKind; contactName: string; contactPhone: string }[] = (
  [
    ["民政办", "GOVERNMENT_OFFICE", "陈丽华"],
    ["计生办", "GOVERNMENT_OFFICE", "杨春燕"],
    ["国土所", "DEPARTMENT_BRANCH", "罗志刚"],
    ["市政所", "STATION", "黄永强"],
    ["广电站", "STATION", "吴海波"],
    ["派出所", "DEPARTMENT_BRANCH", "赵卫东"],
    ["供电所", "OTHER", "孙建军"],
    ["财政所", "GOVERNMENT_OFFICE", "周文静"],
    ["司法所", "DEPARTMENT_BRANCH", "徐明"],
    ["农业综合站", "STATION", "郭长青"],
    ["农医办", "GOVERNMENT_OFFICE", "何晓梅"],
    ["工商所", "DEPARTMENT_BRANCH", "马俊"],
    ["党政办", "GOVERNMENT_OFFICE", "林小红"],
    ["经济发展办", "GOVERNMENT_OFFICE", "胡德明"],
  ] as const
).map(([name, kind, contactName], i) => ({
  name,
  kind,
  contactName,
  // Landline-style numbers in a fictional exchange, distinct per unit.
  contactPhone: `0851-8672${pad(1000 + i * 7, 4)}`,
}));

const firstDeputy = DEMO_DEPUTIES[0]!;
const civilAffairs = DEMO_UNITS[0]!;

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: DemoRole; description: string }[] = [
  { username: "office", displayName: "人大办 王秀英", role: "OFFICE", description: "人大办工作人员" },
  { username: "chair", displayName: "人大主席 李建华", role: "CHAIR", description: "人大主席" },
  { username: "presidium", displayName: "主席团成员 张德明", role: "PRESIDIUM", description: "主席团成员" },
  { username: "deputy", displayName: `代表 ${firstDeputy.name}`, role: "DEPUTY", description: "人大代表" },
  {
    username: "unit",
    displayName: `${civilAffairs.name} ${civilAffairs.contactName}`,
    role: "UNIT",
    description: "承办单位（民政办）",
  },
  // 县人大: attached to 清水镇, reads 示范县's townships side by side (lib/county); no township record.
  { username: "county", displayName: "示范县人大 周立新", role: "COUNTY", description: "县人大（各乡镇年度概况）" },
];

const TERM = { number: 17, startDate: "2026-09-01", endDate: "2031-08-31" };

export async function seedDemo(db: PrismaClient, hashPassword: (p: string) => Promise<string>): Promise<void> {
  // Hash before opening the transaction: hashing is slow and must not hold a connection open.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  // Ids are generated here so rows can reference each other before any insert, which lets every
  // table go in with a single createMany.
  const townshipId = randomUUID();
  const termId = randomUUID();
  const groupIds = DEMO_GROUPS.map(() => randomUUID());
  const deputyIds = DEMO_DEPUTIES.map(() => randomUUID());
  const unitIds = DEMO_UNITS.map(() => randomUUID());
  const termStart = new Date(TERM.startDate);

  await db.$transaction(
    async (tx) => {
      const county = await tx.county.create({ data: DEMO_COUNTY });
      await tx.township.create({ data: { id: townshipId, ...DEMO_TOWNSHIP, countyId: county.id } });
      await tx.term.create({
        data: {
          id: termId,
          townshipId,
          number: TERM.number,
          isCurrent: true,
          startDate: termStart,
          endDate: new Date(TERM.endDate),
        },
      });
      await tx.representativeGroup.createMany({
        data: DEMO_GROUPS.map((g, i) => ({ id: groupIds[i]!, townshipId, ...g })),
      });
      const constituencyIds = CONSTITUENCIES.map(() => randomUUID());
      await tx.constituency.createMany({
        data: CONSTITUENCIES.map((name, i) => ({ id: constituencyIds[i]!, townshipId, termId, name })),
      });
      await tx.deputy.createMany({
        data: DEMO_DEPUTIES.map(({ groupIndex, birthDate, ...d }, i) => ({
          ...d,
          constituencyId: constituencyIds[CONSTITUENCIES.indexOf(d.constituency)] ?? null,
          id: deputyIds[i]!,
          townshipId,
          termId,
          birthDate: new Date(birthDate),
          idNumber: null,
          groupId: groupIds[groupIndex]!,
          status: "SITTING" as const,
          startDate: termStart,
        })),
      });
      await tx.handlingUnit.createMany({
        data: DEMO_UNITS.map((u, i) => ({ id: unitIds[i]!, townshipId, ...u })),
      });
      // Every deputy's history starts with their election.
      await tx.deputyStatusChange.createMany({
        data: deputyIds.map((deputyId) => ({
          townshipId,
          deputyId,
          status: "SITTING" as const,
          effectiveDate: termStart,
          reason: "当选",
        })),
      });
      // Group leaders: the first member of each group.
      for (const [gi, groupId] of groupIds.entries()) {
        const leader = DEMO_DEPUTIES.findIndex((d) => d.groupIndex === gi);
        if (leader >= 0)
          await tx.representativeGroup.update({ where: { id: groupId }, data: { leaderId: deputyIds[leader]! } });
      }
      // One resignation, so the roster shows a status history (the seats that count stay 53).
      const resigned = deputyIds[deputyIds.length - 1]!;
      await tx.deputy.update({
        where: { id: resigned },
        data: { status: "RESIGNED", leftDate: new Date("2026-11-02") },
      });
      await tx.deputyStatusChange.create({
        data: {
          townshipId,
          deputyId: resigned,
          status: "RESIGNED",
          effectiveDate: new Date("2026-11-02"),
          reason: "工作调动，本人申请辞去代表职务",
        },
      });
      const userIds = DEMO_ACCOUNTS.map(() => randomUUID());
      await tx.user.createMany({
        data: DEMO_ACCOUNTS.map((a, i) => ({
          id: userIds[i]!,
          townshipId,
          username: a.username,
          displayName: a.displayName,
          role: a.role,
          passwordHash,
          mustChangePassword: false,
          deputyId: a.role === "DEPUTY" ? deputyIds[0]! : null,
          unitId: a.role === "UNIT" ? unitIds[0]! : null,
        })),
      });
      // Presidium links: the chair looks after deputies 2–7, the presidium member 8–14; the rest are
      // left unlinked so the page shows its warning list.
      const chairId = userIds[DEMO_ACCOUNTS.findIndex((a) => a.role === "CHAIR")]!;
      const presidiumId = userIds[DEMO_ACCOUNTS.findIndex((a) => a.role === "PRESIDIUM")]!;
      await tx.presidiumLink.createMany({
        data: [
          ...deputyIds.slice(1, 7).map((deputyId) => ({ townshipId, memberId: chairId, deputyId })),
          ...deputyIds.slice(7, 14).map((deputyId) => ({ townshipId, memberId: presidiumId, deputyId })),
        ],
      });
      // The first session of the term, in preparation, with its checklist and agenda; and the
      // presidium meeting that set its agenda.
      const sessionId = randomUUID();
      const sessionStart = new Date("2027-01-15");
      await tx.congressSession.create({
        data: {
          id: sessionId,
          townshipId,
          termId,
          number: 1,
          startDate: sessionStart,
          endDate: new Date("2027-01-16"),
          venue: "清水镇人民政府三楼会议室",
        },
      });
      await tx.sessionChecklistItem.createMany({
        data: DEFAULT_CHECKLIST.map((c, i) => ({
          townshipId,
          sessionId,
          title: c.title,
          owner: c.owner,
          position: i + 1,
          dueDate: new Date(sessionStart.getTime() + c.offsetDays * DAY_MS),
          doneAt: i < 2 ? new Date("2026-11-20T09:00:00+08:00") : null,
        })),
      });
      await tx.agendaItem.createMany({
        data: (
          [
            ["GOVERNMENT_REPORT", "听取和审议镇人民政府工作报告"],
            ["PRESIDIUM_REPORT", "听取和审议镇人大主席团工作报告"],
            ["BUDGET", "审查和批准2026年财政预算执行情况和2027年财政预算"],
            ["ELECTION", "补选清水镇人大副主席"],
            ["RESOLUTION", "通过本次会议各项决议"],
          ] as const
        ).map(([kind, title], i) => ({ townshipId, sessionId, kind, title, position: i + 1 })),
      });
      await tx.presidiumMeeting.create({
        data: {
          townshipId,
          termId,
          number: 2,
          date: new Date("2026-12-28"),
          venue: "镇政府三楼会议室",
          members: {
            create: [chairId, presidiumId].map((userId, i) => ({
              townshipId,
              userId,
              name: DEMO_ACCOUNTS[userIds.indexOf(userId)]!.displayName,
              attendance: "PRESENT" as const,
              position: i + 1,
            })),
          },
          topics: {
            create: {
              townshipId,
              position: 1,
              kind: "MATTER",
              title: "审议镇第十七届人民代表大会第一次会议议程（草案）和日程安排",
              decision: "同意将议程草案提请大会预备会议通过",
            },
          },
        },
      });
      await seedDemoSuggestions(tx, {
        townshipId,
        officeUserId: userIds[0]!,
        deputyIds,
        unitIds,
        today: todayInChina(),
      });
      // Supervision: a concluded 工作评议 of five units, a 执法检查 at three markets, and the presidium
      // meeting (第1次) that heard both reports.
      await seedDemoSupervision(tx, {
        townshipId,
        termId,
        chairId,
        presidiumId,
        officeUserId: userIds[0]!,
        unitIds,
        deputyIds,
        deputyNames: DEMO_DEPUTIES.map((d) => d.name),
        today: todayInChina(),
      });
      // Voter reception days: the year's calendar, held days with their visitors ("接待群众6人，及时解决问题5个"),
      // and the retiree's ¥2,740 allowance turned into a deputy's suggestion.
      const reception = { townshipId, officeUserId: userIds[0]!, deputyIds, today: todayInChina() };
      const retiree = await seedDemoReception(tx, reception);
      if (retiree) await linkRetireeSuggestion(tx, reception, retiree);
      // Petitions (信访): a year of cases in every state, the county's with their document numbers.
      await seedDemoPetitions(tx, {
        townshipId,
        officeUserId: userIds[0]!,
        chairId,
        unitUserId: userIds[DEMO_ACCOUNTS.findIndex((a) => a.role === "UNIT")]!,
        unitIds,
        unitNames: DEMO_UNITS.map((u) => u.name),
        today: todayInChina(),
      });
      // Training: the 2027 plan and the five-year plan (approved), trainings of each kind with attendance and one
      // approved leave.
      await seedDemoTraining(tx, {
        townshipId,
        termId,
        chairId,
        officeUserId: userIds[0]!,
        deputyIds,
        deputyGroupIds: DEMO_DEPUTIES.map((d) => groupIds[d.groupIndex]!),
        groupIds,
        today: todayInChina(),
      });
      // Deputies between sessions: a year of group activities (五个有), duty entries and reports to voters.
      await seedDemoDuties(tx, {
        townshipId,
        officeUserId: userIds[0]!,
        groupIds,
        members: groupIds.map((_, gi) => deputyIds.filter((_, i) => DEMO_DEPUTIES[i]!.groupIndex === gi)),
        deputyIds,
        deputyNames: DEMO_DEPUTIES.map((d) => d.name),
        today: todayInChina(),
      });
      // The year's register of documents (one linked to the county's transferred petition) and publicity items.
      const transferred = await tx.petition.findFirst({
        where: { townshipId, channel: "COUNTY_TRANSFER" },
        orderBy: { receivedOn: "desc" },
      });
      await seedDemoYear(tx, { townshipId, officeUserId: userIds[0]!, today: todayInChina() }, transferred?.id);
      // The year plan (工作要点) of 2026, approved, its items linked to the records above.
      await seedDemoWorkPlan(tx, { townshipId, officeUserId: userIds[0]! });
      await recordAudit(
        tx,
        { townshipId, userId: null, username: "system", requestId: null, ip: null },
        { action: "demo.seeded", recordType: "Township", recordId: townshipId },
      );
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
