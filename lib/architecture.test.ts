// The kernel imports no domain, and a domain imports another domain only through its public module
// (lib/<domain>/public.ts). eslint.config.mjs warns on the same in the editor; this test reads every
// import of lib/, relative and dynamic ones included. See docs/architecture.md.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOMAINS, KERNEL } from "@/eslint.config.mjs";

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** The lib/ folder and module an import names, relative to the importing file; null outside lib/. */
function target(fromFile: string, spec: string): { folder: string; module: string } | null {
  let full: string;
  if (spec.startsWith("@/")) full = spec.slice(2);
  else if (spec.startsWith(".")) full = path.posix.join(path.posix.dirname(fromFile), spec);
  else return null;
  const parts = full.split("/");
  if (parts[0] !== "lib" || parts.length < 2) return null;
  return { folder: parts[1].replace(/\.tsx?$/, ""), module: parts.slice(2).join("/") };
}

/** Every import of `files` (path → source) that breaks the rule, as "file → import". */
function violations(files: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [file, source] of Object.entries(files)) {
    const folder = file.split("/")[1];
    const kernel = KERNEL.includes(folder);
    const domain = DOMAINS.includes(folder);
    if (!kernel && !domain) continue;
    for (const m of source.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      const t = target(file, spec);
      if (!t || t.folder === folder || !DOMAINS.includes(t.folder)) continue;
      if (kernel || t.module !== "public") found.push(`${file} → ${spec}`);
    }
  }
  return found;
}

function libSources(dir = "lib"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (p !== "lib/generated") Object.assign(out, libSources(p));
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      out[p] = fs.readFileSync(p, "utf8");
    }
  }
  return out;
}

describe("the kernel and the domains", () => {
  it("finds a kernel module importing a domain, and a domain importing another's internals", () => {
    expect(
      violations({
        "lib/time/a.ts": `import { x } from "@/lib/roster/rules";\nconst y = await import("../sessions/public");`,
        "lib/sessions/b.ts": `import { sittingWhere } from "@/lib/roster/deputies";\nexport { z } from "../suggestions/service";`,
        "lib/sessions/c.ts": `import { ok } from "@/lib/roster/public";\nimport { own } from "./d";\nimport { t } from "@/lib/time/day";`,
      }),
    ).toEqual([
      "lib/time/a.ts → @/lib/roster/rules",
      "lib/time/a.ts → ../sessions/public",
      "lib/sessions/b.ts → @/lib/roster/deputies",
      "lib/sessions/b.ts → ../suggestions/service",
    ]);
  });

  it("hold in lib/: the kernel imports no domain; domains use each other only through lib/<domain>/public.ts", () => {
    const sources = libSources();
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(violations(sources)).toEqual([]);
  });
});
