// The year's archive as one .zip: a folder per category (numbered Chinese names), each file named by its record
// and its own name (safe, unique in its folder), and 目录.xlsx (the index: category, record, file, date, size,
// SHA-256) at the top, ready to print on A4 and file with the year's papers. Pure: the rows and a reader of bytes in.
import JSZip from "jszip";
import { addOfficialSheet, newWorkbook, workbookBuffer } from "@/lib/xlsx/official";
import { formatSize } from "@/lib/files/types";
import { ARCHIVE_CATEGORY_LABELS, categoryFolder, type ArchiveFileRow } from "@/lib/archive/categories";
import { entryName, uniqueName } from "@/lib/archive/names";

export const INDEX_NAME = "目录.xlsx";

export interface ArchiveEntry extends ArchiveFileRow {
  /** The path inside the .zip: `<folder>/<name>`. */
  path: string;
}

/** Each row's path in the .zip, in the rows' order; names unique within each folder. */
export function planEntries(rows: readonly ArchiveFileRow[]): ArchiveEntry[] {
  const taken = new Map<string, Set<string>>();
  return rows.map((r) => {
    const folder = categoryFolder(r.category);
    if (!taken.has(folder)) taken.set(folder, new Set());
    return { ...r, path: `${folder}/${uniqueName(entryName(r.record, r.filename), taken.get(folder)!)}` };
  });
}

export const indexTitle = (township: string, year: number) => `${township}人大主席团${year}年档案目录`;

/** 目录.xlsx: one row per file, in the .zip's order. */
export function indexXlsx(township: string, year: number, entries: readonly ArchiveEntry[]): Promise<Buffer> {
  const wb = newWorkbook();
  const total = entries.reduce((n, e) => n + e.size, 0);
  const sheet = addOfficialSheet(wb, "档案目录", {
    title: indexTitle(township, year),
    note: `共${entries.length}个文件，${formatSize(total)}。文件按分类存放在同名文件夹中；SHA-256 用于核对文件是否完整。`,
    columns: [
      { header: "序号", key: "n", width: 6 },
      { header: "分类", key: "category", width: 12, wrap: true },
      { header: "所属记录", key: "record", width: 24, wrap: true },
      { header: "文件（包内路径）", key: "path", width: 30, wrap: true },
      { header: "日期", key: "date", width: 12, type: "date" },
      { header: "大小", key: "size", width: 10 },
      { header: "SHA-256", key: "sha256", width: 24, type: "text", wrap: true },
    ],
  });
  entries.forEach((e, i) =>
    sheet.addRow({
      n: i + 1,
      category: ARCHIVE_CATEGORY_LABELS[e.category],
      record: e.record,
      path: e.path,
      date: e.date,
      size: formatSize(e.size),
      sha256: e.sha256,
    }),
  );
  return workbookBuffer(wb);
}

/**
 * The .zip: the index first, then each file read by `bytesOf` (stored, not compressed: scans and photos are
 * compressed already). Held in memory: the caller refuses a year above `archive.zipMaxMb` before reading any file.
 */
export async function buildZip(
  index: Buffer,
  entries: readonly ArchiveEntry[],
  bytesOf: (e: ArchiveEntry) => Promise<Uint8Array>,
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(INDEX_NAME, index, { compression: "DEFLATE" });
  for (const e of entries) zip.file(e.path, await bytesOf(e), { date: new Date(`${e.date}T12:00:00+08:00`) });
  return zip.generateAsync({ type: "nodebuffer", compression: "STORE", platform: "UNIX" });
}
