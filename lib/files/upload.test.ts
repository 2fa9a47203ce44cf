import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { readUploadBody, type UploadSpec } from "@/lib/files/upload";
import { ATTACHMENT_EXTENSIONS, PHOTO_EXTENSIONS } from "@/lib/files/types";

const MB = 1024 * 1024;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(64)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(64)]);
const EXE = Buffer.concat([Buffer.from("MZ"), crypto.randomBytes(64)]);

const spec = (over: Partial<UploadSpec> = {}): UploadSpec => ({
  field: "attachments",
  label: "附件",
  allowed: ATTACHMENT_EXTENSIONS,
  typesText: "PDF、PNG、TXT",
  limits: { maxFiles: 3, maxMb: 1, maxTotalMb: 2 },
  ...over,
});

type Part = [field: string, value: string] | [field: string, bytes: Uint8Array, filename: string];
function form(parts: Part[]): FormData {
  const f = new FormData();
  for (const p of parts) {
    if (p.length === 2) f.append(p[0], p[1]);
    else f.append(p[0], new File([new Uint8Array(p[1])], p[2]));
  }
  return f;
}
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/test", { method: "POST", body, headers });

/**
 * A multipart body made on demand, one 64 KB chunk per read, with no content-length (chunked):
 * `pulled()` tells how much of it the reader asked for, `cancelled()` whether it gave up on the rest.
 */
