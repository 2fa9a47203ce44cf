// The archive's index prints on A4 (printSetupProblems) and lists every file with its path and SHA-256; the .zip
// holds the index and each file under its folder.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { printSetupProblems } from "@/lib/xlsx/inspect";
import { sha256Of } from "@/lib/files/store";
import type { ArchiveFileRow } from "@/lib/archive/categories";
import { buildZip, INDEX_NAME, indexTitle, indexXlsx, planEntries } from "@/lib/archive/pack";

const bytes = (s: string) => new TextEncoder().encode(s);
const row = (over: Partial<ArchiveFileRow>): ArchiveFileRow => ({
  category: "SESSION_DOCUMENTS",
  id: "f1",
  recordId: "r1",
  record: "第1次会议 议程",
  filename: "议程.pdf",
  mimeType: "application/pdf",
  size: 3,
  sha256: sha256Of(bytes("one")),
  storageKey: "k1",
  date: "2026-03-02",
  ...over,
});

const rows = [
  row({}),
  row({ id: "f2", storageKey: "k2", sha256: sha256Of(bytes("two")) }),
  row({
    id: "f3",
    category: "PETITION_ATTACHMENTS",
    record: "信访2026-001（2026-04-01）",
    filename: "来信/扫描.jpg",
    storageKey: "k3",
    sha256: sha256Of(bytes("three")),
    size: 5,
  }),
];
const content: Record<string, string> = { k1: "one", k2: "two", k3: "three" };

describe("the year's archive", () => {
  it("puts each file in its category's folder under a unique, safe name", () => {
    expect(planEntries(rows).map((e) => e.path)).toEqual([
      "01 人代会文件/第1次会议 议程-议程.pdf",
      "01 人代会文件/第1次会议 议程-议程（2）.pdf",
      "05 信访件附件/信访2026-001（2026-04-01）-来信_扫描.jpg",
    ]);
  });

  it("indexes every file with its category, record, path, date and SHA-256, printable on A4", async () => {
    const entries = planEntries(rows);
    const buffer = await indexXlsx("清水镇", 2026, entries);
    expect(await printSetupProblems(buffer)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("档案目录")!;
    const texts = ws.getSheetValues().flat().map(String).join("|");
    expect(texts).toContain(indexTitle("清水镇", 2026));
    expect(texts).toContain("共3个文件");
    for (const e of entries) {
      expect(texts).toContain(e.path);
      expect(texts).toContain(e.sha256);
    }
    expect(texts).toContain("信访件附件");
  });

  it("packs the index and every file's bytes", async () => {
    const entries = planEntries(rows);
    const zipped = await buildZip(Buffer.from("index"), entries, async (e) => bytes(content[e.storageKey]));
    const zip = await JSZip.loadAsync(zipped);
    expect(await zip.file(INDEX_NAME)!.async("string")).toBe("index");
    for (const e of entries) expect(sha256Of(await zip.file(e.path)!.async("uint8array"))).toBe(e.sha256);
  });
});
