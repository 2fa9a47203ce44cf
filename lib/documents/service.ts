// The document register (收发文登记): register an entry (its serial assigned under the year's lock), correct the
// registered facts with a reason or record the handling (audited in the transaction), attach its one file, link
// it to the records it concerns, and list the register filtered, sorted and paginated in SQL.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { correctionHistory, recordCorrection } from "@/lib/audit/corrections";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockName } from "@/lib/db/locks";
import { notFound, validation } from "@/lib/http/errors";
import { pageWithTotal, skipTake } from "@/lib/http/validation";
import type { UploadedFile } from "@/lib/files/upload";
import { parseDay } from "@/lib/time/day";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentDirection } from "@/lib/generated/prisma/enums";
import { LINK_MODULE_LABELS } from "@/lib/documents/labels";
import { auditFields, documentSummary, lockDocument } from "@/lib/documents/entry";
import { storeFile } from "@/lib/documents/files";
import { assertRecords, linkLabels } from "@/lib/documents/links";
import {
  changedKeys,
  HANDLING_FIELDS,
  nextSerial,
  REGISTERED_FIELDS,
  registerNumber,
  registerYear,
} from "@/lib/documents/rules";
import type { DocumentCreateInput, DocumentListQuery, DocumentUpdateInput, LinkInput } from "@/lib/documents/schema";

/** The list's filter: year, direction, category, and a keyword in the title, 文号 or counterpart. */
export function listWhere(q: Pick<DocumentListQuery, "year" | "direction" | "category" | "q">) {
  return {
    AND: [
      q.year ? { year: q.year } : {},
      q.direction ? { direction: q.direction } : {},
      q.category ? { category: q.category } : {},
      q.q
        ? {
            OR: [
              { title: { contains: q.q, mode: "insensitive" as const } },
              { docNumber: { contains: q.q, mode: "insensitive" as const } },
              { counterpart: { contains: q.q, mode: "insensitive" as const } },
            ],
          }
        : {},
    ],
  } satisfies Prisma.DocumentRecordWhereInput;
}

/** The register, newest first (year, then serial, descending), paginated in SQL. */
export async function listDocuments(actor: Actor, q: DocumentListQuery) {
  const sdb = scopedDb(actor.townshipId);
  const where = listWhere(q);
  const { rows, total } = await pageWithTotal(
    q,
    () =>
      sdb.documentRecord.findMany({
        where,
        orderBy: [{ year: "desc" }, { direction: "asc" }, { serial: "desc" }],
        ...skipTake(q),
      }),
    () => sdb.documentRecord.count({ where }),
  );
  return { items: rows.map(documentSummary), total, page: q.page, pageSize: q.pageSize };
}

/**
 * The next serial of the township's register of one direction and year. Registrations take turns on an
 * advisory lock held until commit (as the petitions' numbering), so the highest serial read after the lock is
 * the last one committed: twenty at once get twenty consecutive serials, none refused.
 */
export async function nextDocumentSerial(
  tx: ScopedTx,
  townshipId: string,
  direction: DocumentDirection,
  year: number,
): Promise<number> {
  await lockName(tx, `document-serial:${townshipId}:${direction}:${year}`);
  const [row] = await tx.$queryRaw<{ serial: number | null }[]>`
    SELECT max("serial") AS serial FROM "DocumentRecord"
    WHERE "townshipId" = ${townshipId}::uuid AND "direction" = ${direction}::"DocumentDirection" AND "year" = ${year}`;
  return nextSerial(row?.serial);
}

function assertHandledAfter(date: string, handledOn: string | null | undefined) {
  if (handledOn && handledOn < date) throw validation({ handledOn: `办结日期：不能早于收发日期（${date}）` });
}

