// Breaking a long title (GB/T 9704 7.3.1: "回行时，要做到词意完整，排列对称，长短适宜"): lines of about equal
// length, each break after a word that ends a phrase of an official title, never inside 人民代表大会.
import { textWidthChars } from "@/lib/docx/layout";

/** 2号 characters on a 156 mm line are 20; one is kept in hand for fallback fonts with wider letters. */
export const TITLE_CHARS_PER_LINE = 19;

const BREAK_AFTER = [
  "关于召开",
  "关于",
  "届",
  "人民代表大会",
  "主席团",
  "会议",
  "年",
  "半年",
  "镇",
  "乡",
  "代表建议",
  "情况",
];

/** Positions after which a line may end: after a listed word, else anywhere but inside a listed word. */
function breakPoints(text: string): { at: number; good: boolean }[] {
  const good = new Set<number>();
  for (const w of BREAK_AFTER) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) good.add(i + w.length);
  const inside = new Set<number>();
  for (const w of BREAK_AFTER)
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1))
      for (let k = 1; k < w.length; k++) inside.add(i + k);
  const out: { at: number; good: boolean }[] = [];
  for (let at = 1; at < text.length; at++) if (!inside.has(at) || good.has(at)) out.push({ at, good: good.has(at) });
  return out;
}

/** The title's lines: one when it fits, otherwise as few as needed, about equal, broken after whole words. */
export function titleLines(text: string, max = TITLE_CHARS_PER_LINE): string[] {
  const width = textWidthChars(text);
  if (width <= max) return [text];
  const count = Math.ceil(width / max);
  const target = width / count;
  const fits = breakPoints(text).filter((b) => textWidthChars(text.slice(0, b.at)) <= max);
  const cost = (b: { at: number; good: boolean }) =>
    Math.abs(textWidthChars(text.slice(0, b.at)) - target) + (b.good ? 0 : max / 2);
  const best = fits.reduce((a, b) => (cost(b) < cost(a) ? b : a), fits[fits.length - 1]);
  if (!best) return [text];
  return [text.slice(0, best.at), ...titleLines(text.slice(best.at), max)];
}
