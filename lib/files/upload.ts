// The one upload reader: a multipart/form-data body streamed through busboy, with its other fields
// (a JSON `payload` field, or plain form fields) and its files, each within the limits of the
// route's `UploadSpec` (bytes per file, number of files, bytes in all). A body over a limit is
// refused as soon as the limit is passed — the rest is never read — so memory stays near the limits
// however large the request. Every kept file passed the type check (extension AND first bytes).
import crypto from "node:crypto";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import Busboy from "@fastify/busboy";
import { AppError, validation } from "@/lib/http/errors";
import { cleanFilename } from "@/lib/files/http";
import { checkFile, extensionOf, sniffType } from "@/lib/files/types";

const MB = 1024 * 1024;
/** Room for the multipart framing and the small fields around the files. */
export const MULTIPART_OVERHEAD = 64 * 1024;
/** A text field (the JSON `payload` included) holds at most this much. */
export const MAX_FIELD_BYTES = 1024 * 1024;
const MAX_FIELDS = 50;

export interface UploadLimits {
  /** Files at most. */
  maxFiles: number;
  /** Megabytes per file (as the settings say it, shown in messages). */
  maxMb: number;
  /** Megabytes of all files together; `maxFiles × maxMb` when not given. */
  maxTotalMb?: number;
}

export interface UploadSpec {
  /** The multipart field of the files, and the key of their error messages. */
  field: string;
  /** What the files are called in messages: 附件, 文件, 照片. */
  label: string;
  /** The extensions kept (lib/files/types.ts); null: any, the caller reads the content itself. */
  allowed: readonly string[] | null;
  /** The allowed types as messages list them ("PDF、Word…"). */
  typesText: string;
  /**
   * "extension" (default): the extension picks the type and the first bytes must agree;
   * "content": the first bytes pick it among `allowed`, whatever the file is called (photos).
   */
  match?: "extension" | "content";
  /** The other fields: a JSON `payload` field (default), or plain form fields as an object. */
  payload?: "json" | "fields";
  /** Files may be left out (and the route takes a plain JSON body too). */
  optional?: boolean;
  /** The message when no file was chosen, instead of "<label>：请选择要上传的文件". */
  noFile?: string;
  limits: UploadLimits | (() => Promise<UploadLimits>);
}

export interface UploadedFile {
  /** The uploader's name, cleaned (lib/files/http.ts `cleanFilename`). */
  filename: string;
  /** From the type check, never from the browser. */
  mimeType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
}

export interface UploadBody {
  /** The parsed JSON `payload` (undefined when absent) or the plain fields. */
  payload: unknown;
  files: UploadedFile[];
}

