// The year's statistics tables (年度人大工作统计表) as an .xlsx ready to print (lib/xlsx/official.ts: A4, fitted,
// header repeated): one sheet per area of the summary, each figure with the previous year beside it and the change;
// under the key figures, the area's detail (the units evaluated, the lead units, the petitions' categories …) the
// same way. Every number is the summary's (lib/year/summary.ts), nothing is counted here.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { townshipName } from "@/lib/text/township";
import { cnDate } from "@/lib/text/dates";
import { addOfficialSheet, newWorkbook, workbookBuffer, type SheetColumn } from "@/lib/xlsx/official";
import {
  SUMMARY_AREAS,
  yearSummary,
  type SummaryAreaId,
  type SummaryPeriod,
  type YearFigureSet,
  type YearSummary,
} from "@/lib/year/summary";

export interface TableRow {
  label: string;
  unit: string;
  value: number | null;
  previous: number | null;
}

const COLUMNS: SheetColumn[] = [
  { header: "项目", key: "label", width: 44, wrap: true },
  { header: "单位", key: "unit", width: 8 },
  { header: "本期", key: "value", width: 12 },
  { header: "上年同期", key: "previous", width: 12 },
  { header: "增减", key: "change", width: 12 },
];

/** Rows of `of(set)` keyed by name, the previous period's matched by the same name (absent: no figure). */
function matched<T>(
  cur: YearFigureSet,
  prev: YearFigureSet,
  of: (f: YearFigureSet) => readonly T[],
  key: (t: T) => string,
  rows: (t: T) => { label: string; unit: string; value: (t: T) => number | null }[],
): TableRow[] {
  const before = new Map(of(prev).map((t) => [key(t), t]));
  return of(cur).flatMap((t) => {
    const p = before.get(key(t));
    return rows(t).map((r) => ({ label: r.label, unit: r.unit, value: r.value(t), previous: p ? r.value(p) : null }));
  });
}

/** The area's detail rows under its key figures. */
export function detailRows(area: SummaryAreaId, cur: YearFigureSet, prev: YearFigureSet): TableRow[] {
  switch (area) {
    case "supervision":
      return matched(
        cur,
        prev,
        (f) => f.supervision.evaluated,
        (e) => e.name,
        (e) => [{ label: `测评满意率：${e.name}（${e.activity}）`, unit: "%", value: (x) => x.round1?.rate ?? null }],
      );
    case "suggestions":
      return matched(
        cur,
        prev,
        (f) => f.suggestions.units,
        (u) => u.name,
        (u) => [
          { label: `${u.name}：主办建议`, unit: "件", value: (x) => x.total },
          { label: `${u.name}：满意率`, unit: "%", value: (x) => x.satisfactionRate },
        ],
      );
    case "petitions":
      return [
        ...matched(
          cur,
          prev,
          (f) => f.petitions.byCategory,
          (c) => c.key,
          (c) => [{ label: `按类别：${c.label}`, unit: "件", value: (x) => x.tally.received }],
        ),
        ...matched(
          cur,
          prev,
          (f) => f.petitions.byChannel,
          (c) => c.key,
          (c) => [{ label: `按来源：${c.label}`, unit: "件", value: (x) => x.tally.received }],
        ),
      ];
    case "training":
      return matched(
        cur,
        prev,
        (f) => f.training.byKind,
        (k) => k.kind,
        (k) => [{ label: `${k.label}`, unit: "期", value: (x) => x.held }],
      );
    case "groups":
      return matched(
        cur,
        prev,
        (f) => f.groups.groups,
        (g) => g.name,
        (g) => [{ label: `${g.name}：活动`, unit: "次", value: (x) => x.total }],
      );
    case "duties":
      return matched(
        cur,
        prev,
        (f) => f.duties.byKind,
        (k) => k.kind,
        (k) => [{ label: `${k.label}`, unit: "条", value: (x) => x.verified }],
      );
    default:
      return [];
  }
}

/** Each area's rows: its key figures, then its detail. */
export function areaTables(s: YearSummary): { area: SummaryAreaId; label: string; rows: TableRow[] }[] {
  return SUMMARY_AREAS.map((a) => ({
    area: a.id,
    label: a.label,
    rows: [
      ...s.figures
        .filter((k) => k.area === a.id)
        .map((k) => ({ label: k.label, unit: k.unit, value: k.value, previous: k.previous })),
      ...detailRows(a.id, s.current, s.previous),
    ],
  }));
}

const change = (r: TableRow) => (r.value === null || r.previous === null ? "—" : r.value - r.previous);

export async function yearTablesXlsx(s: YearSummary, township: string): Promise<Buffer> {
  const wb = newWorkbook();
  const period = s.period === "half" ? `${s.year}年上半年` : `${s.year}年`;
  for (const t of areaTables(s)) {
    const sheet = addOfficialSheet(wb, t.label, {
      columns: COLUMNS,
      title: `${township}${period}人大工作统计表（${t.label}）`,
      note: `统计期间：${cnDate(s.from)}至${cnDate(s.through)}；上年同期：${s.year - 1}年同一期间。比率单位为%，增减为百分点。`,
    });
    for (const r of t.rows) {
      const row = sheet.addRow({
        label: r.label,
        unit: r.unit,
        value: r.value ?? "—",
        previous: r.previous ?? "—",
        change: change(r),
      });
      // The unit and the figures centred, so a figure and a "—" line up.
      for (let c = 2; c <= COLUMNS.length; c++) row.getCell(c).alignment = { vertical: "top", horizontal: "center" };
    }
  }
  return workbookBuffer(wb);
}

/** The year's tables with the file name (清水镇2026年人大工作统计表.xlsx); audited, as they leave the system. */
export async function yearTables(actor: Actor, q: { year: number; period?: SummaryPeriod }) {
  const period = q.period ?? "year";
  const [summary, township] = await Promise.all([
    yearSummary(actor.townshipId, q.year, { period }),
    townshipName(actor),
  ]);
  const buffer = await yearTablesXlsx(summary, township);
  await recordAudit(db, subjectOf(actor), {
    action: "summary.tables_exported",
    recordType: "Township",
    recordId: actor.townshipId,
    after: { year: q.year, period },
  });
  const name = period === "half" ? `${q.year}年上半年` : `${q.year}年`;
  return { buffer, filename: `${township}${name}人大工作统计表.xlsx`, summary };
}
