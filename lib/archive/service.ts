// The year's archive (分类归档): every record's files of a year, by category — browsed (counts and a page of
// files, sorted and paginated in SQL), downloaded one by one, or packed as the year's .zip with its index. The
// files are read through the one store (lib/files); each download is audited.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { conflict, notFound } from "@/lib/http/errors";
import { openRecordFile } from "@/lib/files/record-files";
import { getFile } from "@/lib/files/store";
import { getSettings } from "@/lib/settings";
import { townshipName } from "@/lib/text/township";
import { formatSize } from "@/lib/files/types";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  ARCHIVE_CATEGORIES,
  ARCHIVE_CATEGORY_LABELS,
  categoryQuery,
  type ArchiveCategory,
  type ArchiveFileRow,
} from "@/lib/archive/categories";
import { buildZip, indexXlsx, planEntries } from "@/lib/archive/pack";
import type { ArchiveFileQuery, ArchiveQuery } from "@/lib/archive/schema";

/** The year's files of the chosen categories (all: every category), one query per category in one statement. */
function unionOf(townshipId: string, year: number, categories: readonly ArchiveCategory[]) {
  return Prisma.join(
    categories.map((c) => categoryQuery(c, townshipId, { year })),
    " UNION ALL ",
  );
}

const ORDER = Prisma.sql`array_position(${[...ARCHIVE_CATEGORIES]}::text[], category), record, "keptAt", id`;

type Row = ArchiveFileRow & { keptAt: Date };
function clean(r: Row): ArchiveFileRow {
  const { keptAt, ...rest } = r;
  void keptAt;
  return { ...rest, size: Number(r.size) };
}

async function yearFiles(townshipId: string, year: number, categories: readonly ArchiveCategory[]) {
  const rows = await db.$queryRaw<Row[]>(
    Prisma.sql`SELECT * FROM (${unionOf(townshipId, year, categories)}) files ORDER BY ${ORDER}`,
  );
  return rows.map(clean);
}

/** The categories with their counts and sizes, and one page of files (of a category, or all), in SQL. */
export async function browseArchive(actor: Actor, q: ArchiveQuery) {
  const all = Prisma.sql`(${unionOf(actor.townshipId, q.year, ARCHIVE_CATEGORIES)})`;
  const chosen = q.category ? [q.category] : ARCHIVE_CATEGORIES;
  const [counts, rows] = await Promise.all([
    db.$queryRaw<{ category: ArchiveCategory; files: bigint; bytes: bigint | null }[]>(
      Prisma.sql`SELECT category, count(*) AS files, sum(size) AS bytes FROM ${all} files GROUP BY category`,
    ),
    db.$queryRaw<Row[]>(
      Prisma.sql`SELECT * FROM (${unionOf(actor.townshipId, q.year, chosen)}) files ORDER BY ${ORDER}
        LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    ),
  ]);
  const byCategory = new Map(counts.map((c) => [c.category, c]));
  const categories = ARCHIVE_CATEGORIES.map((c) => ({
    category: c,
    label: ARCHIVE_CATEGORY_LABELS[c],
    files: Number(byCategory.get(c)?.files ?? 0),
    bytes: Number(byCategory.get(c)?.bytes ?? 0),
  }));
  const total = q.category
    ? categories.find((c) => c.category === q.category)!.files
    : categories.reduce((n, c) => n + c.files, 0);
  return {
    year: q.year,
    categories,
    items: rows.map(clean).map((r) => ({
      category: r.category,
      categoryLabel: ARCHIVE_CATEGORY_LABELS[r.category],
      id: r.id,
      recordId: r.recordId,
      record: r.record,
      filename: r.filename,
      mimeType: r.mimeType,
      size: r.size,
      sha256: r.sha256,
      date: r.date,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** One file of the archive with its bytes (audited). */
export async function openArchiveFile(actor: Actor, q: ArchiveFileQuery) {
  const rows = await db.$queryRaw<Row[]>(categoryQuery(q.category, actor.townshipId, { id: q.id }));
  const f = rows[0];
  if (!f) throw notFound("文件不存在");
  const sdb = scopedDb(actor.townshipId);
  const file = await openRecordFile(sdb, { id: f.id, storageKey: f.storageKey }, "archiveFileId");
  await recordAudit(db, subjectOf(actor), {
    action: "archive.file_downloaded",
    recordType: "Archive",
    recordId: f.id,
    after: { category: f.category, record: f.record, filename: f.filename },
  });
  return { filename: f.filename, mimeType: f.mimeType, bytes: file.bytes };
}

/** A year whose files add up to more than this is refused (409, download by category) before any file is read. */
export async function zipLimitBytes() {
  return (await getSettings())["archive.zipMaxMb"] * 1024 * 1024;
}

/** The year's .zip (or one category's): the index and every file, audited. */
export async function archiveZip(actor: Actor, year: number, category?: ArchiveCategory) {
  const [rows, township, limit] = await Promise.all([
    yearFiles(actor.townshipId, year, category ? [category] : ARCHIVE_CATEGORIES),
    townshipName(actor),
    zipLimitBytes(),
  ]);
  const bytes = rows.reduce((n, r) => n + r.size, 0);
  if (bytes > limit)
    throw conflict(`${year}年的文件共 ${formatSize(bytes)}，超过归档包上限 ${formatSize(limit)}，请按分类分别下载`);
  const entries = planEntries(rows);
  const index = await indexXlsx(township, year, entries);
  const sdb = scopedDb(actor.townshipId);
  const zip = await buildZip(index, entries, async (e) => {
    const f = await getFile(sdb, e.storageKey);
    if (!f) throw notFound(`文件已丢失：${e.filename}`);
    return f.bytes;
  });
  await recordAudit(db, subjectOf(actor), {
    action: "archive.downloaded",
    recordType: "Archive",
    recordId: String(year),
    after: { year, category: category ?? null, files: entries.length, bytes },
  });
  const name = category ? `${ARCHIVE_CATEGORY_LABELS[category]}` : "档案";
  return { buffer: zip, filename: `${township}${year}年${name}.zip` };
}
