// 姓氏笔画 order (the order of names on official lists): fewer strokes first; at an equal count, the
// strokes in writing order compared by their class 横 1、竖 2、撇 3、点 4、折 5 (GB 13000.1 字符集汉字笔顺规范:
// 提 counts as 横, 竖钩 as 竖, 捺 as 点, every turning stroke as 折). ICU's zh-u-co-stroke is not this order.
// The per-character data comes from the cnchar-order package (docs/decisions.md, Chinese order) through
// lib/cli/stroke-data.ts into the database function that keys every name (the migration chinese_order).

/** cnchar-order's stroke letters → the five classes. */
export const STROKE_CLASS: Readonly<Record<string, 1 | 2 | 3 | 4 | 5>> = {
  j: 1, // 横
  i: 1, // 提
  d: 1, // 点2: the rising stroke of 冫 and 氵, written ㇀ and counted as 提
  f: 2, // 竖
  g: 2, // 竖钩
  s: 3, // 撇
  k: 4, // 点
  l: 4, // 捺
  ...Object.fromEntries([..."abcehmnopqrtuvwxyz"].map((letter) => [letter, 5 as const])), // every 折
};

/** "jfslegj" (李) → "1234521"; null when a letter is not a known stroke. */
export function strokeClasses(letters: string): string | null {
  let out = "";
  for (const letter of letters) {
    const c = STROKE_CLASS[letter];
    if (!c) return null;
    out += c;
  }
  return out;
}