function generated(files: { name: string; size: number; first?: Buffer }[]) {
  const boundary = "----upload-test-boundary";
  const pieces: (Buffer | number)[] = [];
  for (const f of files) {
    pieces.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${f.name}"\r\n` +
          `Content-Type: application/octet-stream\r\n\r\n`,
      ),
    );
    pieces.push(f.first ?? PDF, f.size - (f.first ?? PDF).length, Buffer.from("\r\n"));
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`));
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.shift();
      if (next === undefined) return controller.close();
      if (typeof next === "number") {
        const n = Math.min(next, 64 * 1024);
        if (next > n) pieces.unshift(next - n);
        pulled += n;
        return controller.enqueue(new Uint8Array(n).fill(0x20));
      }
      pulled += next.length;
      controller.enqueue(new Uint8Array(next));
    },
    cancel() {
      cancelled = true;
    },
  });
  const req = new Request("http://localhost/api/test", {
    method: "POST",
    body: stream,
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  return { req, pulled: () => pulled, cancelled: () => cancelled };
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error("expected the upload to be refused");
}

describe("readUploadBody: what it keeps", () => {
  it("reads the JSON payload and the files, with their checked type, size and checksum", async () => {
    const body = form([
      ["payload", JSON.stringify({ title: "便民桥", n: [1, 2] })],
      ["attachments", PDF, "现场/说明 (1).pdf"],
      ["attachments", PNG, "照片.PNG"],
    ]);
    const { payload, files } = await readUploadBody(post(body), spec());
    expect(payload).toEqual({ title: "便民桥", n: [1, 2] });
    expect(files.map(({ bytes, ...f }) => ({ ...f, bytes: Buffer.from(bytes) }))).toEqual([
      {
        filename: "说明 (1).pdf", // no folders
        mimeType: "application/pdf",
        size: PDF.length,
        sha256: crypto.createHash("sha256").update(PDF).digest("hex"),
        bytes: PDF,
      },
      {
        filename: "照片.PNG",
        mimeType: "image/png",
        size: PNG.length,
        sha256: crypto.createHash("sha256").update(PNG).digest("hex"),
        bytes: PNG,
      },
    ]);
  });

  it("hands plain form fields over as an object, and ignores other fields' files", async () => {
    const body = form([
      ["file", PDF, "议程.pdf"],
      ["title", "会议议程"],
      ["agendaItemId", ""],
      ["other", PNG, "x.png"],
    ]);
    const { payload, files } = await readUploadBody(post(body), spec({ field: "file", payload: "fields" }));
    expect(payload).toEqual({ title: "会议议程", agendaItemId: "" });
    expect(files.map((f) => f.filename)).toEqual(["议程.pdf"]);
  });

  it("ignores a browser's untouched file input, and files may be optional", async () => {
    const body = form([
      ["payload", "{}"],
      ["attachments", new Uint8Array(), ""],
    ]);
    expect(await readUploadBody(post(body), spec({ optional: true }))).toEqual({ payload: {}, files: [] });
  });

  it("by content: the first bytes pick the type whatever the name says", async () => {
    const photo = spec({ field: "file", label: "照片", allowed: PHOTO_EXTENSIONS, match: "content" });
    const { files } = await readUploadBody(post(form([["file", JPEG, "证件照.PNG"]])), photo);
    expect(files[0].mimeType).toBe("image/jpeg");
    const err = await refusal(readUploadBody(post(form([["file", PDF, "证件照.jpg"]])), photo));
    expect(err.status).toBe(400);
    expect(err.fields?.file).toMatch(/^照片：只能上传/);
  });
});

describe("readUploadBody: limits", () => {
  it("refuses a file over the per-file limit with 413 as soon as it passes the limit, not after reading it all", async () => {
    const big = generated([{ name: "扫描件.pdf", size: 95 * MB }]);
    const err = await refusal(readUploadBody(big.req, spec({ limits: { maxFiles: 3, maxMb: 1, maxTotalMb: 200 } })));
    expect(err.status).toBe(413);
    expect(err.message).toBe("附件：“扫描件.pdf”超过每个文件 1 MB 的上限，请压缩或拆分后再上传");
    expect(err.fields).toEqual({ attachments: "附件：“扫描件.pdf”超过 1 MB 的上限" });
    expect(big.pulled()).toBeLessThan(2 * MB); // of 95 MB
    expect(big.cancelled()).toBe(true);
  });

  it("refuses files that together pass the total limit (413), each within its own limit", async () => {
    const many = generated([
      { name: "一.pdf", size: 0.9 * MB },
      { name: "二.pdf", size: 0.9 * MB },
      { name: "三.pdf", size: 0.9 * MB },
      { name: "四.pdf", size: 0.9 * MB },
    ]);
    const err = await refusal(readUploadBody(many.req, spec({ limits: { maxFiles: 10, maxMb: 1, maxTotalMb: 2 } })));
    expect(err.status).toBe(413);
    expect(err.fields?.attachments).toBe("附件：本次上传的内容超过 2 MB 的上限");
    expect(many.pulled()).toBeLessThan(2.5 * MB);
  });

  it("refuses a declared length over the total at once, reading none of the file", async () => {
    const big = generated([{ name: "a.pdf", size: 10 * MB }]);
    const headers = new Headers(big.req.headers);
    headers.set("content-length", String(10 * MB));
    const req = new Request(big.req, { headers });
    const err = await refusal(readUploadBody(req, spec()));
    expect(err.status).toBe(413);
    expect(big.pulled()).toBeLessThan(1024); // the stream's own first chunk, the part's headers
  });

  it("accepts a file of exactly the limit", async () => {
    const exact = generated([{ name: "a.pdf", size: MB }]);
    const { files } = await readUploadBody(exact.req, spec());
    expect(files[0].size).toBe(MB);
  });

  it("refuses more files than allowed (400), counting them all", async () => {
    const body = form([
      ["attachments", PDF, "一.pdf"],
      ["attachments", PDF, "二.pdf"],
      ["attachments", PDF, "三.pdf"],
      ["attachments", PDF, "四.pdf"],
    ]);
    const err = await refusal(readUploadBody(post(body), spec()));
    expect(err.status).toBe(400);
    expect(err.fields).toEqual({ attachments: "附件：一次最多上传 3 个文件（本次 4 个）" });
  });

  it("refuses a text field over 1 MB (413)", async () => {
    const err = await refusal(readUploadBody(post(form([["payload", "x".repeat(MB + 1)]])), spec({ optional: true })));
    expect(err.status).toBe(413);
    expect(err.fields).toHaveProperty("payload");
  });
});

describe("readUploadBody: bad input is a 400 naming the field", () => {
  it.each<[string, Part[], RegExp]>([
    ["a type not on the list", [["attachments", EXE, "安装包.exe"]], /^附件：“安装包\.exe”的类型不允许，只能上传 /],
    [
      "bytes that do not match the extension",
      [["attachments", EXE, "伪装.pdf"]],
      /^附件：“伪装\.pdf”的内容与扩展名 \.pdf 不符/,
    ],
    ["an empty file", [["attachments", new Uint8Array(), "空.pdf"]], /^附件：“空\.pdf”是空文件$/],
    ["no file", [["payload", "{}"]], /^附件：请选择要上传的文件$/],
    ["a file without a name", [["attachments", PDF, ""]], /^附件：文件名不能为空$/],
  ])("%s", async (_, parts, message) => {
    const err = await refusal(readUploadBody(post(form(parts)), spec()));
    expect(err.status).toBe(400);
    expect(err.code).toBe("VALIDATION");
    expect(err.fields?.attachments).toMatch(message);
  });

  it("a payload that is not JSON", async () => {
    const body = form([
      ["payload", "{title:"],
      ["attachments", PDF, "a.pdf"],
    ]);
    const err = await refusal(readUploadBody(post(body), spec()));
    expect(err.status).toBe(400);
    expect(err.fields).toEqual({ payload: "请求内容（payload）不是有效的 JSON" });
  });

  it("a body that is not multipart, or is cut short", async () => {
    const json = post(JSON.stringify({ a: 1 }), { "content-type": "application/json" });
    expect((await refusal(readUploadBody(json, spec()))).fields?.attachments).toMatch(/multipart\/form-data/);
    const noBoundary = post("x", { "content-type": "multipart/form-data" });
    expect((await refusal(readUploadBody(noBoundary, spec()))).status).toBe(400);
    const whole = Buffer.from(await new Response(form([["attachments", PDF, "a.pdf"]])).arrayBuffer());
    const type = new Response(form([])).headers.get("content-type")!;
    const boundary = type.split("boundary=")[1];
    const cut = Buffer.from(
      whole
        .toString("latin1")
        .replace(/boundary=.*/, "")
        .split(`--${boundary}--`)[0],
      "latin1",
    );
    const err = await refusal(
      readUploadBody(
        post(cut.subarray(0, cut.length - 10), { "content-type": `multipart/form-data; boundary=${boundary}` }),
        spec(),
      ),
    );
    expect(err.status).toBe(400);
  });

  it("refuses a type by its extension before reading the file's bytes", async () => {
    const exe = generated([{ name: "程序.exe", size: 50 * MB }]);
    const err = await refusal(readUploadBody(exe.req, spec({ limits: { maxFiles: 1, maxMb: 100 } })));
    expect(err.fields?.attachments).toMatch(/类型不允许/);
    expect(exe.pulled()).toBeLessThan(MB);
  });
});
