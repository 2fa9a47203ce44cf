// Publicity items (宣传): record an article or report sent, scored by the county's table when recorded (the points
// kept, whatever the table becomes), correct it or remove it with a reason — each audited in its transaction — and
// list the year's items with the year's figures.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { correctionHistory, recordCorrection } from "@/lib/audit/corrections";
import { db } from "@/lib/db";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockAndRead } from "@/lib/db/locks";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { pageWithTotal, skipTake } from "@/lib/http/validation";
import { getSettings } from "@/lib/settings";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { Prisma, type PublicityItem } from "@/lib/generated/prisma/client";
import { publicityYearFigures } from "@/lib/publicity/figures";
import { PUBLICITY_KIND_LABELS, pointsFor, scoringTable, type PublicityKind } from "@/lib/publicity/rules";
import type {
  PublicityCorrectInput,
  PublicityCreateInput,
  PublicityDeleteInput,
  PublicityListQuery,
} from "@/lib/publicity/schema";

export function publicitySummary(p: PublicityItem) {
  return {
    id: p.id,
    year: p.year,
    kind: p.kind,
    kindLabel: PUBLICITY_KIND_LABELS[p.kind as PublicityKind] ?? p.kind,
    title: p.title,
    outlet: p.outlet,
    sentOn: formatDay(p.sentOn),
    publishedOn: p.publishedOn ? formatDay(p.publishedOn) : null,
    points: Number(p.points),
    author: p.author,
    version: p.version,
  };
}

const fields = (p: PublicityItem) => {
  const s = publicitySummary(p);
  return {
    kind: s.kind,
    title: s.title,
    outlet: s.outlet,
    sentOn: s.sentOn,
    publishedOn: s.publishedOn,
    author: s.author,
    points: s.points,
  };
};

function checkDays(sentOn: string, publishedOn: string | null | undefined) {
  const today = formatDay(todayInChina());
  if (sentOn > today) throw validation({ sentOn: `报送日期：不能晚于今天（${today}）` });
  if (publishedOn && publishedOn < sentOn) throw validation({ publishedOn: `刊发日期：不能早于报送日期（${sentOn}）` });
}

const table = async () => scoringTable(await getSettings());

/** The year's items (newest sent first, paginated in SQL) and the year's figures. */
export async function listPublicity(actor: Actor, q: PublicityListQuery) {
  const year = q.year ?? todayInChina().getUTCFullYear();
  const sdb = scopedDb(actor.townshipId);
  const where = { year };
  const [{ rows, total }, figures] = await Promise.all([
    pageWithTotal(
      q,
      () => sdb.publicityItem.findMany({ where, orderBy: [{ sentOn: "desc" }, { id: "asc" }], ...skipTake(q) }),
      () => sdb.publicityItem.count({ where }),
    ),
    publicityYearFigures(db, actor.townshipId, year),
  ]);
  return { year, items: rows.map(publicitySummary), total, page: q.page, pageSize: q.pageSize, figures };
}

export async function createPublicity(actor: Actor, input: PublicityCreateInput) {
  checkDays(input.sentOn, input.publishedOn);
  const points = pointsFor(await table(), input.kind);
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const p = await tx.publicityItem.create({
      data: {
        townshipId: actor.townshipId,
        year: Number(input.sentOn.slice(0, 4)),
        kind: input.kind,
        title: input.title,
        outlet: input.outlet,
        sentOn: parseDay(input.sentOn),
        publishedOn: input.publishedOn ? parseDay(input.publishedOn) : null,
        points: new Prisma.Decimal(points),
        author: input.author,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "publicity.created",
      recordType: "PublicityItem",
      recordId: p.id,
      after: fields(p),
    });
    return publicitySummary(p);
  });
}

async function lockItem(tx: ScopedTx, actor: Actor, id: string, version: number) {
  const p = await lockAndRead<PublicityItem>(tx, "PublicityItem", id, actor.townshipId);
  if (!p) throw notFound("宣传稿件不存在");
  if (p.version !== version) throw conflict("该稿件已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
  return p;
}

/** The fields its 更正记录 shows, in this order (the points too: a changed kind is scored again). */
const CORRECTION_FIELDS = {
  title: { label: "稿件标题" },
  kind: { label: "计分类别", values: PUBLICITY_KIND_LABELS as Record<string, string> },
  outlet: { label: "报送或刊发单位" },
  sentOn: { label: "报送日期" },
  publishedOn: { label: "刊发日期" },
  author: { label: "作者" },
  points: { label: "得分" },
};

/** One item with its 更正记录 (the original value of every corrected field stays visible there). */
export async function getPublicity(actor: Actor, id: string) {
  const p = await scopedDb(actor.townshipId).publicityItem.findUnique({ where: { id } });
  if (!p) throw notFound("宣传稿件不存在");
  const corrections = await correctionHistory(actor, { recordType: "PublicityItem", recordId: id }, CORRECTION_FIELDS);
  return { ...publicitySummary(p), corrections };
}

/** 更正 with the reason: a changed kind is scored by the table in force now; the year follows the day sent. */
export async function correctPublicity(actor: Actor, id: string, input: PublicityCorrectInput) {
  const scores = await table();
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await lockItem(tx, actor, id, input.version);
    const was = fields(before);
    const sentOn = input.sentOn ?? was.sentOn;
    const publishedOn = input.publishedOn !== undefined ? input.publishedOn : was.publishedOn;
    checkDays(sentOn, publishedOn);
    const kind = input.kind ?? (before.kind as PublicityKind);
    const points = kind !== before.kind ? pointsFor(scores, kind) : Number(before.points);
    const after = await tx.publicityItem.update({
      where: { id },
      data: {
        kind,
        title: input.title ?? before.title,
        outlet: input.outlet ?? before.outlet,
        sentOn: parseDay(sentOn),
        year: Number(sentOn.slice(0, 4)),
        publishedOn: publishedOn ? parseDay(publishedOn) : null,
        author: input.author !== undefined ? input.author : before.author,
        points: new Prisma.Decimal(points),
        version: { increment: 1 },
      },
    });
    await recordCorrection(tx, actor, {
      action: "publicity.corrected",
      recordType: "PublicityItem",
      recordId: id,
      before: was,
      after: fields(after),
      reason: input.reason,
    });
    return publicitySummary(after);
  });
}

/** Removes an item recorded by mistake (the audit keeps it, with the reason). */
export async function deletePublicity(actor: Actor, id: string, input: PublicityDeleteInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await lockItem(tx, actor, id, input.version);
    await tx.publicityItem.delete({ where: { id } });
    await recordAudit(tx, subjectOf(actor), {
      action: "publicity.deleted",
      recordType: "PublicityItem",
      recordId: id,
      before: fields(before),
      reason: input.reason,
    });
    return { ok: true };
  });
}
