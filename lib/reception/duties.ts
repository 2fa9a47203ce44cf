// The deputies on duty at a reception day (值班代表): the office sets the list — adding, removing, and once the
// day has come marking who was present (代录 from the sign-in sheet: the day is the reception day's own date).
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { validation } from "@/lib/http/errors";
import { onBehalfAudit } from "@/lib/records/on-behalf";
import type { ReceptionDay } from "@/lib/generated/prisma/client";
import { currentTermOrThrow, sittingWhere } from "@/lib/roster/public";
import { formatDay, todayInChina } from "@/lib/time/day";
import { notify } from "@/lib/notifications/writer";
import { assertNotCancelled, lockDay } from "@/lib/reception/access";
import type { ReceptionDutiesInput } from "@/lib/reception/schema";

type Entry = ReceptionDutiesInput["entries"][number];

async function checkEntries(tx: ScopedTx, d: ReceptionDay, entries: Entry[]) {
  const ids = entries.map((e) => e.deputyId);
  if (new Set(ids).size !== ids.length) throw validation({ entries: "值班代表：同一名代表重复" });
  const today = todayInChina();
  if (d.date.getTime() > today.getTime() && entries.some((e) => e.present != null))
    throw validation({ entries: `到场情况：接待日（${formatDay(d.date)}）未到，不能登记到场` });
  if (!ids.length) return;
  const term = await currentTermOrThrow(tx);
  const sitting = await tx.deputy.count({ where: { ...sittingWhere(term.id, d.date), id: { in: ids } } });
  if (sitting !== ids.length) throw validation({ entries: `值班代表：须是接待日（${formatDay(d.date)}）在任的代表` });
}

/** Sets the deputies on duty and their presence; the newly added are told when the notice is already out. */
export async function setReceptionDuties(actor: Actor, id: string, input: ReceptionDutiesInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { day: d } = await lockDay(tx, actor, id, input.version);
    assertNotCancelled(d, "安排值班代表");
    await checkEntries(tx, d, input.entries);
    const before = await tx.receptionDuty.findMany({ where: { receptionDayId: id } });
    const keep = new Set(input.entries.map((e) => e.deputyId));
    await tx.receptionDuty.deleteMany({ where: { receptionDayId: id, deputyId: { notIn: [...keep] } } });
    const had = new Map(before.map((b) => [b.deputyId, b]));
    for (const e of input.entries) {
      const present = e.present ?? null;
      const old = had.get(e.deputyId);
      if (!old)
        await tx.receptionDuty.create({
          data: { townshipId: actor.townshipId, receptionDayId: id, deputyId: e.deputyId, present },
        });
      else if (old.present !== present) await tx.receptionDuty.update({ where: { id: old.id }, data: { present } });
    }
    const held = !d.heldOn && input.entries.some((e) => e.present === true);
    const after = await tx.receptionDay.update({
      where: { id, version: input.version },
      data: { version: { increment: 1 }, ...(held ? { heldOn: d.date } : {}) },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "reception.duties_set",
      recordType: "ReceptionDay",
      recordId: id,
      before: { duties: before.map((b) => ({ deputyId: b.deputyId, present: b.present })) },
      after: { duties: input.entries, ...onBehalfAudit(d.date, null) },
    });
    const added = input.entries.filter((e) => !had.has(e.deputyId)).map((e) => e.deputyId);
    if (d.noticePublishedOn && d.date.getTime() >= todayInChina().getTime())
      await notify(tx, dutyNotices(actor.townshipId, d, added));
    return { version: after.version, duties: input.entries.length };
  });
}

/** "您在 2026年3月10日 的接待选民日值班（地点）" to each deputy named. */
export function dutyNotices(townshipId: string, d: ReceptionDay, deputyIds: string[]) {
  const where = d.place ? `，地点：${d.place}` : "";
  return deputyIds.map((deputyId) => ({
    townshipId,
    recipient: { deputyId },
    subject: { type: "reception_day", id: d.id },
    link: `/reception-days/${d.id}`,
    message: `请于 ${formatDay(d.date)} 参加接待选民日值班${where}`.slice(0, 300),
  }));
}
