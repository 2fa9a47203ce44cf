import crypto from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as getDeputyRoute } from "@/app/api/v1/deputies/[id]/route";
import { DELETE as deleteRoute, GET as photoRoute, POST as uploadRoute } from "@/app/api/v1/deputies/[id]/photo/route";
import { createDeputy, createUser, params, request, signIn, TEST_ORIGIN, townshipWithRoles } from "@/tests/factories";

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(64)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(64)]);
const MB = 1024 * 1024;

function upload(cookie: string, id: string, bytes: Uint8Array, filename = "photo.png", field = "file") {
  const form = new FormData();
  form.append(field, new File([new Uint8Array(bytes)], filename));
  return uploadRoute(
    new NextRequest(new URL(`/api/v1/deputies/${id}/photo`, "http://localhost"), {
      method: "POST",
      body: form,
      headers: { cookie, origin: TEST_ORIGIN },
    }),
    params({ id }),
  );
}
const photo = (cookie: string, id: string) =>
  photoRoute(request(`/api/v1/deputies/${id}/photo`, { cookie }), params({ id }));
const remove = (cookie: string, id: string) =>
  deleteRoute(request(`/api/v1/deputies/${id}/photo`, { method: "DELETE", cookie }), params({ id }));
const profile = async (cookie: string, id: string) =>
  (await getDeputyRoute(request(`/api/v1/deputies/${id}`, { cookie }), params({ id }))).json();

/** The keys in the file store (lib/files/store.ts). */
const storedKeys = async () =>
  (await db.storedFile.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((f) => f.key);

async function setup() {
  const t = await townshipWithRoles();
  return { ...t, office: t.sessions.OFFICE.cookie };
}

describe("deputy photo: upload and download", () => {
  it("stores a PNG in the file store under <township>/deputies/<uuid> with an audit row, and gives the same bytes back", async () => {
    const { office, deputy, township } = await setup();
    const res = await upload(office, deputy.id, PNG);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: deputy.id, photoMimeType: "image/png", size: PNG.length });

    const row = await db.deputy.findUniqueOrThrow({ where: { id: deputy.id } });
    expect(row.photoKey).toMatch(new RegExp(`^${township.id}/deputies/[0-9a-f-]{36}$`));
    expect(row.photoMimeType).toBe("image/png");
    expect(await storedKeys()).toEqual([row.photoKey]);
    const audit = await db.auditLog.findMany({ where: { action: "deputy.photo_updated", recordId: deputy.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      townshipId: township.id,
      recordType: "Deputy",
      after: { photoKey: row.photoKey, photoMimeType: "image/png", size: PNG.length },
    });

    const got = await photo(office, deputy.id);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("image/png");
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(got.headers.get("cache-control")).toBe("no-store");
    expect(Buffer.from(await got.arrayBuffer())).toEqual(PNG);
    expect((await profile(office, deputy.id)).photoVersion).toBe(row.photoKey!.split("/").pop());
  });

  it("decides the type by the first bytes, and a new photo replaces the old file", async () => {
    const { office, deputy } = await setup();
    expect((await upload(office, deputy.id, PNG, "a.png")).status).toBe(200);
    const first = (await db.deputy.findUniqueOrThrow({ where: { id: deputy.id } })).photoKey!;
    const res = await upload(office, deputy.id, JPEG, "证件照.PNG"); // a JPEG whatever its name says
    expect(res.status).toBe(200);
    expect((await res.json()).photoMimeType).toBe("image/jpeg");
    const row = await db.deputy.findUniqueOrThrow({ where: { id: deputy.id } });
    expect(row.photoKey).not.toBe(first);
    expect(await storedKeys()).toEqual([row.photoKey]);
    const got = await photo(office, deputy.id);
    expect(got.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await got.arrayBuffer())).toEqual(JPEG);
    expect(await db.auditLog.count({ where: { action: "deputy.photo_updated", recordId: deputy.id } })).toBe(2);
  });

  it("refuses anything but JPG and PNG (400), storing nothing", async () => {
    const { office, deputy } = await setup();
    const cases: [Uint8Array, string][] = [
      [Buffer.from("GIF89a\x01\x00\x01\x00"), "photo.gif"],
      [Buffer.from("GIF89a\x01\x00\x01\x00"), "photo.jpg"],
      [Buffer.from("%PDF-1.4\n%%EOF\n"), "photo.png"],
      [Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"), "photo.png"],
      [Buffer.from("RIFF\x00\x00\x00\x00WEBPVP8 "), "photo.webp"],
      [Buffer.alloc(0), "photo.jpg"],
    ];
    for (const [bytes, name] of cases) {
      const res = await upload(office, deputy.id, bytes, name);
      expect(res.status, name).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("VALIDATION");
      expect(body.error.fields.file).toMatch(/^照片：/);
    }
    expect((await upload(office, deputy.id, PNG, "a.png", "photo")).status).toBe(400); // no `file` field
    const notMultipart = await uploadRoute(
      request(`/api/v1/deputies/${deputy.id}/photo`, { method: "POST", cookie: office, body: { file: "x" } }),
      params({ id: deputy.id }),
    );
    expect(notMultipart.status).toBe(400);
    expect(await storedKeys()).toEqual([]);
    expect((await db.deputy.findUniqueOrThrow({ where: { id: deputy.id } })).photoKey).toBeNull();
    expect(await db.auditLog.count({ where: { action: "deputy.photo_updated" } })).toBe(0);
  });

  it("accepts exactly 2 MB and answers 413 above, storing nothing", async () => {
    const { office, deputy } = await setup();
    const over = Buffer.concat([PNG, Buffer.alloc(2 * MB + 1 - PNG.length)]);
    const res = await upload(office, deputy.id, over);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: expect.stringContaining("2 MB"),
    });
    const huge = await upload(office, deputy.id, Buffer.concat([PNG, Buffer.alloc(3 * MB)])); // refused by the body limit itself
    expect(huge.status).toBe(413);
    expect(await storedKeys()).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "deputy.photo_updated" } })).toBe(0);

    const exact = Buffer.concat([PNG, Buffer.alloc(2 * MB - PNG.length)]);
    expect((await upload(office, deputy.id, exact)).status).toBe(200);
    expect(await storedKeys()).toHaveLength(1);
  });
});

