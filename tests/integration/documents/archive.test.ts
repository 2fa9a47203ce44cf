// The year's archive: every file of the year by category, and the .zip holding the index and each of them with a
// matching SHA-256 — nothing of another year or another township.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Of } from "@/lib/files/store";
import { createPetition } from "@/lib/petitions/service";
import { storePetitionFiles } from "@/lib/petitions/attachments";
import { PetitionCreateInput } from "@/lib/petitions/schema";
import { scopedDb } from "@/lib/db/township-scope";
import { registration } from "@/tests/integration/petitions/world";
import { api, entry, json, PDF, world } from "@/tests/integration/documents/world";

type Browse = {
  categories: { category: string; files: number }[];
  items: { id: string; category: string; filename: string; sha256: string; record: string }[];
  total: number;
};

const upload = (name: string, bytes: Uint8Array) => ({
  filename: name,
  mimeType: "application/pdf",
  size: bytes.length,
  sha256: sha256Of(bytes),
  bytes,
});

describe("the year's archive", () => {
  it("browses by category and packs the year with its index and every file", async () => {
    const w = await world("档案打包镇");
    const other = await world("档案别镇");
    const office = w.sessions.OFFICE.actor;
    const ofYear: Uint8Array[] = [];
    // Two registered documents with files of the same name (unique in the folder), one of another year.
    for (const [i, date] of ["2026-03-02", "2026-04-01", "2025-11-01"].entries()) {
      const bytes = PDF(`doc${i}`);
      await json(
        await api.createWithFile(w.cookie.OFFICE, entry({ date, title: `来文${i}` }), [["通知.pdf", bytes]]),
        201,
      );
      if (date.startsWith("2026")) ofYear.push(bytes);
    }
    // A petition of the year with a letter (read through the petition module's own function).
    const p = await createPetition(office, PetitionCreateInput.parse(registration({ receivedOn: "2026-05-06" })));
    const letter = PDF("letter");
    const [att] = await scopedDb(w.township.id).$transaction((tx) =>
      storePetitionFiles(tx, office, p.id, [upload("来信.pdf", letter)]),
    );
    ofYear.push(letter);
    // Another township's file of the same year.
    await json(await api.createWithFile(other.cookie.OFFICE, entry(), [["别镇.pdf", PDF("other")]]), 201);

    const browse = await json<Browse>(await api.archive(w.cookie.CHAIR, "?year=2026"), 200);
    const count = (c: string) => browse.categories.find((x) => x.category === c)!.files;
    expect(count("REGISTERED_DOCUMENTS")).toBe(2);
    expect(count("PETITION_ATTACHMENTS")).toBe(1);
    expect(browse.total).toBe(3);
    expect(browse.items.map((i) => i.filename).sort()).toEqual(["来信.pdf", "通知.pdf", "通知.pdf"]);
    const page = await json<Browse>(
      await api.archive(w.cookie.OFFICE, "?year=2026&category=PETITION_ATTACHMENTS&pageSize=1"),
      200,
    );
    expect(page.items.map((i) => i.id)).toEqual([att.id]);
    expect((await api.archive(w.cookie.OFFICE, "?year=abc")).status).toBe(400);
    expect((await api.archive(w.cookie.OFFICE, "?year=2026&category=NOPE")).status).toBe(400);

    const one = await api.archiveFile(w.cookie.OFFICE, `?category=PETITION_ATTACHMENTS&id=${att.id}`);
    expect(new Uint8Array(await one.arrayBuffer())).toEqual(letter);
    const foreign = await api.archiveFile(other.cookie.OFFICE, `?category=PETITION_ATTACHMENTS&id=${att.id}`);
    expect(foreign.status).toBe(404);

    const res = await api.zip(w.cookie.OFFICE, "?year=2026");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    expect(names).toContain("目录.xlsx");
    expect(names.filter((n) => n !== "目录.xlsx")).toHaveLength(3);
    expect(names.filter((n) => n.startsWith("08 收发文/"))).toHaveLength(2);
    expect(new Set(names).size).toBe(names.length);
    const wanted = browse.items.map((i) => i.sha256).sort();
    const got = await Promise.all(
      names.filter((n) => n !== "目录.xlsx").map(async (n) => sha256Of(await zip.file(n)!.async("uint8array"))),
    );
    expect(got.sort()).toEqual(wanted);
    expect(wanted).toEqual(ofYear.map(sha256Of).sort());
    // The index lists every file by its path in the .zip and its SHA-256.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await zip.file("目录.xlsx")!.async("nodebuffer")) as unknown as ArrayBuffer);
    const texts = wb.getWorksheet("档案目录")!.getSheetValues().flat().map(String).join("|");
    for (const n of names.filter((n) => n !== "目录.xlsx")) expect(texts).toContain(n);
    for (const s of wanted) expect(texts).toContain(s);
    const audit = await db.auditLog.findFirst({ where: { action: "archive.downloaded", recordId: "2026" } });
    expect(audit?.userId).toBe(w.users.OFFICE.id);
  });

  it("refuses a year above the size limit before reading a file", async () => {
    const w = await world("档案上限镇");
    await json(await api.createWithFile(w.cookie.OFFICE, entry(), [["大.pdf", PDF("x")]]), 201);
    await db.setting.upsert({
      where: { key: "archive.zipMaxMb" },
      create: { key: "archive.zipMaxMb", value: 0 },
      update: { value: 0 },
    });
    const { clearSettingsCache } = await import("@/lib/settings");
    clearSettingsCache();
    try {
      const res = await api.zip(w.cookie.OFFICE, "?year=2026");
      expect(res.status).toBe(409);
      expect((await res.json()).error.message).toContain("请按分类分别下载");
    } finally {
      await db.setting.deleteMany({ where: { key: "archive.zipMaxMb" } });
      clearSettingsCache();
    }
  });
});
