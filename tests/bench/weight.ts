// The weight part of `npm run bench` (BENCH_PARTS=weight): the JavaScript each page makes a browser
// download on its first load, gzipped, read from the production build's manifests — no server,
// no database. A page's first load is the framework's root chunks (build-manifest.json
// `rootMainFiles`) and every chunk its client-reference manifest lists for the segments it renders
// (root and group layouts, error and not-found boundaries, the page). `polyfillFiles` are left out:
// they load only in browsers without ES modules. Gzip at zlib's default level, as a server sends it.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { TargetRow } from "@/tests/bench/context";

/** The target: every page's first-load JavaScript below this, gzipped (issue 14.10). */
export const WEIGHT_LIMIT_KB = 200;

export interface PageWeight {
  /** The URL pattern, e.g. /suggestions/[id] (route groups dropped). */
  route: string;
  /** The chunks it loads, relative to .next. */
  files: string[];
  gzipBytes: number;
}

/** "/(app)/suggestions/[id]/page" → "/suggestions/[id]". */
export function routeOf(entry: string): string {
  const parts = entry
    .replace(/\/page$/, "")
    .split("/")
    .filter((p) => p && !(p.startsWith("(") && p.endsWith(")")));
  return `/${parts.join("/")}`;
}

function manifestsUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return manifestsUnder(p);
    return e.name === "page_client-reference-manifest.js" ? [p] : [];
  });
}

/** The manifest file assigns `globalThis.__RSC_MANIFEST[entry] = {...}`: read it without running it. */
function readClientManifest(file: string): { entry: string; js: string[] } {
  const text = fs.readFileSync(file, "utf8");
  const m = /__RSC_MANIFEST\["([^"]+)"\]\s*=\s*(\{[\s\S]*\});?\s*$/.exec(text);
  if (!m) throw new Error(`unrecognised client-reference manifest: ${file}`);
  const manifest = JSON.parse(m[2]) as { entryJSFiles?: Record<string, string[]> };
  return { entry: m[1], js: Object.values(manifest.entryJSFiles ?? {}).flat() };
}

/** Every page of the build at `nextDir` with its first-load chunks and their gzipped size, heaviest first. */
export function readPageWeights(nextDir = ".next"): PageWeight[] {
  const build = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles?: string[];
  };
  const sizes = new Map<string, number>();
  const gz = (file: string) => {
    let n = sizes.get(file);
    if (n === undefined) {
      n = gzipSync(fs.readFileSync(path.join(nextDir, file))).length;
      sizes.set(file, n);
    }
    return n;
  };
  const pages = manifestsUnder(path.join(nextDir, "server", "app")).map((file) => {
    const { entry, js } = readClientManifest(file);
    const files = [...new Set([...(build.rootMainFiles ?? []), ...js].map((f) => f.replace(/^\/?_next\//, "")))];
    return { route: routeOf(entry), files, gzipBytes: files.reduce((sum, f) => sum + gz(f), 0) };
  });
  return pages
    .filter((p) => !p.route.startsWith("/_"))
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.route.localeCompare(b.route));
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints each page's weight, flags those at or over the limit; one row for the closing table. */
export function benchWeight(nextDir = ".next"): TargetRow[] {
  if (!fs.existsSync(path.join(nextDir, "BUILD_ID"))) throw new Error("weight: no production build in .next");
  const pages = readPageWeights(nextDir);
  const limit = WEIGHT_LIMIT_KB * 1024;
  console.log(`\nJavaScript per page (first load, gzipped; ${pages.length} pages)`);
  for (const p of pages)
    console.log(`  ${p.route.padEnd(48)} ${kb(p.gzipBytes).padStart(9)}${p.gzipBytes >= limit ? "  ≥ 200 KB" : ""}`);
  const heaviest = pages[0];
  const over = pages.filter((p) => p.gzipBytes >= limit).length;
  return [
    {
      label: `最重页面 JS（gzip，${heaviest?.route ?? "—"}）`,
      target: `< ${WEIGHT_LIMIT_KB} KB`,
      measured: heaviest ? kb(heaviest.gzipBytes) : "—",
      met: over === 0,
    },
  ];
}
