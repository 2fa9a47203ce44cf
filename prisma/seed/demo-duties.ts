// The demo township's deputies between sessions (issue 17): a year of group activities with their 五个有 (each
// group's quarterly plans; one group missed a quarter, so the page warns), duty entries of the new term (the demo
// deputy's nearly fill the 六个一 card; one waits for review, one was returned) and reports to voters, one rated.
// Written in the seed's one transaction with createMany, so the seed stays fast.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { DutyEntryState, DutyKind } from "@/lib/generated/prisma/enums";
import { parseDay } from "@/lib/time/day";

interface Ctx {
  townshipId: string;
  officeUserId: string;
  groupIds: string[];
  /** Each group's members (deputy ids), as groupIds. */
  members: string[][];
  deputyIds: string[];
  deputyNames: string[];
  today: Date;
}

const TOPICS = [
  ["围绕春耕生产开展走访", "走访种植大户和农资销售点，了解春耕用种用肥情况"],
  ["视察农村饮水安全工程", "实地查看水厂和管网，听取村民对供水的意见"],
  ["调研秋收和农产品销售", "座谈了解农产品销售渠道，收集群众诉求"],
  ["开展“代表联系选民”集中活动", "分片走访选民，收集对镇政府工作的意见建议"],
] as const;

/** A day of quarter q (1–4) of 2026, for the g-th group. */
const dayOf = (q: number, g: number) =>
  parseDay(`2026-${String((q - 1) * 3 + 2).padStart(2, "0")}-${String(10 + g).padStart(2, "0")}`);

async function seedGroupActivities(tx: Tx, c: Ctx) {
  const t = { townshipId: c.townshipId };
  const plans = [];
  const activities = [];
  const attendees = [];
  for (const [g, groupId] of c.groupIds.entries()) {
    for (let q = 1; q <= 4; q++) {
      plans.push({
        ...t,
        groupId,
        year: 2026,
        quarter: q,
        text: `${TOPICS[q - 1]![0]}（第${"一二三四"[q - 1]}季度计划）`,
        createdById: c.officeUserId,
      });
      const heldOn = dayOf(q, g);
      // The last group missed the second quarter (the warning the page shows); nothing after today.
      if ((g === c.groupIds.length - 1 && q === 2) || heldOn > c.today) continue;
      const id = randomUUID();
      const done = heldOn.getTime() < c.today.getTime() - 20 * 86_400_000;
      activities.push({
        ...t,
        id,
        groupId,
        heldOn,
        place: "村委会活动室",
        topic: TOPICS[q - 1]![0],
        content: TOPICS[q - 1]![1],
        record: `到会代表 ${Math.min(c.members[g]!.length, 5)} 名，收集意见建议 ${3 + g} 条。`,
        summary: done ? "活动按计划完成，意见已汇总报镇人大办。" : null,
        followUp: done ? "意见已转交相关站所办理，下次活动听取落实情况。" : null,
        createdById: c.officeUserId,
        enteredById: c.officeUserId,
        onBehalfOf: null,
      });
      for (const deputyId of c.members[g]!.slice(0, 5)) attendees.push({ ...t, activityId: id, deputyId });
    }
  }
  await tx.groupActivityPlan.createMany({ data: plans });
  await tx.groupActivity.createMany({ data: activities });
  await tx.groupActivityAttendee.createMany({ data: attendees });
}

type Entry = [
  deputy: number,
  kind: DutyKind,
  day: string,
  text: string,
  extra?: Record<string, number>,
  state?: DutyEntryState,
];

/** The demo deputy (index 0) nearly fills the card: no dispute mediated yet; one waits, one was returned. */
const ENTRIES: Entry[] = [
  [0, "VOTER_CONTACT", "2026-09-15", "走访清水村一组、二组村民，听取对村道硬化的意见", { voters: 6 }],
  [0, "VOTER_CONTACT", "2026-10-08", "入户走访三组群众，了解秋收情况", { voters: 5 }],
  [0, "VOTER_FORUM", "2026-10-20", "在村委会召开选民座谈会", { voters: 18 }],
  [0, "PRACTICAL_THING", "2026-11-03", "协调修复三组损坏路灯 6 盏"],
  [0, "POVERTY_HELP", "2026-11-12", "帮扶困难户发展养殖", { households: 2, persons: 7, incomeRaised: 2740 }],
  [0, "DISPUTE_MEDIATION", "2026-11-28", "调解两户宅基地边界纠纷", {}, "SUBMITTED"],
  [0, "VOTER_CONTACT", "2026-12-01", "电话联系选民", { voters: 3 }, "RETURNED"],
  [1, "VOTER_CONTACT", "2026-09-20", "走访选民，收集用水意见", { voters: 12 }],
  [1, "DISPUTE_MEDIATION", "2026-10-15", "调解邻里排水纠纷"],
  [2, "PRACTICAL_THING", "2026-10-25", "牵头清理河道垃圾"],
  [3, "VOTER_FORUM", "2026-11-05", "召开选民座谈会", { voters: 22 }],
  [7, "VOTER_CONTACT", "2026-11-18", "走访选民，了解冬季取暖情况", { voters: 10 }],
  [7, "POVERTY_HELP", "2026-11-20", "联系帮扶困难户", { households: 1, persons: 3, incomeRaised: 1200 }, "SUBMITTED"],
];

async function seedDuties(tx: Tx, c: Ctx) {
  const t = { townshipId: c.townshipId };
  await tx.deputyDuty.createMany({
    data: ENTRIES.filter(([, , day]) => parseDay(day) <= c.today).map(([i, kind, day, description, extra, state]) => ({
      ...t,
      deputyId: c.deputyIds[i]!,
      kind,
      occurredOn: parseDay(day),
      description,
      ...extra,
      state: state ?? "VERIFIED",
      reviewedById: state === "SUBMITTED" ? null : c.officeUserId,
      reviewedAt: state === "SUBMITTED" ? null : new Date(),
      returnReason: state === "RETURNED" ? "请写明联系的选民人数和所在村组" : null,
      createdById: c.officeUserId,
      enteredById: i === 0 ? null : c.officeUserId,
      onBehalfOf: i === 0 ? null : c.deputyNames[i]!,
    })),
  });
  await tx.voterReport.createMany({
    data: [
      {
        ...t,
        deputyId: c.deputyIds[1]!,
        year: 2026,
        scheduledOn: parseDay("2026-11-25"),
        place: "清水村村委会",
        heldOn: parseDay("2026-11-25"),
        votersPresent: 42,
        satisfied: 33,
        basic: 6,
        unsatisfied: 1,
        invalid: 2,
        ratedAt: new Date(),
        ratedById: c.officeUserId,
        enteredById: c.officeUserId,
        onBehalfOf: c.deputyNames[1]!,
        createdById: c.officeUserId,
      },
      {
        ...t,
        deputyId: c.deputyIds[0]!,
        year: 2026,
        scheduledOn: parseDay("2026-12-20"),
        place: "清水村村委会",
        createdById: c.officeUserId,
      },
    ],
  });
}

export async function seedDemoDuties(tx: Tx, c: Ctx) {
  await seedGroupActivities(tx, c);
  await seedDuties(tx, c);
}
