import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lazyResolver } from "@/components/ui/lazy-resolver";

const Schema = z.object({ name: z.string().min(1, "请填写名称") });
const options = { fields: {}, shouldUseNativeValidation: false } as never;

describe("lazyResolver", () => {
  it("loads the schema on the first validation only, then validates as zodResolver does", async () => {
    let loads = 0;
    const resolver = lazyResolver<{ name: string }, { name: string }>(async () => {
      loads++;
      return Schema;
    });
    expect(loads).toBe(0);
    const bad = await resolver({ name: "" }, undefined, options);
    expect(bad.errors.name?.message).toBe("请填写名称");
    const good = await resolver({ name: "民政办" }, undefined, options);
    expect(good.values).toEqual({ name: "民政办" });
    expect(loads).toBe(1);
  });

  it("tries the load again after it failed (offline)", async () => {
    let calls = 0;
    const resolver = lazyResolver<{ name: string }, { name: string }>(async () => {
      if (++calls === 1) throw new Error("chunk failed");
      return Schema;
    });
    await expect(resolver({ name: "x" }, undefined, options)).rejects.toThrow("chunk failed");
    expect((await resolver({ name: "x" }, undefined, options)).values).toEqual({ name: "x" });
  });
});

/** Every file under `dir` ending in .ts or .tsx. */
const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [p] : [];
  });

describe("client components and zod", () => {
  it("no client component imports zod or a schema module except as types (pass a loader: docs/decisions.md, Weight)", () => {
    const offenders = ["components", "app"].flatMap(sources).flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      if (!/^["']use client["']/m.test(text)) return [];
      return [...text.matchAll(/^import (?!type )[^;]*? from "(zod|@hookform\/resolvers[^"]*|[^"]*schema)";/gms)].map(
        (m) => `${file}: ${m[1]}`,
      );
    });
    expect(offenders).toEqual([]);
  });
});
