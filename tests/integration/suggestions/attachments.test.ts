import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearSettingsCache } from "@/lib/settings";
import type { Role } from "@/lib/generated/prisma/enums";
import { createSuggestion } from "@/lib/suggestions/service";
import {
  assign,
  api,
  deputyWithLogin,
  errorOf,
  newSuggestion,
  ROLES,
  setup,
  step,
  suggestionAt,
  unitWithLogin,
  versionOf,
  type World,
} from "./helpers";
import { EXE, files, listed, PDF, PNG, sha256, TXT, type FileSpec } from "./files";
import { DAY_MS } from "@/lib/time/day";

/** Everything an upload writes: rows, and audit entries about them or about new suggestions. */
async function written() {
  return {
    suggestions: await db.suggestion.count(),
    attachments: await db.suggestionAttachment.count(),
    events: await db.suggestionEvent.count(),
    audits: await db.auditLog.count({ where: { action: { not: "auth.denied" } } }),
  };
}

async function created(res: Response) {
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
  return (await res.json()) as { id: string; attachments: { id: string; filename: string }[] };
}

/** A submitted suggestion by the role deputy, with one file of its own. */
async function withFile(w: World, spec: FileSpec = ["现场照片.png", PNG()]) {
  const body = await created(await files.create(w.cookie.DEPUTY, newSuggestion(w.categoryId), [spec]));
  return { id: body.id, fileId: body.attachments[0].id };
}

