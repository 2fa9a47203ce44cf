// The reception day's notice (公告): published by the office (the day it went up, 代录 when keyed later; the
// township's practice is `reception.noticeDaysAhead` days ahead) with the deputies on duty told, and printed
// as a .docx (lib/reception/notice-docx.ts), its export audited.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict } from "@/lib/http/errors";
import { occurredDay, onBehalfAudit } from "@/lib/records/on-behalf";
import { deputyNameOrderBy, nameOrder } from "@/lib/roster/public";
import { townshipName } from "@/lib/text/township";
import { formatDay, todayInChina } from "@/lib/time/day";
import { notify } from "@/lib/notifications/writer";
import { assertNotCancelled, loadDay, lockDay, type LoadedDay } from "@/lib/reception/access";
import { dutyNotices } from "@/lib/reception/duties";
import { receptionNoticeDocx, receptionNoticeText } from "@/lib/reception/notice-docx";
import type { ReceptionNoticeInput } from "@/lib/reception/schema";

async function dutyNames(db: ScopedDb | ScopedTx, dayId: string) {
  const rows = await db.receptionDuty.findMany({
    where: { receptionDayId: dayId },
    orderBy: deputyNameOrderBy(await nameOrder()).map((o) => ({ deputy: o })),
    select: { deputyId: true, deputy: { select: { name: true, nameKey: true } } },
  });
  return rows;
}

/** Publishes the notice (not after the day itself) and tells each deputy on duty. */
export async function publishNotice(actor: Actor, id: string, input: ReceptionNoticeInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { day: d } = await lockDay(tx, actor, id, input.version);
    assertNotCancelled(d, "发布公告");
    if (d.noticePublishedOn) throw conflict(`公告已于 ${formatDay(d.noticePublishedOn)} 发布`);
    const publishedOn = occurredDay(input.publishedOn, { field: "publishedOn", label: "公告发布日期" });
    if (publishedOn.getTime() > d.date.getTime())
      throw conflict(`公告应在接待日（${formatDay(d.date)}）之前发布`, {
        publishedOn: `公告发布日期：不能晚于接待日（${formatDay(d.date)}）`,
      });
    const after = await tx.receptionDay.update({
      where: { id, version: input.version },
      data: { noticePublishedOn: publishedOn, version: { increment: 1 } },
    });
    const duties = await dutyNames(tx, id);
    await recordAudit(tx, subjectOf(actor), {
      action: "reception.notice_published",
      recordType: "ReceptionDay",
      recordId: id,
      after: {
        noticePublishedOn: formatDay(publishedOn),
        notified: duties.length,
        ...onBehalfAudit(publishedOn, null),
      },
    });
    if (d.date.getTime() >= todayInChina().getTime())
      await notify(
        tx,
        dutyNotices(
          actor.townshipId,
          after,
          duties.map((x) => x.deputyId),
        ),
      );
    return { version: after.version, noticePublishedOn: formatDay(publishedOn), notified: duties.length };
  });
}

async function noticeInput(actor: Actor, d: LoadedDay) {
  const sdb = scopedDb(actor.townshipId);
  const [township, duties] = await Promise.all([townshipName(actor), dutyNames(sdb, d.id)]);
  return {
    township,
    date: formatDay(d.date),
    place: d.place,
    deputies: duties.map((x) => x.deputy.name),
    signedOn: formatDay(d.noticePublishedOn ?? todayInChina()),
  };
}

/** The printable notice (.docx) with its file name; the export is audited as it leaves the system. */
export async function noticeFile(actor: Actor, id: string) {
  const { day: d } = await loadDay(scopedDb(actor.townshipId), actor, id);
  assertNotCancelled(d, "打印公告");
  const text = receptionNoticeText(await noticeInput(actor, d));
  const buffer = await receptionNoticeDocx(text);
  await recordAudit(db, subjectOf(actor), {
    action: "reception.notice_exported",
    recordType: "ReceptionDay",
    recordId: id,
  });
  return { buffer, filename: `${text.title}（${formatDay(d.date)}）.docx` };
}
