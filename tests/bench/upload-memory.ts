// Server memory under a 95 MB upload (issue 11): against a running production build (tests/e2e/serve.ts
// on E2E_PORT), sends generated 95 MB multipart streams to the session-document route (20 MB per
// file) and the suggestion route (10 MB per file, 50 MB in all) and reads the server's RSS from /proc.
//   E2E_PORT=3102 DATABASE_URL=…/<db>_e2e AUTH_SECRET=<the server's> SERVER_PID=<next-server pid> tsx tests/bench/upload-memory.ts
import fs from "node:fs";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { categories } from "@/lib/suggestions/categories";
import { createDeputy, createTerm, createTownship, createUser, signIn } from "@/tests/factories";

const MB = 1024 * 1024;
const port = process.env.E2E_PORT ?? "3100";
const origin = `http://127.0.0.1:${port}`;
const pid = process.env.SERVER_PID!;
const rss = () => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
};

function body(field: string, files: { name: string; size: number }[], payload?: unknown) {
  const boundary = "----bench-boundary";
  const pieces: (Buffer | number)[] = [];
  const head = (name: string, filename?: string) =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ""}\r\n\r\n`,
    );
  if (payload !== undefined) pieces.push(head("payload"), Buffer.from(`${JSON.stringify(payload)}\r\n`));
  for (const f of files) pieces.push(head(field, f.name), Buffer.from("%PDF-1.4\n"), f.size - 9, Buffer.from("\r\n"));
  pieces.push(Buffer.from(`--${boundary}--\r\n`));
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      const next = pieces.shift();
      if (next === undefined) return c.close();
      if (typeof next === "number") {
        const n = Math.min(next, 256 * 1024);
        if (next > n) pieces.unshift(next - n);
        return c.enqueue(new Uint8Array(n).fill(0x20));
      }
      c.enqueue(new Uint8Array(next));
    },
  });
  return { stream, type: `multipart/form-data; boundary=${boundary}` };
}

async function measure(label: string, url: string, cookie: string, b: ReturnType<typeof body>) {
  const before = rss();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rss())), 10);
  const t0 = Date.now();
  let status: number | string;
  try {
    const res = await fetch(origin + url, {
      method: "POST",
      body: b.stream,
      headers: { cookie, origin, "content-type": b.type },
      duplex: "half",
    } as RequestInit & { duplex: "half" });
    const text = await res.text();
    status = `${res.status} ${text.slice(0, 160)}`;
  } catch (err) {
    status = `connection closed (${(err as Error).message})`;
  }
  await new Promise((r) => setTimeout(r, 300));
  clearInterval(timer);
  console.log(
    `${label}: ${status} in ${Date.now() - t0} ms; server RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB (+${(peak - before).toFixed(0)} MB)`,
  );
}

const township = await createTownship("内存测试镇");
const term = await createTerm(township.id);
const deputy = await createDeputy(township.id, term.id);
const office = await signIn(await createUser(township.id, "OFFICE"));
const proposer = await signIn(await createUser(township.id, "DEPUTY", { deputyId: deputy.id }));
const session = await db.congressSession.create({
  data: {
    townshipId: township.id,
    termId: term.id,
    number: 1,
    startDate: new Date("2026-11-20"),
    endDate: new Date("2026-11-21"),
    venue: "会议室",
  },
});
const [category] = await categories(scopedDb(township.id), township.id);
const suggestion = { title: "内存测试建议", content: "内存测试建议的内容，足够长。", categoryId: category.id };

// Warm the routes up first, so the figures are the upload's, not the first compilation's.
await measure(
  "warm-up (1 MB document)",
  `/api/v1/sessions/${session.id}/documents`,
  office.cookie,
  body("file", [{ name: "a.pdf", size: MB }]),
);
await measure(
  "document, one 95 MB file",
  `/api/v1/sessions/${session.id}/documents`,
  office.cookie,
  body("file", [{ name: "扫描件.pdf", size: 95 * MB }]),
);
await measure(
  "suggestion, one 95 MB file",
  "/api/v1/suggestions",
  proposer.cookie,
  body("attachments", [{ name: "视频.pdf", size: 95 * MB }], suggestion),
);
const ten = Array.from({ length: 10 }, (_, i) => ({ name: `照片${i + 1}.pdf`, size: 9.5 * MB }));
await measure(
  "suggestion, ten 9.5 MB files",
  "/api/v1/suggestions",
  proposer.cookie,
  body("attachments", ten, suggestion),
);
await measure(
  "suggestion, five 9.5 MB files (accepted)",
  "/api/v1/suggestions",
  proposer.cookie,
  body("attachments", ten.slice(0, 5), suggestion),
);
await db.$disconnect();
