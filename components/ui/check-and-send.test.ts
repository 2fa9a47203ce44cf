import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { checkAndSend } from "@/components/ui/check-and-send";

const Schema = z.object({ title: z.string().min(1, "请填写标题").describe("标题") }).strict();

// A server that answers each request with what it was sent, and counts them.
let received: unknown[] = [];
let server: http.Server;
let url = "";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let text = "";
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => {
      received.push({ method: req.method, body: JSON.parse(text) });
      res.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify({ id: "p1" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/x`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("checkAndSend", () => {
  it("refuses a body its schema refuses, naming the field, without sending it", async () => {
    received = [];
    const res = await checkAndSend(async () => Schema, url, "POST", { title: "" });
    expect(res).toEqual({
      ok: false,
      error: { code: "VALIDATION", message: "标题：请填写标题", fields: { title: "标题：请填写标题" } },
    });
    expect(received).toEqual([]);
  });

  it("sends a body that passes, with the method asked, and gives back the answer", async () => {
    received = [];
    const res = await checkAndSend<{ id: string }>(async () => Schema, url, "PATCH", { title: "工作要点" });
    expect(res).toEqual({ ok: true, data: { id: "p1" } });
    expect(received).toEqual([{ method: "PATCH", body: { title: "工作要点" } }]);
  });
});
