// The demo township's voter reception days (接待选民日) for the year it is seeded in: the 10th of each month moved to
// the next working day (lib/reception/rules.ts on the official calendar), the days before today held with two
// deputies on duty and their visitors, July's cancelled for flood duty, the rest still to come. The latest held
// day is the documents' "接待群众6人，及时解决问题5个"; a retiree's unpaid allowance of ¥2,740 raised at one day
// became a deputy's suggestion. Written in the seed's one transaction with createMany.
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { addDays, parseDay } from "@/lib/time/day";
import { workingCalendar } from "@/lib/time/working-days";
import { yearCalendar } from "@/lib/reception/rules";

interface Ctx {
  townshipId: string;
  officeUserId: string;
  /** The demo deputy (the `deputy` account) first. */
  deputyIds: string[];
  today: Date;
}

const PLACE = "镇人大代表之家";

/** Visitors of the latest held day: six came, five issues solved on the spot. */
const SIX = [
  ["王桂兰", "村里自来水管老化，夏天经常停水", "当场联系水利站，约定本周检修"],
  ["陈永福", "农田灌溉渠被泥沙堵塞", "当场联系村委会组织清淤"],
  ["赵秀英", "孙子入学需要的居住证明不知去哪里开", "当场告知到镇派出所办理，并说明所需材料"],
  ["孙德胜", "家门口路灯坏了两个月", "当场联系市政所，三日内修复"],
  ["周玉梅", "医保缴费后手机上查不到记录", "当场帮助查询，缴费已到账，系统延迟显示"],
  ["吴建国", "希望在集镇增设公交站点", null],
] as const;

/** One or two visitors of the other held days, by month. */
const OTHERS: Record<number, [string, string, string | null][]> = {
  1: [["郑大山", "冬季取暖用煤价格上涨", "当场解释煤价政策并告知补贴申请方式"]],
  2: [["冯小燕", "外出务工人员子女留守照看难", null]],
  3: [
    ["褚光明", "春耕化肥供应不足", "当场联系农技站调配"],
    ["卫红霞", "村卫生室开门时间不固定", null],
  ],
  4: [["蒋志强", "林地承包合同到期续签问题", "当场解答续签程序"]],
  5: [["沈桂芝", "低保复核结果对不上", "当场联系民政办复核"]],
  6: [["韩长林", "雨季河堤有渗水", "当场报告水利站，已安排巡查"]],
  8: [["杨春花", "村道两侧杂草影响通行", "当场联系村委会清理"]],
  9: [
    ["刘大爷", "退休后的养老补贴2740元一直没有发放", null],
    ["朱海燕", "村里广场舞噪音扰民", "当场与村委会商定活动时间"],
  ],
  10: [["秦国庆", "秋收后秸秆处理难", "当场告知秸秆回收点"]],
};

/** Seeds the year's reception days, duties and visitors; returns the retiree's visit for the caller's link. */
export async function seedDemoReception(tx: Tx, c: Ctx) {
  const t = { townshipId: c.townshipId };
  const year = c.today.getUTCFullYear();
  const official = workingCalendar();
  const plan = yearCalendar(year, 10, (d) => official.isWorkingDay(d));
  const held = plan.filter((p) => parseDay(p.date).getTime() <= c.today.getTime() && p.month !== 7);
  const latest = held.at(-1)?.month;
  const days = plan.map((p) => ({ ...p, id: randomUUID(), day: parseDay(p.date) }));
  await tx.receptionDay.createMany({
    data: days.map((d) => {
      const past = d.day.getTime() <= c.today.getTime();
      const cancelled = d.month === 7;
      return {
        ...t,
        id: d.id,
        year,
        date: d.day,
        place: PLACE,
        cancelled,
        note: cancelled ? "防汛值班，本月接待顺延至代表联络站日常接待" : null,
        heldOn: past && !cancelled ? d.day : null,
        noticePublishedOn: past || addDays(d.day, -3).getTime() <= c.today.getTime() ? addDays(d.day, -3) : null,
        createdById: c.officeUserId,
      };
    }),
  });
  // Two deputies a day in turn; the demo deputy also on the latest held day and the next one to come.
  const next = days.find((d) => d.day.getTime() > c.today.getTime() && d.month !== 7);
  const duties = days.flatMap((d) => {
    const pair = [1 + ((2 * (d.month - 1)) % 50), 2 + ((2 * (d.month - 1)) % 50)].map((i) => c.deputyIds[i]!);
    if (d.month === latest || d.id === next?.id) pair.push(c.deputyIds[0]!);
    const isHeld = held.some((h) => h.month === d.month);
    return pair.map((deputyId, i) => ({
      ...t,
      receptionDayId: d.id,
      deputyId,
      present: isHeld ? !(d.month === 3 && i === 1) : null,
    }));
  });
  await tx.receptionDuty.createMany({ data: duties });
  const visits = held.flatMap((h) => {
    const d = days.find((x) => x.month === h.month)!;
    const rows =
      h.month === latest ? SIX.map((v) => [...v] as [string, string, string | null]) : (OTHERS[h.month] ?? []);
    const onDuty = duties.filter((x) => x.receptionDayId === d.id);
    return rows.map(([visitorName, issue, solution], position) => ({
      ...t,
      id: randomUUID(),
      receptionDayId: d.id,
      visitorName,
      phone: `1390000${String(1000 + h.month * 10 + position)}`,
      address: `清水镇青山村${position + 1}组`,
      issue,
      solved: !!solution,
      solution,
      receivedByDeputyId: onDuty[position % onDuty.length]!.deputyId,
      position,
      createdById: c.officeUserId,
    }));
  });
  await tx.receptionVisit.createMany({ data: visits });
  return visits.find((v) => v.issue.includes("2740")) ?? null;
}

/** The retiree's issue as a deputy's suggestion (submitted on the reception day), linked both ways. */
export async function linkRetireeSuggestion(
  tx: Tx,
  c: Ctx,
  visit: { id: string; receptionDayId: string; receivedByDeputyId: string; issue: string },
) {
  const day = await tx.receptionDay.findUniqueOrThrow({ where: { id: visit.receptionDayId } });
  const category = await tx.suggestionCategory.findFirst({ where: { townshipId: c.townshipId, name: "社会保障" } });
  if (!category) return;
  const id = randomUUID();
  await tx.suggestion.create({
    data: {
      id,
      townshipId: c.townshipId,
      title: "落实退休人员养老补贴发放",
      content: `接待选民日来访群众反映：${visit.issue}。建议民政办核实并尽快补发。`,
      categoryId: category.id,
      raisedOn: day.date,
      state: "SUBMITTED",
      year: day.date.getUTCFullYear(),
      createdById: c.officeUserId,
    },
  });
  await tx.suggestionProposer.create({
    data: { townshipId: c.townshipId, suggestionId: id, deputyId: visit.receivedByDeputyId, lead: true },
  });
  await tx.suggestionEvent.create({
    data: {
      townshipId: c.townshipId,
      suggestionId: id,
      type: "submitted",
      toState: "SUBMITTED",
      actorUserId: c.officeUserId,
    },
  });
  await tx.receptionVisit.update({ where: { id: visit.id }, data: { suggestionId: id } });
}
