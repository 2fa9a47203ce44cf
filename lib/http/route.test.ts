import { describe, it, expect } from "vitest";
import { AppError } from "@/lib/http/errors";
import { MAX_BODY_BYTES, readJsonBody } from "@/lib/http/route";

const URL_ = "http://localhost/api/test";

function post(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request(URL_, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
}

/** A body delivered in several chunks, with no content-length, like a chunked upload. */
function streamed(chunks: Uint8Array[]): Request {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
  return new Request(URL_, { method: "POST", body: stream, duplex: "half" } as RequestInit & { duplex: "half" });
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error("expected readJsonBody to reject");
}

describe("readJsonBody", () => {
  it("the limit is 1 MB", () => {
    expect(MAX_BODY_BYTES).toBe(1024 * 1024);
  });

  it("parses valid JSON", async () => {
    await expect(
      readJsonBody(post(JSON.stringify({ username: "zhangsan", 姓名: "张三", n: [1, 2] }))),
    ).resolves.toEqual({
      username: "zhangsan",
      姓名: "张三",
      n: [1, 2],
    });
  });

  it("accepts a body of exactly 1 MB", async () => {
    const body = JSON.stringify("x".repeat(MAX_BODY_BYTES - 2)); // quotes make it exactly 1 MB
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES);
    await expect(readJsonBody(post(body))).resolves.toHaveLength(MAX_BODY_BYTES - 2);
  });

  it("rejects a body of 1 MB + 1 byte with PAYLOAD_TOO_LARGE (413)", async () => {
    const body = JSON.stringify("x".repeat(MAX_BODY_BYTES - 1));
    expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES + 1);
    const req = post(body);
    expect(req.headers.get("content-length")).toBeNull(); // the stream check, not the header, must catch it
    const err = await rejection(readJsonBody(req));
    expect(err.code).toBe("PAYLOAD_TOO_LARGE");
    expect(err.status).toBe(413);
  });

  it("rejects an oversized body that arrives in chunks", async () => {
    const chunk = new Uint8Array(256 * 1024).fill(0x20);
    const err = await rejection(readJsonBody(streamed([chunk, chunk, chunk, chunk, new Uint8Array([0x31])])));
    expect(err.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("rejects when the content-length header claims more than 1 MB, before reading", async () => {
    const req = post("{}", { "content-length": String(MAX_BODY_BYTES + 1) });
    expect(req.headers.get("content-length")).toBe(String(MAX_BODY_BYTES + 1));
    const err = await rejection(readJsonBody(req));
    expect(err.code).toBe("PAYLOAD_TOO_LARGE");
    expect(err.status).toBe(413);
  });

  it.each(["{", "{'a': 1}", "undefined", "<xml/>", '{"a":1}}'])(
    "malformed JSON %s → VALIDATION (400)",
    async (text) => {
      const err = await rejection(readJsonBody(post(text)));
      expect(err.code).toBe("VALIDATION");
      expect(err.status).toBe(400);
      expect(err.message).toBe("请求内容不是有效的 JSON");
    },
  );

  it.each([
    ["no body", null],
    ["empty string", ""],
    ["whitespace only", "  \n\t "],
  ])("%s → VALIDATION (400)", async (_name, body) => {
    const err = await rejection(readJsonBody(post(body)));
    expect(err.code).toBe("VALIDATION");
    expect(err.status).toBe(400);
    expect(err.message).toBe("请求内容为空，需要 JSON");
    expect(err.fields).toEqual({ _: "请求内容为空，需要 JSON" });
  });

  it("decodes a multi-byte character split across chunks", async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ 名称: "清水镇" }));
    await expect(readJsonBody(streamed([bytes.slice(0, 4), bytes.slice(4, 11), bytes.slice(11)]))).resolves.toEqual({
      名称: "清水镇",
    });
  });
});
