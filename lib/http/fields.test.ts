import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  DayText,
  isStorableText,
  optionalText,
  requiredText,
  searchText,
  secretText,
  UNSTORABLE_TEXT,
  version,
} from "@/lib/http/fields";
import { parseOrThrow } from "@/lib/http/validation";
import { AppError } from "@/lib/http/errors";

const HOSTILE = ["a\u0000b", "\u0000", "a\uD800b", "\uDC00", "末尾\uD83D"];
const FINE = ["张三", "😀 表情", "\u202Eمرحبا\u202C", "零\u200B宽", "tab\tand\nnewline"];

const refusal = (schema: z.ZodType, input: unknown) => {
  try {
    parseOrThrow(schema, input);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).fields!;
  }
  throw new Error("expected a refusal");
};

describe("text primitives", () => {
  it.each(HOSTILE)("refuse NUL and lone surrogates (%j) with a message naming the field", (bad) => {
    expect(isStorableText(bad)).toBe(false);
    const schema = z.object({ title: requiredText("标题", 100), note: optionalText("备注", 100) });
    expect(refusal(schema, { title: bad })).toEqual({ title: `标题：${UNSTORABLE_TEXT}` });
    expect(refusal(schema, { title: "好", note: bad })).toEqual({ note: `备注：${UNSTORABLE_TEXT}` });
    expect(refusal(z.object({ q: searchText("关键词", 50) }), { q: bad })).toEqual({ q: `关键词：${UNSTORABLE_TEXT}` });
    expect(refusal(z.object({ p: secretText("密码", 256, "请输入密码") }), { p: bad })).toEqual({
      p: `密码：${UNSTORABLE_TEXT}`,
    });
  });

  it.each(FINE)("keep real text, emoji, RTL and zero-width marks (%j)", (good) => {
    expect(isStorableText(good)).toBe(true);
    expect(requiredText("标题", 100).parse(` ${good} `)).toBe(good.trim());
  });

  it("names the field inside a list", () => {
    const schema = z.object({
      entries: z.array(z.object({ note: optionalText("备注", 10) })).describe("出席情况"),
    });
    expect(refusal(schema, { entries: [{ note: "好" }, { note: "a\u0000" }] })).toEqual({
      "entries.1.note": `备注：${UNSTORABLE_TEXT}`,
    });
  });

  it("limits length and blanks as before: 100,000 characters are refused, blank optional text is null", () => {
    expect(refusal(z.object({ t: requiredText("标题", 100) }), { t: "长".repeat(100_000) })).toEqual({
      t: "标题：最多 100 个字符",
    });
    expect(optionalText("备注", 10).parse("   ")).toBeNull();
    expect(refusal(z.object({ t: requiredText("标题", 100) }), { t: "  " })).toEqual({ t: "标题：请填写标题" });
  });
});

describe("DayText: a real day between 1900 and 2100", () => {
  const schema = z.object({ d: DayText.describe("出生日期") });
  it.each(["0000-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])("refuses %s as out of range", (day) => {
    expect(refusal(schema, { d: day })).toEqual({ d: "出生日期：日期应在 1900-01-01 至 2100-12-31 之间" });
  });
  it.each(["2026-02-29", "2026-13-01", "2026-00-10"])("refuses the impossible %s", (day) => {
    expect(refusal(schema, { d: day })).toEqual({ d: "出生日期：不是有效日期" });
  });
  it.each(["1900-01-01", "2024-02-29", "2100-12-31"])("takes %s", (day) => {
    expect(schema.parse({ d: day }).d).toBe(day);
  });
});

describe("version", () => {
  it("stays within PostgreSQL's integer", () => {
    expect(version.safeParse(2_147_483_647).success).toBe(true);
    expect(version.safeParse(2_147_483_648).success).toBe(false);
    expect(version.safeParse(1e308).success).toBe(false);
  });
});

/** Every .ts/.tsx file under `dir`, generated code left out. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe("no schema goes around the primitives", () => {
  // Environment variables are the operator's, not user input.
  const EXEMPT = new Set(["lib/http/fields.ts", "lib/env.ts"]);

  it("no bare z.string() / z.coerce.string() outside lib/http/fields.ts (lib, app, components)", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const offenders = ["lib", "app", "components"]
      .flatMap((d) => sources(path.join(root, d)))
      .map((f) => path.relative(root, f))
      .filter((f) => !EXEMPT.has(f))
      .flatMap((f) => {
        // Across line breaks too: `z\n  .string(`.
        const source = fs.readFileSync(path.join(root, f), "utf8");
        return [...source.matchAll(/\bz\s*\.\s*(coerce\s*\.\s*)?string\s*\(/g)].map(
          (m) => `${f}:${source.slice(0, m.index).split("\n").length}`,
        );
      });
    expect(offenders, "use requiredText / optionalText / searchText / uuid … from lib/http/fields.ts").toEqual([]);
  });
});
