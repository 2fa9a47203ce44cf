// A 95 MB upload used to raise the server's memory by ~290 MB (the whole body buffered, copied and
// parsed). Through the streamed reader it is refused as soon as a limit is passed: these tests send
// generated 95 MB multipart streams to the real routes and watch the bytes pulled and the RSS.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as documentRoute } from "@/app/api/v1/sessions/[id]/documents/route";
import { POST as createRoute } from "@/app/api/v1/suggestions/route";
import { params, TEST_ORIGIN } from "@/tests/factories";
import { newSuggestion, setup } from "@/tests/integration/suggestions/helpers";

const MB = 1024 * 1024;
const BOUNDARY = "----memory-test-boundary";
const PDF_HEAD = Buffer.from("%PDF-1.4\n");

/** A multipart stream made on demand in 256 KB chunks (no content-length: chunked, as a proxy may send it). */
function hugeUpload(
  url: string,
  cookie: string,
  field: string,
  files: { name: string; size: number }[],
  payload?: unknown,
) {
  const pieces: (Buffer | number)[] = [];
  const header = (name: string, filename?: string) =>
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ""}\r\n` +
        `Content-Type: ${filename ? "application/pdf" : "text/plain; charset=utf-8"}\r\n\r\n`,
    );
  if (payload !== undefined) pieces.push(header("payload"), Buffer.from(`${JSON.stringify(payload)}\r\n`));
  for (const f of files) pieces.push(header(field, f.name), PDF_HEAD, f.size - PDF_HEAD.length, Buffer.from("\r\n"));
  pieces.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  const total = pieces.reduce<number>((n, p) => n + (typeof p === "number" ? p : p.length), 0);
  const state = { pulled: 0, total };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.shift();
      if (next === undefined) return controller.close();
      if (typeof next === "number") {
        const n = Math.min(next, 256 * 1024);
        if (next > n) pieces.unshift(next - n);
        state.pulled += n;
        return controller.enqueue(new Uint8Array(n).fill(0x20));
      }
      state.pulled += next.length;
      controller.enqueue(new Uint8Array(next));
    },
  });
  const req = new NextRequest(new URL(url, TEST_ORIGIN), {
    method: "POST",
    body,
    headers: { cookie, origin: TEST_ORIGIN, "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1] & { duplex: "half" });
  return { req, state };
}

/** Runs `fn` while sampling the process's RSS every 5 ms; returns its result and the peak growth in MB. */
async function peakRss<T>(fn: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: (peak - before) / MB };
  } finally {
    clearInterval(timer);
  }
}

describe("a 95 MB upload is refused early, with memory near the limits", () => {
  it("session document (20 MB per file): 413 after about 20 MB read, RSS growth well under 95 MB", async () => {
    const w = await setup();
    const session = await db.congressSession.create({
      data: {
        townshipId: w.township.id,
        termId: w.term.id,
        number: 1,
        startDate: new Date("2026-11-20"),
        endDate: new Date("2026-11-21"),
        venue: "会议室",
      },
    });
    const { req, state } = hugeUpload(`/api/v1/sessions/${session.id}/documents`, w.cookie.OFFICE, "file", [
      { name: "扫描件.pdf", size: 95 * MB },
    ]);
    const { result: res, growthMb } = await peakRss(() => documentRoute(req, params({ id: session.id })));
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toContain("20 MB");
    console.log(
      `document: sent ${(state.total / MB).toFixed(1)} MB, read ${(state.pulled / MB).toFixed(1)} MB, RSS +${growthMb.toFixed(1)} MB`,
    );
    expect(state.pulled).toBeLessThan(21 * MB);
    expect(growthMb).toBeLessThan(60);
    expect(await db.storedFile.count()).toBe(0);
  });

  it("suggestion with attachments (10 MB each, 50 MB in all): one 95 MB file, or ten of 9.5 MB", async () => {
    const w = await setup();
    const one = hugeUpload(
      "/api/v1/suggestions",
      w.cookie.DEPUTY,
      "attachments",
      [{ name: "视频.pdf", size: 95 * MB }],
      newSuggestion(w.categoryId),
    );
    const single = await peakRss(() => createRoute(one.req));
    expect(single.result.status).toBe(413);
    console.log(
      `one file: sent 95 MB, read ${(one.state.pulled / MB).toFixed(1)} MB, RSS +${single.growthMb.toFixed(1)} MB`,
    );
    expect(one.state.pulled).toBeLessThan(11 * MB);
    expect(single.growthMb).toBeLessThan(40);

    const files = Array.from({ length: 10 }, (_, i) => ({ name: `照片${i + 1}.pdf`, size: 9.5 * MB }));
    const ten = hugeUpload("/api/v1/suggestions", w.cookie.DEPUTY, "attachments", files, newSuggestion(w.categoryId));
    const many = await peakRss(() => createRoute(ten.req));
    expect(many.result.status).toBe(413);
    expect((await many.result.json()).error.fields.attachments).toBe("附件：本次上传的内容超过 50 MB 的上限");
    console.log(
      `ten files: sent 95 MB, read ${(ten.state.pulled / MB).toFixed(1)} MB, RSS +${many.growthMb.toFixed(1)} MB`,
    );
    expect(ten.state.pulled).toBeLessThan(51 * MB);
    expect(many.growthMb).toBeLessThan(110);
    expect(await db.suggestion.count()).toBe(0);
    expect(await db.storedFile.count()).toBe(0);
  });
});
