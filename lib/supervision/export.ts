// The year's supervision table (年度监督工作统计表) as an .xlsx ready to print on A4 (lib/xlsx/official.ts):
// one row per activity, then the units evaluated with their rates, the rules stated in the note rows.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { formatDay } from "@/lib/time/day";
import { townshipName } from "@/lib/text/township";
import { addOfficialSheet, newWorkbook, workbookBuffer } from "@/lib/xlsx/official";
import { SUPERVISION_KIND_LABELS, SUPERVISION_STATE_LABELS } from "@/lib/supervision/labels";
import { supervisionYearFigures, type SupervisionYearFigures } from "@/lib/supervision/figures";

async function yearActivities(actor: Actor, year: number) {
  return scopedDb(actor.townshipId).supervisionActivity.findMany({
    where: { year, state: { not: "DRAFT" } },
    orderBy: [{ startDate: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      kind: true,
      title: true,
      state: true,
      startDate: true,
      endDate: true,
      lawName: true,
      places: true,
      participants: { select: { attendance: true } },
      targets: { select: { id: true } },
      opinions: { select: { id: true } },
      tasks: { select: { state: true } },
      _count: { select: { suggestions: true } },
    },
  });
}

function rateCell(f: SupervisionYearFigures, activityId: string): string {
  return f.evaluated
    .filter((e) => e.activityId === activityId && e.round1?.rate != null)
    .map((e) => `${e.name} ${e.round1!.rate}%`)
    .join("；");
}

export async function supervisionYearTable(actor: Actor, year: number) {
  const [township, figures, activities] = await Promise.all([
    townshipName(actor),
    supervisionYearFigures(db, actor.townshipId, year),
    yearActivities(actor, year),
  ]);
  const title = `${township}${year}年度人大监督工作统计表`;
  const wb = newWorkbook();
  const sheet = addOfficialSheet(wb, "监督活动", {
    title,
    note: `${figures.rules.activities}${figures.rules.rate}${figures.rules.onTime}`,
    columns: [
      { header: "序号", key: "n", width: 6 },
      { header: "类别", key: "kind", width: 12 },
      { header: "活动名称", key: "title", width: 30, wrap: true },
      { header: "开始日期", key: "start", width: 12, type: "date" },
      { header: "结束日期", key: "end", width: 12, type: "date" },
      { header: "状态", key: "state", width: 10 },
      { header: "检查的法律、地点", key: "where", width: 24, wrap: true },
      { header: "参加代表（实到/应到）", key: "people", width: 12 },
      { header: "测评结果", key: "rates", width: 26, wrap: true },
      { header: "审议意见", key: "opinions", width: 8 },
      { header: "整改（已验收/任务）", key: "tasks", width: 12 },
      { header: "代表建议", key: "suggestions", width: 8 },
    ],
  });
  activities.forEach((a, i) =>
    sheet.addRow({
      n: i + 1,
      kind: SUPERVISION_KIND_LABELS[a.kind],
      title: a.title,
      start: formatDay(a.startDate),
      end: a.endDate ? formatDay(a.endDate) : "",
      state: SUPERVISION_STATE_LABELS[a.state],
      where: [a.lawName, ...(a.places ?? "").split(/\r?\n/).map((s) => s.trim())].filter(Boolean).join("；"),
      people: `${a.participants.filter((p) => p.attendance === "PRESENT").length}/${a.participants.length}`,
      rates: rateCell(figures, a.id),
      opinions: a.opinions.length,
      tasks: `${a.tasks.filter((t) => t.state === "ACCEPTED").length}/${a.tasks.length}`,
      suggestions: a._count.suggestions,
    }),
  );
  const units = addOfficialSheet(wb, "测评结果", {
    title: `${township}${year}年度民主测评结果`,
    note: figures.rules.rate,
    columns: [
      { header: "活动", key: "activity", width: 26, wrap: true },
      { header: "测评对象", key: "name", width: 16, wrap: true },
      { header: "满意", key: "s", width: 7 },
      { header: "基本满意", key: "b", width: 9 },
      { header: "不满意", key: "u", width: 8 },
      { header: "废票", key: "x", width: 7 },
      { header: "满意率", key: "rate", width: 14 },
      { header: "再测评满意率", key: "rate2", width: 14 },
    ],
  });
  for (const e of figures.evaluated)
    units.addRow({
      activity: e.activity,
      name: e.name,
      s: e.round1?.tally.satisfied ?? "",
      b: e.round1?.tally.basic ?? "",
      u: e.round1?.tally.unsatisfied ?? "",
      x: e.round1?.tally.invalid ?? "",
      rate: e.round1?.figures ?? "—",
      rate2: e.round2?.figures ?? "—",
    });
  const buffer = await workbookBuffer(wb);
  await recordAudit(db, subjectOf(actor), {
    action: "supervision.table_exported",
    recordType: "SupervisionActivity",
    after: { year },
  });
  return { buffer, filename: `${title}.xlsx` };
}
