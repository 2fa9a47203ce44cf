// The file store (lib/files/store.ts) and the one-time import of UPLOAD_DIR's files into it
// (lib/files/import.ts, run by `npm run db:migrate` and `npm start`).
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { deleteFile, getFile, newFileKey, putFile } from "@/lib/files/store";
import { importUploadDir } from "@/lib/files/import";
import { DISK_KEY_COLUMNS, importLegacyUploads } from "@/lib/cli/import-uploads";
import { GET as photoRoute } from "@/app/api/v1/deputies/[id]/photo/route";
import { GET as downloadRoute } from "@/app/api/v1/sessions/[id]/documents/[docId]/route";
import { tempUploadDir } from "@/tests/integration/upload-dir";
import { createDeputy, params, request, townshipWithRoles } from "@/tests/factories";

const uploads = tempUploadDir("legacy-uploads");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(64)]);
const sha256 = (b: Uint8Array) => crypto.createHash("sha256").update(b).digest("hex");

describe("file store: put, get, delete by key", () => {
  it("keeps the bytes with size and checksum under the township, and only that township reads or deletes them", async () => {
    const a = await townshipWithRoles("甲镇");
    const b = await townshipWithRoles("乙镇");
    const key = newFileKey(a.township.id, "tests");
    expect(key).toMatch(new RegExp(`^${a.township.id}/tests/[0-9a-f-]{36}$`));
    const bytes = crypto.randomBytes(300 * 1024);
    expect(await putFile(scopedDb(a.township.id), a.township.id, key, { bytes })).toEqual({
      key,
      size: bytes.length,
      sha256: sha256(bytes),
    });
    const got = await getFile(scopedDb(a.township.id), key);
    expect(Buffer.from(got!.bytes)).toEqual(bytes);
    expect(got).toMatchObject({ size: bytes.length, sha256: sha256(bytes) });

    expect(await getFile(scopedDb(b.township.id), key)).toBeNull();
    expect(await deleteFile(scopedDb(b.township.id), key)).toBe(false);
    expect(await db.storedFile.count()).toBe(1);

    expect(await deleteFile(scopedDb(a.township.id), key)).toBe(true);
    expect(await getFile(scopedDb(a.township.id), key)).toBeNull();
    expect(await deleteFile(scopedDb(a.township.id), key)).toBe(false);
  });

  it("refuses a key that is already taken, and a write rolled back with its transaction leaves nothing", async () => {
    const { township } = await townshipWithRoles();
    const sdb = scopedDb(township.id);
    const key = newFileKey(township.id, "tests");
    await putFile(sdb, township.id, key, { bytes: PDF });
    await expect(putFile(sdb, township.id, key, { bytes: PNG })).rejects.toThrow();
    const other = newFileKey(township.id, "tests");
    await expect(
      sdb.$transaction(async (tx) => {
        await putFile(tx, township.id, other, { bytes: PNG });
        throw new Error("the record could not be written");
      }),
    ).rejects.toThrow("the record could not be written");
    expect((await db.storedFile.findMany({ select: { key: true } })).map((f) => f.key)).toEqual([key]);
  });
});

describe("files of an installation from before the store (UPLOAD_DIR)", () => {
  async function legacyInstallation() {
    const t = await townshipWithRoles();
    const session = await db.congressSession.create({
      data: {
        townshipId: t.township.id,
        termId: t.term.id,
        number: 1,
        startDate: new Date("2026-11-20"),
        endDate: new Date("2026-11-21"),
        venue: "会议室",
      },
    });
    const docKey = `${t.township.id}/${session.id}/${crypto.randomUUID()}`;
    const doc = await db.sessionDocument.create({
      data: {
        townshipId: t.township.id,
        sessionId: session.id,
        title: "议程",
        filename: "议程.pdf",
        mimeType: "application/pdf",
        size: PDF.length,
        storageKey: docKey,
      },
    });
    const photoKey = `${t.township.id}/deputies/${crypto.randomUUID()}`;
    await db.deputy.update({ where: { id: t.deputy.id }, data: { photoKey, photoMimeType: "image/png" } });
    const lost = await createDeputy(t.township.id, t.term.id, "照片丢失的代表");
    const lostKey = `${t.township.id}/deputies/${crypto.randomUUID()}`;
    await db.deputy.update({ where: { id: lost.id }, data: { photoKey: lostKey, photoMimeType: "image/png" } });
    for (const [key, bytes] of [
      [docKey, PDF],
      [photoKey, PNG],
    ] as const) {
      await fs.mkdir(path.dirname(uploads.path(key)), { recursive: true });
      await fs.writeFile(uploads.path(key), bytes);
    }
    return { ...t, session, doc, docKey, photoKey, lostKey };
  }

  it("copies each file a row names into the store under the same key, once; downloads then work without the disk", async () => {
    const t = await legacyInstallation();
    const office = t.sessions.OFFICE.cookie;
    const url = process.env.DATABASE_URL!;
    const first = await importUploadDir(url, uploads.path(), DISK_KEY_COLUMNS);
    expect(first).toEqual({ imported: 2, missing: [t.lostKey] });
    const stored = await db.storedFile.findMany({ orderBy: { key: "asc" } });
    expect(stored.map((f) => f.key).sort()).toEqual([t.docKey, t.photoKey].sort());
    for (const f of stored) {
      expect(f.townshipId).toBe(t.township.id);
      expect(f.sha256).toBe(sha256(f.bytes));
    }
    expect(await importUploadDir(url, uploads.path(), DISK_KEY_COLUMNS)).toEqual({ imported: 0, missing: [t.lostKey] });

    await fs.rm(uploads.path(), { recursive: true, force: true }); // the disk is no longer needed
    const doc = await downloadRoute(
      request(`/api/v1/sessions/${t.session.id}/documents/${t.doc.id}`, { cookie: office }),
      params({ id: t.session.id, docId: t.doc.id }),
    );
    expect(doc.status).toBe(200);
    expect(Buffer.from(await doc.arrayBuffer())).toEqual(PDF);
    const photo = await photoRoute(
      request(`/api/v1/deputies/${t.deputy.id}/photo`, { cookie: office }),
      params({ id: t.deputy.id }),
    );
    expect(photo.status).toBe(200);
    expect(Buffer.from(await photo.arrayBuffer())).toEqual(PNG);
  });

  it("never reads outside UPLOAD_DIR, and the start-up step does nothing without an UPLOAD_DIR", async () => {
    const t = await legacyInstallation();
    await db.deputy.update({ where: { id: t.deputy.id }, data: { photoKey: "../../etc/passwd" } });
    const result = await importUploadDir(process.env.DATABASE_URL!, uploads.path(), DISK_KEY_COLUMNS);
    expect(result.missing).toContain("../../etc/passwd");
    expect(await db.storedFile.count({ where: { key: "../../etc/passwd" } })).toBe(0);

    await importLegacyUploads(process.env.DATABASE_URL!, uploads.path("not-there"));
    expect(await db.storedFile.count()).toBe(1); // the document from the run above only
  });
});