export const isMultipart = (req: Request) =>
  (req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");

interface Received {
  filename: string;
  chunks: Buffer[];
  size: number;
  hash: crypto.Hash;
}

/** The messages of one spec, each naming its field and saying what to do. */
function messages(spec: UploadSpec, limits: UploadLimits, totalMb: number) {
  const { field, label } = spec;
  const named = (name: string) => (name ? `“${name}”` : "");
  return {
    invalid: (message: string) => validation({ [field]: `${label}：${message}` }),
    tooLarge: (name: string) =>
      new AppError(
        "PAYLOAD_TOO_LARGE",
        `${label}：${named(name)}超过每个文件 ${limits.maxMb} MB 的上限，请压缩或拆分后再上传`,
        { [field]: `${label}：${named(name)}超过 ${limits.maxMb} MB 的上限` },
      ),
    tooLargeTotal: () =>
      new AppError("PAYLOAD_TOO_LARGE", `${label}：本次上传的内容超过 ${totalMb} MB 的上限，请分批上传`, {
        [field]: `${label}：本次上传的内容超过 ${totalMb} MB 的上限`,
      }),
    fieldTooLarge: (name: string) =>
      new AppError("PAYLOAD_TOO_LARGE", `请求内容（${name}）超过 1 MB 的上限`, {
        [name]: `请求内容（${name}）超过 1 MB 的上限`,
      }),
  };
}

/** The checked file, or the 400 that names it. */
function toFile(spec: UploadSpec, say: ReturnType<typeof messages>, r: Received): UploadedFile {
  const bytes = r.chunks.length === 1 ? r.chunks[0] : Buffer.concat(r.chunks, r.size);
  const name = r.filename;
  let mimeType = "application/octet-stream";
  if (spec.allowed && spec.match === "content") {
    if (bytes.length === 0) throw say.invalid(`“${name}”是空文件`);
    const mime = sniffType(bytes, spec.allowed);
    if (!mime) throw say.invalid(`只能上传 ${spec.typesText} 文件（“${name}”不是，可能已损坏或被改过扩展名）`);
    mimeType = mime;
  } else if (spec.allowed) {
    const check = checkFile(name, bytes, spec.allowed);
    if (!check.ok) {
      if (check.reason === "TYPE") throw say.invalid(`“${name}”的类型不允许，只能上传 ${spec.typesText} 文件`);
      if (check.reason === "EMPTY") throw say.invalid(`“${name}”是空文件`);
      throw say.invalid(
        `“${name}”的内容与扩展名 ${extensionOf(name)} 不符（文件可能已损坏或被改过扩展名），请用原程序重新保存后上传`,
      );
    }
    mimeType = check.mime;
  }
  return { filename: name, mimeType, size: bytes.length, sha256: r.hash.digest("hex"), bytes };
}

function parsePayload(spec: UploadSpec, fields: Record<string, string>): unknown {
  if (spec.payload === "fields") return fields;
  if (fields.payload === undefined) return undefined;
  try {
    return JSON.parse(fields.payload);
  } catch {
    throw validation({ payload: "请求内容（payload）不是有效的 JSON" });
  }
}

/**
 * Reads a multipart body by `spec`. Throws 413 (over a limit: the declared length at once, else as
 * soon as the streamed bytes pass it) or 400 (not multipart, malformed, too many files, none when
 * one is required, a type refused, a bad payload); nothing is returned, so nothing is written.
 */
export async function readUploadBody(req: Request, spec: UploadSpec): Promise<UploadBody> {
  const limits = typeof spec.limits === "function" ? await spec.limits() : spec.limits;
  const totalMb = limits.maxTotalMb ?? limits.maxFiles * limits.maxMb;
  const say = messages(spec, limits, totalMb);
  const maxBytes = Math.floor(limits.maxMb * MB);
  const maxTotal = Math.floor(totalMb * MB);
  const requestLimit = maxTotal + MULTIPART_OVERHEAD + MAX_FIELD_BYTES;
  if (Number(req.headers.get("content-length") ?? "0") > requestLimit) throw say.tooLargeTotal();
  if (!isMultipart(req) || !req.body) throw say.invalid("请以 multipart/form-data 上传文件");

  let busboy: InstanceType<typeof Busboy>;
  try {
    busboy = new Busboy({
      headers: { "content-type": req.headers.get("content-type")! },
      limits: { fileSize: maxBytes, fieldSize: MAX_FIELD_BYTES, fields: MAX_FIELDS },
    });
  } catch {
    throw say.invalid("上传内容的格式不正确（缺少 multipart 分隔符）");
  }
  const abort = new AbortController();
  let failure: Error | null = null;
  const fail = (err: Error) => {
    if (failure) return;
    failure = err;
    abort.abort(err);
  };
  const fields: Record<string, string> = {};
  const received: Received[] = [];
  let count = 0;
  let fileBytes = 0;

  busboy.on("field", (name, value, _nameTruncated, valueTruncated) => {
    if (valueTruncated) fail(say.fieldTooLarge(name));
    else fields[name] = value;
  });
  busboy.on("file", (name, stream, rawName) => {
    const filename = cleanFilename(rawName ?? "");
    // Another field's files, and those over the count (counted for the message), are read past.
    if (name !== spec.field || ++count > limits.maxFiles) return void stream.resume();
    // A type that is not on the list is refused before its bytes are read.
    if (filename && spec.allowed && spec.match !== "content" && !spec.allowed.includes(extensionOf(filename)))
      return fail(say.invalid(`“${filename}”的类型不允许，只能上传 ${spec.typesText} 文件`));
    const r: Received = { filename, chunks: [], size: 0, hash: crypto.createHash("sha256") };
    received.push(r);
    stream.on("limit", () => fail(say.tooLarge(filename)));
    stream.on("data", (chunk: Buffer) => {
      r.size += chunk.length;
      fileBytes += chunk.length;
      if (fileBytes > maxTotal) return fail(say.tooLargeTotal());
      r.chunks.push(chunk);
      r.hash.update(chunk);
    });
  });

  let raw = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      raw += chunk.length;
      if (raw > requestLimit) return done(say.tooLargeTotal());
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(req.body as import("node:stream/web").ReadableStream), counter, busboy, {
      signal: abort.signal,
    });
  } catch (err) {
    if (failure) throw failure;
    if (err instanceof AppError) throw err;
    throw say.invalid("上传内容不完整或格式不正确，请重新上传");
  }
  if (failure) throw failure;

  if (count > limits.maxFiles) throw say.invalid(`一次最多上传 ${limits.maxFiles} 个文件（本次 ${count} 个）`);
  const payload = parsePayload(spec, fields);
  // A browser sends an untouched file input as a nameless empty part: not a file.
  const parts = received.filter((r) => r.filename || r.size > 0);
  // (With `allowed: null` an empty file is kept: the caller says what it expected instead.)
  if (parts.some((r) => !r.filename)) throw say.invalid("文件名不能为空");
  const files = parts.map((r) => toFile(spec, say, r));
  if (!files.length && !spec.optional)
    throw spec.noFile
      ? validation({ [spec.field]: `${spec.label}：${spec.noFile}` }, spec.noFile)
      : say.invalid("请选择要上传的文件");
  return { payload, files };
}
