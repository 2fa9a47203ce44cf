// Publicity (宣传) scoring: the county's table (settings `publicity.points.<KIND>`, local practice, not law), the
// points of one item, and the year's score against the target (95) and the advanced line (145). Points are kept
// to one decimal and added in tenths, so 0.1 + 0.2 is 0.3.
import type { Settings } from "@/lib/settings";

export const PUBLICITY_KINDS = [
  "COUNTY_INFO",
  "COUNTY_PUBLISHED",
  "CITY_PUBLISHED",
  "PROVINCE_PUBLISHED",
  "NATIONAL_PUBLISHED",
  "RESEARCH_ADOPTED",
] as const;
export type PublicityKind = (typeof PUBLICITY_KINDS)[number];

export const PUBLICITY_KIND_LABELS: Record<PublicityKind, string> = {
  COUNTY_INFO: "信息被县人大采用",
  COUNTY_PUBLISHED: "县级刊物或媒体刊发",
  CITY_PUBLISHED: "市级刊物或媒体刊发",
  PROVINCE_PUBLISHED: "省级刊物或媒体刊发",
  NATIONAL_PUBLISHED: "全国人大刊物或中央媒体刊发",
  RESEARCH_ADOPTED: "调研报告、理论文章被采用",
};

export const PUBLICITY_RULE =
  "按县人大宣传工作计分表计分（计分标准和目标分、先进分是本县的做法，不是法律规定，按县人大当年通知在系统设置中维护）；每篇稿件按登记时的计分标准计分并保留，年度得分为当年报送稿件得分之和。";

type Table = Pick<Settings, `publicity.${string}` & keyof Settings>;

/** The scoring table as the settings hold it: kind → points. */
export function scoringTable(settings: Table): Record<PublicityKind, number> {
  return Object.fromEntries(
    PUBLICITY_KINDS.map((k) => [k, (settings as Record<string, number>)[`publicity.points.${k}`] ?? 0]),
  ) as Record<PublicityKind, number>;
}

/** The points of one item of a kind by the table, to one decimal. */
export const pointsFor = (table: Record<PublicityKind, number>, kind: PublicityKind) =>
  Math.round((table[kind] ?? 0) * 10) / 10;

/** Sum of points to one decimal, added in tenths. */
export const sumPoints = (points: readonly number[]) => points.reduce((t, p) => t + Math.round(p * 10), 0) / 10;

export interface YearScore {
  score: number;
  target: number;
  advanced: number;
  reachedTarget: boolean;
  reachedAdvanced: boolean;
  /** Points still missing to the target / the advanced line (0 once reached). */
  toTarget: number;
  toAdvanced: number;
}

export function yearScore(points: readonly number[], target: number, advanced: number): YearScore {
  const score = sumPoints(points);
  const missing = (line: number) => Math.max(0, Math.round((line - score) * 10) / 10);
  return {
    score,
    target,
    advanced,
    reachedTarget: score >= target,
    reachedAdvanced: score >= advanced,
    toTarget: missing(target),
    toAdvanced: missing(advanced),
  };
}
