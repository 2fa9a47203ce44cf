// Pure rules of group activities (代表小组活动; 代表法第二十六条: group activities are the deputies' basic form of
// activity in recess). The rhythm — once a quarter, at least four a year — is the township's practice (settings
// groups.minPerQuarter, groups.minPerYear), not national law.

/** The quarter (1–4) of a stored day. */
export const quarterOf = (day: Date) => Math.floor(day.getUTCMonth() / 3) + 1;

/** The last day of a quarter, as a stored date. */
export const quarterEnd = (year: number, quarter: number) => new Date(Date.UTC(year, quarter * 3, 0));

export const QUARTER_LABELS = ["第一季度", "第二季度", "第三季度", "第四季度"] as const;

export interface GroupYear {
  /** Activities held in each quarter (index 0 = Q1). */
  byQuarter: [number, number, number, number];
}

export interface Norms {
  minPerQuarter: number;
  minPerYear: number;
}

export interface GroupWarning {
  kind: "QUARTER" | "YEAR";
  quarter?: number;
  text: string;
}

/**
 * Warnings for one group and year, as of `today`: each quarter that has ended with fewer activities than the
 * norm; the year below the yearly norm once the year has ended, or when the quarters left cannot make it up.
 */
export function groupWarnings(year: number, g: GroupYear, norms: Norms, today: Date): GroupWarning[] {
  const out: GroupWarning[] = [];
  g.byQuarter.forEach((n, i) => {
    if (quarterEnd(year, i + 1).getTime() < today.getTime() && n < norms.minPerQuarter)
      out.push({
        kind: "QUARTER",
        quarter: i + 1,
        text:
          n === 0
            ? `${QUARTER_LABELS[i]}未开展活动`
            : `${QUARTER_LABELS[i]}仅开展 ${n} 次，少于 ${norms.minPerQuarter} 次`,
      });
  });
  const total = g.byQuarter.reduce((a, b) => a + b, 0);
  const quartersLeft = [1, 2, 3, 4].filter((q) => quarterEnd(year, q).getTime() >= today.getTime()).length;
  const reachable = total + quartersLeft * Math.max(norms.minPerQuarter, 1) >= norms.minPerYear;
  if (total < norms.minPerYear && (quartersLeft === 0 || !reachable))
    out.push({
      kind: "YEAR",
      text: `全年${quartersLeft === 0 ? "" : "至今"}开展 ${total} 次，少于 ${norms.minPerYear} 次`,
    });
  return out;
}

export const NORMS_TEXT = (n: Norms) =>
  `本镇规定（本地做法，非法律规定）：代表小组每季度至少活动 ${n.minPerQuarter} 次，全年不少于 ${n.minPerYear} 次。`;
