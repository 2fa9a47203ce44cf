import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readPageWeights, routeOf } from "@/tests/bench/weight";

// The weight reader on a small build: two pages sharing the root chunks and a layout chunk, one
// with a chunk of its own; a route handler's manifest and polyfills are not counted.

let dir: string;
const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
const manifest = (entry: string, entryJSFiles: Record<string, string[]>) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["${entry}"] = ${JSON.stringify({ clientModules: {}, entryJSFiles })};\n`;
const gz = (text: string) => gzipSync(text).length;

const ROOT = "console.log('root');".repeat(50);
const LAYOUT = "console.log('layout');".repeat(40);
const FORM = "console.log('zod and a form');".repeat(300);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "weight-"));
  write("BUILD_ID", "x");
  write(
    "build-manifest.json",
    JSON.stringify({ rootMainFiles: ["static/chunks/root.js"], polyfillFiles: ["static/chunks/poly.js"] }),
  );
  write("static/chunks/root.js", ROOT);
  write("static/chunks/poly.js", "polyfill".repeat(1000));
  write("static/chunks/layout.js", LAYOUT);
  write("static/chunks/form.js", FORM);
  write(
    "server/app/(app)/units/page_client-reference-manifest.js",
    manifest("/(app)/units/page", {
      "[project]/app/layout": ["static/chunks/layout.js"],
      "[project]/app/(app)/units/page": ["static/chunks/layout.js"],
    }),
  );
  write(
    "server/app/(app)/units/[id]/page_client-reference-manifest.js",
    manifest("/(app)/units/[id]/page", {
      "[project]/app/layout": ["static/chunks/layout.js"],
      "[project]/app/(app)/units/[id]/page": ["/_next/static/chunks/form.js"],
    }),
  );
  write(
    "server/app/api/v1/units/route_client-reference-manifest.js",
    manifest("/api/v1/units/route", { x: ["static/chunks/form.js"] }),
  );
  write("server/app/_not-found/page_client-reference-manifest.js", manifest("/_not-found/page", {}));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("readPageWeights", () => {
  it("adds each page's root and segment chunks once, gzipped, heaviest first; no route handlers or polyfills", () => {
    const pages = readPageWeights(dir);
    expect(pages.map((p) => p.route)).toEqual(["/units/[id]", "/units"]);
    expect(pages[0].files.sort()).toEqual([
      "static/chunks/form.js",
      "static/chunks/layout.js",
      "static/chunks/root.js",
    ]);
    expect(pages[0].gzipBytes).toBe(gz(ROOT) + gz(LAYOUT) + gz(FORM));
    expect(pages[1].gzipBytes).toBe(gz(ROOT) + gz(LAYOUT));
  });

  it("names a route by its URL pattern, without route groups", () => {
    expect(routeOf("/(app)/suggestions/[id]/page")).toBe("/suggestions/[id]");
    expect(routeOf("/(auth)/login/page")).toBe("/login");
    expect(routeOf("/(app)/page")).toBe("/");
  });
});