describe("attachments: submitted with a suggestion, downloaded as sent", () => {
  it("stores the files in the same transaction, with metadata-only audit rows, and serves them back byte for byte", async () => {
    const w = await setup();
    const pdf = PDF("清水村便民桥");
    const note = TXT("桥面裂缝 3 处，护栏缺失 12 米。\n");
    const body = await created(
      await files.create(w.cookie.DEPUTY, newSuggestion(w.categoryId), [
        ["清水村便民桥现状.pdf", pdf],
        ["说明.txt", note],
      ]),
    );
    expect(body.attachments.map((a) => a.filename)).toEqual(["清水村便民桥现状.pdf", "说明.txt"]);

    const rows = await db.suggestionAttachment.findMany({
      where: { suggestionId: body.id },
      orderBy: { filename: "asc" },
    });
    expect(
      rows.map((r) => [r.filename, r.mimeType, r.size, r.sha256, r.eventId, r.uploadedById, r.townshipId]),
    ).toEqual([
      ["清水村便民桥现状.pdf", "application/pdf", pdf.length, sha256(pdf), null, w.users.DEPUTY.id, w.township.id],
      ["说明.txt", "text/plain", note.length, sha256(note), null, w.users.DEPUTY.id, w.township.id],
    ]);
    const audits = await db.auditLog.findMany({ where: { action: "suggestion.attachment_uploaded" } });
    expect(audits.map((a) => a.recordId).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const a of audits) {
      expect(a.after).toMatchObject({ suggestionId: body.id, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(a.after).not.toHaveProperty("bytes");
    }

    const items = await listed(w.cookie.OFFICE, body.id);
    expect(items.map((i) => [i.filename, i.kind, i.deletable])).toEqual([
      ["清水村便民桥现状.pdf", "SUGGESTION", true],
      ["说明.txt", "SUGGESTION", true],
    ]);
    expect(items[0]).not.toHaveProperty("bytes");
    const res = await files.download(w.cookie.DEPUTY, body.id, items[0].id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-length")).toBe(String(pdf.length));
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent("清水村便民桥现状.pdf")}`,
    );
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf);
  });

  it("the office adds and removes files while it is a draft or submitted; after registration it may not", async () => {
    const w = await setup();
    const { id, fileId } = await withFile(w);
    const added = await created(await files.upload(w.cookie.OFFICE, id, [["补充材料.pdf", PDF()]]));
    expect(added).toMatchObject({ items: [{ filename: "补充材料.pdf" }] });
    const removed = await files.remove(w.cookie.DEPUTY, id, fileId);
    expect(removed.status).toBe(204);
    expect(await db.suggestionAttachment.count({ where: { id: fileId } })).toBe(0);
    expect(
      await db.auditLog.findFirst({ where: { action: "suggestion.attachment_deleted", recordId: fileId } }),
    ).toMatchObject({ before: { filename: "现场照片.png" } });

    await step(w.cookie.OFFICE, id, { action: "register" });
    const late = await files.upload(w.cookie.OFFICE, id, [["再补充.pdf", PDF()]]);
    expect(late.status).toBe(409);
    expect((await errorOf(late)).message).toBe("建议已登记，不能再添加或删除附件");
    const [left] = await listed(w.cookie.OFFICE, id);
    expect(left.deletable).toBe(false);
    expect((await files.remove(w.cookie.OFFICE, id, left.id)).status).toBe(409);
    expect(await db.suggestionAttachment.count()).toBe(1);
  });
});

describe("attachments: the unit's reply and delay notice", () => {
  it("the lead unit replies with files in one request; they are listed as the reply's and cannot be deleted", async () => {
    const w = await setup();
    const id = await suggestionAt(w, "ASSIGNED");
    const delay = await files.transition(
      w.cookie.UNIT,
      id,
      { action: "delay", version: await versionOf(id), date: "2099-01-01", note: "资金待批" },
      [["资金申请.pdf", PDF()]],
    );
    expect(delay.status).toBe(400); // the date is past six months: nothing written, not even the file
    expect(await db.suggestionAttachment.count()).toBe(0);

    const reply = await files.transition(
      w.cookie.UNIT,
      id,
      { action: "reply", version: await versionOf(id), replyClass: "A", note: "已修缮完毕。" },
      [
        ["验收照片.png", PNG()],
        ["验收单.pdf", PDF()],
      ],
    );
    expect(reply.status, JSON.stringify(await reply.clone().json())).toBe(200);
    const { eventId, attachments } = await reply.json();
    expect(attachments).toHaveLength(2);
    const event = await db.suggestionEvent.findUniqueOrThrow({ where: { id: eventId } });
    expect(event).toMatchObject({ type: "reply", replyClass: "A" });
    const items = await listed(w.cookie.DEPUTY, id);
    expect(items.map((i) => [i.filename, i.kind, i.eventId, i.deletable])).toEqual([
      ["验收照片.png", "REPLY", eventId, false],
      ["验收单.pdf", "REPLY", eventId, false],
    ]);
    const del = await files.remove(w.cookie.OFFICE, id, items[0].id);
    expect(del.status).toBe(409);
    expect((await errorOf(del)).message).toBe("答复和延办反馈书的附件不能删除");
  });

  it("a delay notice may carry files; other steps and other units may not attach", async () => {
    const w = await setup();
    const co = await unitWithLogin(w.township.id, "财政所");
    const id = await suggestionAt(w, "ASSIGNED", { coUnitIds: [co.unit.id] });
    const s = await db.suggestion.findUniqueOrThrow({ where: { id } });
    const date = new Date(s.deadline!.getTime() + 10 * DAY_MS).toISOString().slice(0, 10);
    const delay = await files.transition(
      w.cookie.UNIT,
      id,
      { action: "delay", version: s.version, date, note: "资金待批" },
      [["资金申请.pdf", PDF()]],
    );
    expect(delay.status, JSON.stringify(await delay.clone().json())).toBe(200);
    expect((await listed(w.cookie.OFFICE, id)).map((i) => [i.filename, i.kind])).toEqual([["资金申请.pdf", "DELAY"]]);

    const before = await written();
    const progress = await files.transition(
      w.cookie.UNIT,
      id,
      { action: "progress", version: await versionOf(id), note: "已开工" },
      [["进展.pdf", PDF()]],
    );
    expect(progress.status).toBe(400);
    expect((await errorOf(progress)).fields).toEqual({ attachments: "附件：只有答复和延办反馈书可以附带附件" });
    const coReply = await files.transition(
      co.cookie,
      id,
      { action: "reply", version: await versionOf(id), replyClass: "A", note: "协办单位答复" },
      [["协办.pdf", PDF()]],
    );
    expect(coReply.status).toBe(403);
    const coUpload = await files.upload(co.cookie, id, [["协办.pdf", PDF()]]);
    expect(coUpload.status).toBe(403);
    expect(await written()).toEqual(before);
  });
});

describe("attachments: who may do what (every route × role)", () => {
  // Columns: OFFICE, CHAIR, PRESIDIUM, DEPUTY (the lead proposer), UNIT (the lead unit once assigned).
  // Adding and deleting on a submitted suggestion (the unit is not assigned yet: 404); listing and
  // downloading an assigned one.
  const EXPECTED: Record<string, [number, number, number, number, number]> = {
    "POST /suggestions (multipart)": [201, 403, 403, 201, 403],
    "POST /suggestions/{id}/attachments": [201, 403, 403, 201, 404],
    "DELETE /suggestions/{id}/attachments/{fileId}": [204, 403, 403, 204, 404],
    "GET /suggestions/{id}/attachments": [200, 200, 200, 200, 200],
    "GET /suggestions/{id}/attachments/{fileId}": [200, 200, 200, 200, 200],
  };

  it("answers each role as the table says", async () => {
    const w = await setup();
    const assigned = await withFile(w);
    await step(w.cookie.OFFICE, assigned.id, { action: "register" });
    await assign(w, assigned.id, { leadUnitId: w.unit.id });
    const calls: Record<string, (role: Role, cookie: string) => Promise<Response>> = {
      "POST /suggestions (multipart)": (_r, c) =>
        files.create(c, newSuggestion(w.categoryId, { deputyId: w.deputy.id }), [["附件.pdf", PDF()]]),
      "POST /suggestions/{id}/attachments": async (_r, c) =>
        files.upload(c, (await withFile(w)).id, [["补充.pdf", PDF()]]),
      "DELETE /suggestions/{id}/attachments/{fileId}": async (_r, c) => {
        const s = await withFile(w);
        return files.remove(c, s.id, s.fileId);
      },
      "GET /suggestions/{id}/attachments": (_r, c) => files.list(c, assigned.id),
      "GET /suggestions/{id}/attachments/{fileId}": (_r, c) => files.download(c, assigned.id, assigned.fileId),
    };
    for (const [route, expected] of Object.entries(EXPECTED)) {
      for (const [i, role] of ROLES.entries()) {
        const res = await calls[route](role, w.cookie[role]);
        expect(res.status, `${role} ${route}`).toBe(expected[i]);
      }
    }
  });

  it("a co-signer reads the files but may not change them; another deputy and another unit get 404", async () => {
    const w = await setup();
    const cosigner = await deputyWithLogin(w.township.id, w.term.id, "附议代表");
    const stranger = await deputyWithLogin(w.township.id, w.term.id, "其他代表");
    const other = await unitWithLogin(w.township.id, "派出所");
    const body = await created(
      await files.create(w.cookie.DEPUTY, newSuggestion(w.categoryId, { cosignerIds: [cosigner.deputy.id] }), [
        ["照片.png", PNG()],
      ]),
    );
    const fileId = body.attachments[0].id;
    expect((await files.download(cosigner.cookie, body.id, fileId)).status).toBe(200);
    expect((await files.upload(cosigner.cookie, body.id, [["附议.pdf", PDF()]])).status).toBe(403);
    expect((await files.remove(cosigner.cookie, body.id, fileId)).status).toBe(403);
    for (const cookie of [stranger.cookie, other.cookie]) {
      expect((await files.list(cookie, body.id)).status).toBe(404);
      expect((await files.download(cookie, body.id, fileId)).status).toBe(404);
      expect((await files.upload(cookie, body.id, [["x.pdf", PDF()]])).status).toBe(404);
      expect((await files.remove(cookie, body.id, fileId)).status).toBe(404);
    }
    // A file id of another suggestion is not found through this one.
    const mine = await withFile(w);
    expect((await files.download(w.cookie.DEPUTY, mine.id, fileId)).status).toBe(404);
    expect((await files.remove(w.cookie.DEPUTY, mine.id, fileId)).status).toBe(404);
    expect(await db.suggestionAttachment.count()).toBe(2);
  });

  it("a deputy reading the published public copy gets the reply's files only", async () => {
    const w = await setup();
    const stranger = await deputyWithLogin(w.township.id, w.term.id, "其他代表");
    const { id, fileId } = await withFile(w, ["代表身份证.png", PNG()]);
    await step(w.cookie.OFFICE, id, { action: "register" });
    await assign(w, id, { leadUnitId: w.unit.id });
    const reply = await files.transition(
      w.cookie.UNIT,
      id,
      { action: "reply", version: await versionOf(id), replyClass: "B", note: "已列入计划。" },
      [["答复函.pdf", PDF()]],
    );
    const replyFile = (await reply.json()).attachments[0].id as string;
    expect((await files.list(stranger.cookie, id)).status).toBe(404);
    await step(w.cookie.OFFICE, id, { action: "publish" });

    expect((await listed(stranger.cookie, id)).map((i) => [i.filename, i.kind])).toEqual([["答复函.pdf", "REPLY"]]);
    expect((await files.download(stranger.cookie, id, replyFile)).status).toBe(200);
    expect((await files.download(stranger.cookie, id, fileId)).status).toBe(404);
    expect((await listed(w.cookie.DEPUTY, id)).map((i) => i.filename)).toEqual(["代表身份证.png", "答复函.pdf"]);
  });

  it("township scoping: every role of another township gets 404", async () => {
    const a = await setup("甲镇");
    const b = await setup("乙镇");
    const { id, fileId } = await withFile(b);
    for (const role of ROLES) {
      for (const res of [await files.list(a.cookie[role], id), await files.download(a.cookie[role], id, fileId)])
        expect(res.status, role).toBe(404);
    }
    expect((await files.upload(a.cookie.OFFICE, id, [["越权.pdf", PDF()]])).status).toBe(404);
    expect((await files.remove(a.cookie.OFFICE, id, fileId)).status).toBe(404);
    expect((await files.remove(a.cookie.DEPUTY, id, fileId)).status).toBe(404);
    expect(await db.suggestionAttachment.count()).toBe(1);
  });
});

describe("attachments: bad input (a clear message naming 附件, nothing written)", () => {
  it("a type not on the list, bytes that do not match the extension, an empty file", async () => {
    const w = await setup();
    const before = await written();
    const cases: [FileSpec, RegExp][] = [
      [
        ["安装包.exe", EXE()],
        /^附件：“安装包\.exe”的类型不允许，只能上传 PDF、Word（\.doc\/\.docx）、Excel（\.xls\/\.xlsx）、JPG、PNG、TXT 文件$/,
      ],
      [["伪装.pdf", EXE()], /^附件：“伪装\.pdf”的内容与扩展名 \.pdf 不符/],
      [["照片.jpg", PNG()], /^附件：“照片\.jpg”的内容与扩展名 \.jpg 不符/],
      [["说明.txt", EXE()], /^附件：“说明\.txt”的内容与扩展名 \.txt 不符/],
      [["空.pdf", new Uint8Array()], /^附件：“空\.pdf”是空文件$/],
    ];
    for (const [spec, message] of cases) {
      // One good file and one bad one: neither is kept, nor the suggestion.
      const res = await files.create(w.cookie.DEPUTY, newSuggestion(w.categoryId), [["好的.pdf", PDF()], spec]);
      expect(res.status, spec[0]).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe("VALIDATION");
      expect(error.fields?.attachments, spec[0]).toMatch(message);
    }
    expect(await written()).toEqual(before);
  });

  it("a file over the size limit (413) and more files than allowed (400), both settings", async () => {
    const w = await setup();
    await db.setting.createMany({
      data: [
        { key: "suggestions.attachmentMaxMb", value: 0.01 },
        { key: "suggestions.attachmentMaxFiles", value: 2 },
      ],
    });
    clearSettingsCache();
    const before = await written();
    const big = new Uint8Array(Buffer.concat([Buffer.from(PDF()), Buffer.alloc(20 * 1024, 0x20)]));
    const tooBig = await files.create(w.cookie.DEPUTY, newSuggestion(w.categoryId), [["扫描件.pdf", big]]);
    expect(tooBig.status).toBe(413);
    expect((await errorOf(tooBig)).fields?.attachments).toBe("附件：“扫描件.pdf”超过 0.01 MB 的上限");
    const three: FileSpec[] = [
      ["一.pdf", PDF()],
      ["二.pdf", PDF()],
      ["三.pdf", PDF()],
    ];
    const tooMany = await files.create(w.cookie.DEPUTY, newSuggestion(w.categoryId), three);
    expect(tooMany.status).toBe(400);
    expect((await errorOf(tooMany)).fields?.attachments).toBe("附件：一次最多上传 2 个文件（本次 3 个）");
    expect(await written()).toEqual(before);

    // Two kept; a third added later is one too many.
    const { id } = await created(await files.create(w.cookie.DEPUTY, newSuggestion(w.categoryId), three.slice(0, 2)));
    const mid = await written();
    const third = await files.upload(w.cookie.DEPUTY, id, three.slice(2));
    expect(third.status).toBe(400);
    expect((await errorOf(third)).fields?.attachments).toBe("附件：最多 2 个文件（已有 2 个，本次 1 个）");
    expect(await written()).toEqual(mid);
  });

  it("a multipart body without files or without its payload", async () => {
    const w = await setup();
    const { id } = await withFile(w);
    const none = await files.upload(w.cookie.DEPUTY, id, []);
    expect(none.status).toBe(400);
    expect((await errorOf(none)).fields?.attachments).toBe("附件：请选择要上传的文件");
    expect((await api.create(w.cookie.DEPUTY, newSuggestion(w.categoryId))).status).toBe(201); // plain JSON still works
    const noPayload = await files.create(w.cookie.DEPUTY, undefined, [["a.pdf", PDF()]]);
    expect(noPayload.status).toBe(400);
    const badPayload = await files.create(w.cookie.DEPUTY, newSuggestion(w.categoryId, { title: "" }), [
      ["a.pdf", PDF()],
    ]);
    expect((await errorOf(badPayload)).fields).toEqual({ title: "标题：请填写标题" });
    expect(await db.suggestionAttachment.count()).toBe(1);
  });

  it("a failure after the suggestion row is written rolls everything back", async () => {
    const w = await setup();
    const before = await written();
    // A checksum too long for its column: the database refuses the second file's row, after the
    // suggestion, its proposers, its event, its audit row and the first file were written.
    const good = {
      filename: "一.pdf",
      mimeType: "application/pdf",
      size: 3,
      sha256: "a".repeat(64),
      bytes: new Uint8Array([1, 2, 3]),
    };
    await expect(
      createSuggestion(
        w.sessions.DEPUTY.actor,
        { ...newSuggestion(w.categoryId), kind: "SUGGESTION", cosignerIds: [], draft: false },
        [good, { ...good, filename: "二.pdf", sha256: "b".repeat(65) }],
      ),
    ).rejects.toThrow();
    expect(await written()).toEqual(before);
  });
});