/** Registers one entry (with its file and links, if given) under the next serial of its direction and year. */
export async function createDocument(actor: Actor, input: DocumentCreateInput, files: UploadedFile[] = []) {
  assertHandledAfter(input.date, input.handledOn);
  const year = registerYear(input.date);
  const links = dedupeLinks(input.links ?? []);
  await assertRecords(actor.townshipId, links);
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const serial = await nextDocumentSerial(tx, actor.townshipId, input.direction, year);
    let d = await tx.documentRecord.create({
      data: {
        townshipId: actor.townshipId,
        direction: input.direction,
        year,
        serial,
        docNumber: input.docNumber,
        date: parseDay(input.date),
        counterpart: input.counterpart,
        title: input.title,
        category: input.category,
        handling: input.handling,
        handledOn: input.handledOn ? parseDay(input.handledOn) : null,
        createdById: actor.userId,
        enteredById: actor.userId,
        links: {
          create: links.map((l) => ({
            townshipId: actor.townshipId,
            module: l.module,
            recordId: l.recordId,
          })),
        },
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "document.registered",
      recordType: "DocumentRecord",
      recordId: d.id,
      after: { ...auditFields(d), registerNumber: registerNumber(d.direction, d.year, d.serial), links },
    });
    if (files[0]) d = await storeFile(tx, actor, d, files[0]);
    return documentSummary(d);
  });
}

const dedupeLinks = (links: LinkInput[]) => [...new Map(links.map((l) => [`${l.module}:${l.recordId}`, l])).values()];

/**
 * Corrects the registered facts (a reason required, the change kept in the entry's 更正记录) and/or records the
 * handling; both audited in the transaction. The date stays in the entry's year.
 */
export async function updateDocument(actor: Actor, id: string, input: DocumentUpdateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await lockDocument(tx, actor, id, input.version);
    const stored = auditFields(before);
    const wanted: Record<string, unknown> = { ...input };
    const corrected = changedKeys(stored, wanted, REGISTERED_FIELDS);
    const handled = changedKeys(stored, wanted, HANDLING_FIELDS);
    if (!corrected.length && !handled.length) throw validation({ _: "没有要修改的内容" }, "没有要修改的内容");
    if (corrected.length && !input.reason)
      throw validation({ reason: "更正原因：更正登记内容须填写原因" }, "更正登记内容须填写原因");
    if (input.date !== undefined && registerYear(input.date) !== before.year)
      throw validation({ date: `收发日期：应在${before.year}年内（登记号按年编排）` });
    const date = input.date ?? stored.date;
    const handledOn = input.handledOn !== undefined ? input.handledOn : stored.handledOn;
    assertHandledAfter(date, handledOn);
    const data: Prisma.DocumentRecordUpdateInput = { version: { increment: 1 } };
    for (const k of [...corrected, ...handled]) {
      const v = wanted[k] as string | null;
      (data as Record<string, unknown>)[k] = k === "date" || k === "handledOn" ? (v ? parseDay(v) : null) : v;
    }
    const after = await tx.documentRecord.update({ where: { id }, data });
    const now = auditFields(after);
    const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
    if (corrected.length)
      await recordCorrection(tx, actor, {
        action: "document.corrected",
        recordType: "DocumentRecord",
        recordId: id,
        before: pick(stored, corrected),
        after: pick(now, corrected),
        reason: input.reason!,
      });
    if (handled.length)
      await recordAudit(tx, subjectOf(actor), {
        action: "document.handled",
        recordType: "DocumentRecord",
        recordId: id,
        before: pick(stored, handled),
        after: pick(now, handled),
      });
    return documentSummary(after);
  });
}

const CORRECTION_FIELDS = {
  docNumber: { label: "文号" },
  date: { label: "收发日期" },
  counterpart: { label: "来文或主送单位" },
  title: { label: "文件标题" },
  category: { label: "档案分类" },
};

/** One entry with its links (each named) and its 更正记录. */
export async function getDocument(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const d = await sdb.documentRecord.findUnique({ where: { id }, include: { links: { orderBy: { id: "asc" } } } });
  if (!d) throw notFound("收发文登记不存在");
  const [links, corrections] = await Promise.all([
    linkLabels(actor.townshipId, d.links),
    correctionHistory(actor, { recordType: "DocumentRecord", recordId: id }, CORRECTION_FIELDS),
  ]);
  return {
    ...documentSummary(d),
    links: links.map((l) => ({
      id: l.id,
      module: l.module,
      moduleLabel: LINK_MODULE_LABELS[l.module] ?? l.module,
      recordId: l.recordId,
      label: l.label,
    })),
    corrections,
  };
}

/** The year's register in serial order, for the export (at most the year's entries of one township). */
export async function yearRegister(actor: Actor, year: number, direction?: DocumentDirection) {
  const rows = await scopedDb(actor.townshipId).documentRecord.findMany({
    where: { year, ...(direction ? { direction } : {}) },
    orderBy: [{ direction: "asc" }, { serial: "asc" }],
  });
  return rows.map(documentSummary);
}