describe("deputy photo: who may do what", () => {
  it("only the office uploads or deletes: the deputy themself, chair, presidium and units get 403 (audited)", async () => {
    const t = await setup();
    for (const role of ["DEPUTY", "CHAIR", "PRESIDIUM", "UNIT"] as const) {
      expect((await upload(t.sessions[role].cookie, t.deputy.id, PNG)).status, role).toBe(403);
    }
    expect(await storedKeys()).toEqual([]);
    expect((await upload(t.office, t.deputy.id, PNG)).status).toBe(200);
    for (const role of ["DEPUTY", "CHAIR", "PRESIDIUM", "UNIT"] as const) {
      expect((await remove(t.sessions[role].cookie, t.deputy.id)).status, role).toBe(403);
    }
    expect(await db.auditLog.count({ where: { action: "auth.denied", townshipId: t.township.id } })).toBe(8);
    expect(await storedKeys()).toHaveLength(1);
    expect((await db.deputy.findUniqueOrThrow({ where: { id: t.deputy.id } })).photoKey).not.toBeNull();
  });

  it("shows the photo to office, chair, presidium and the deputy themself; another deputy and units get 404", async () => {
    const t = await setup();
    await upload(t.office, t.deputy.id, PNG);
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"] as const)
      expect((await photo(t.sessions[role].cookie, t.deputy.id)).status, role).toBe(200);
    expect((await photo(t.sessions.UNIT.cookie, t.deputy.id)).status).toBe(404);
    const colleague = await createDeputy(t.township.id, t.term.id, "另一代表");
    const { cookie } = await signIn(await createUser(t.township.id, "DEPUTY", { deputyId: colleague.id }));
    expect((await photo(cookie, t.deputy.id)).status).toBe(404);
    expect((await profile(cookie, t.deputy.id)).photoVersion).toBeNull(); // the public view has no photo
    expect((await profile(t.sessions.DEPUTY.cookie, t.deputy.id)).canChangePhoto).toBe(false);
  });

  it("another township's office gets 404 for upload, download and delete, and nothing changes", async () => {
    const t = await setup();
    await upload(t.office, t.deputy.id, PNG);
    const before = await db.deputy.findUniqueOrThrow({ where: { id: t.deputy.id } });
    const other = (await townshipWithRoles("另一镇")).sessions.OFFICE.cookie;
    expect((await upload(other, t.deputy.id, JPEG)).status).toBe(404);
    expect((await photo(other, t.deputy.id)).status).toBe(404);
    expect((await remove(other, t.deputy.id)).status).toBe(404);
    expect((await db.deputy.findUniqueOrThrow({ where: { id: t.deputy.id } })).photoKey).toBe(before.photoKey);
    expect(await storedKeys()).toEqual([before.photoKey]);
    expect((await upload(t.office, crypto.randomUUID(), PNG)).status).toBe(404);
  });
});

describe("deputy photo: delete", () => {
  it("removes the file and the row's key with an audit row; then 404", async () => {
    const { office, deputy, township } = await setup();
    expect((await photo(office, deputy.id)).status).toBe(404); // no photo yet
    await upload(office, deputy.id, PNG);
    const res = await remove(office, deputy.id);
    expect(res.status).toBe(204);
    expect(await storedKeys()).toEqual([]);
    const row = await db.deputy.findUniqueOrThrow({ where: { id: deputy.id } });
    expect(row).toMatchObject({ photoKey: null, photoMimeType: null });
    const audit = await db.auditLog.findMany({ where: { action: "deputy.photo_deleted", recordId: deputy.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0].townshipId).toBe(township.id);
    expect((await photo(office, deputy.id)).status).toBe(404);
    expect((await remove(office, deputy.id)).status).toBe(404);
    expect((await profile(office, deputy.id)).photoVersion).toBeNull();
  });
});
