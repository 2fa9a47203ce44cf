// The database's sort keys (migration chinese_order): name_stroke_key (姓氏笔画) and natural_sort_key.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

async function sorted(fn: "name_stroke_key" | "natural_sort_key", values: string[]): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ v: string }[]>(
    `SELECT v FROM unnest($1::text[]) v ORDER BY ${fn}(v), v COLLATE "C"`,
    values,
  );
  return rows.map((r) => r.v);
}

describe("name_stroke_key", () => {
  it("orders by stroke count, then by the strokes' classes in writing order", async () => {
    expect(await sorted("name_stroke_key", ["谢", "丁", "周", "黄", "王", "李", "刘", "赵", "陈"])).toEqual([
      "丁",
      "王",
      "刘",
      "李",
      "陈",
      "周",
      "赵",
      "黄",
      "谢",
    ]);
    // Two strokes each: 丁 横竖钩, 人 撇捺, 卜 竖点, 九 撇横折弯钩.
    expect(await sorted("name_stroke_key", ["九", "卜", "人", "丁"])).toEqual(["丁", "卜", "人", "九"]);
  });

  it("keeps a surname's names together, skips the middle dot and puts unknown characters last", async () => {
    expect(await sorted("name_stroke_key", ["王五", "丁丁", "王", "Li", "王二"])).toEqual([
      "丁丁",
      "王",
      "王二",
      "王五",
      "Li",
    ]);
    const [{ a, b }] = await db.$queryRaw<{ a: string; b: string }[]>`
      SELECT name_stroke_key('阿依·买买提') AS a, name_stroke_key('阿依买买提') AS b`;
    expect(a).toBe(b);
  });
});

describe("natural_sort_key", () => {
  it("compares runs of Chinese or Arabic numerals by value", async () => {
    expect(await sorted("natural_sort_key", ["第三选区", "第二选区", "第十选区", "第一选区", "第十一选区"])).toEqual([
      "第一选区",
      "第二选区",
      "第三选区",
      "第十选区",
      "第十一选区",
    ]);
    expect(await sorted("natural_sort_key", ["第10次", "第9次", "第二十次", "第十九次"])).toEqual([
      "第9次",
      "第10次",
      "第十九次",
      "第二十次",
    ]);
    const [k] = await db.$queryRaw<{ a: string; b: string; c: string }[]>`
      SELECT natural_sort_key('第一百零五') AS a, natural_sort_key('第105') AS b, natural_sort_key('两千') AS c`;
    expect(k.a).toBe(k.b);
    expect(k.c).toBe("000000002000");
  });
});
