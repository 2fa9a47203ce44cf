// The year's publicity figures (宣传年度得分): the one function the publicity page, its API and the annual
// summary call. Counted from the items of the year (by the day sent), each with the points it was scored with.
import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import {
  PUBLICITY_KIND_LABELS,
  PUBLICITY_KINDS,
  PUBLICITY_RULE,
  sumPoints,
  yearScore,
  type PublicityKind,
  type YearScore,
} from "@/lib/publicity/rules";

export interface PublicityYearFigures extends YearScore {
  year: number;
  rule: string;
  items: number;
  published: number;
  byKind: { kind: PublicityKind; label: string; items: number; points: number }[];
}

export async function publicityYearFigures(
  client: Tx,
  townshipId: string,
  year: number,
): Promise<PublicityYearFigures> {
  const [rows, settings] = await Promise.all([
    client.publicityItem.findMany({
      where: { townshipId, year },
      select: { kind: true, points: true, publishedOn: true },
    }),
    getSettings(),
  ]);
  const points = rows.map((r) => Number(r.points));
  const score = yearScore(points, settings["publicity.yearTarget"], settings["publicity.advancedScore"]);
  const known = new Set<string>(PUBLICITY_KINDS);
  const kinds = [...PUBLICITY_KINDS, ...new Set(rows.map((r) => r.kind).filter((k) => !known.has(k)))];
  return {
    year,
    rule: PUBLICITY_RULE,
    ...score,
    items: rows.length,
    published: rows.filter((r) => r.publishedOn).length,
    byKind: kinds.map((kind) => {
      const of = rows.filter((r) => r.kind === kind);
      return {
        kind: kind as PublicityKind,
        label: PUBLICITY_KIND_LABELS[kind as PublicityKind] ?? kind,
        items: of.length,
        points: sumPoints(of.map((r) => Number(r.points))),
      };
    }),
  };
}
