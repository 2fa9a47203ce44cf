// The year's petition table (年度信访工作统计表) as an .xlsx ready to print on A4 (lib/xlsx/official.ts): one row
// for all cases, then by channel, category and lead unit; a second sheet lists the county's cases with their
// report back. No personal data: the figures carry none.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { townshipName } from "@/lib/text/township";
import { addOfficialSheet, newWorkbook, workbookBuffer } from "@/lib/xlsx/official";
import { PETITION_STATE_LABELS } from "@/lib/petitions/labels";
import { petitionYearFigures, type PetitionYearFigures } from "@/lib/petitions/figures";
import type { ClockTally, PetitionTally } from "@/lib/petitions/figures-rules";

export const petitionTableTitle = (township: string, year: number) => `${township}${year}年度信访工作统计表`;

const rateText = (t: ClockTally) => (t.rate == null ? "—" : `${t.rate}%`);

function tallyCells(t: PetitionTally) {
  return {
    received: t.received,
    accepted: t.accepted,
    forwarded: t.forwarded,
    redirected: t.redirected,
    closed: t.closed,
    resolved: t.resolved,
    notice: `${t.notice.onTime}/${t.notice.onTime + t.notice.late + t.notice.overdue}`,
    noticeRate: rateText(t.notice),
    handling: `${t.handling.onTime}/${t.handling.onTime + t.handling.late + t.handling.overdue}`,
    handlingRate: rateText(t.handling),
  };
}

function figuresSheet(wb: ReturnType<typeof newWorkbook>, title: string, f: PetitionYearFigures) {
  const sheet = addOfficialSheet(wb, "信访统计", {
    title,
    note: [f.rules.received, f.rules.notice, f.rules.handling, f.rules.resolved, f.rules.unit].join(""),
    columns: [
      { header: "分类", key: "group", width: 10 },
      { header: "项目", key: "label", width: 16, wrap: true },
      { header: "收到", key: "received", width: 7 },
      { header: "受理", key: "accepted", width: 7 },
      { header: "转送交办", key: "forwarded", width: 9 },
      { header: "告知另行提出", key: "redirected", width: 9, wrap: true },
      { header: "办结", key: "closed", width: 7 },
      { header: "解决", key: "resolved", width: 7 },
      { header: "按时告知/应告知", key: "notice", width: 11, wrap: true },
      { header: "告知率", key: "noticeRate", width: 8 },
      { header: "按期办结/应办结", key: "handling", width: 11, wrap: true },
      { header: "按期办结率", key: "handlingRate", width: 9, wrap: true },
    ],
  });
  sheet.addRow({ group: "合计", label: "全部信访件", ...tallyCells(f.total) });
  const groups = [
    ["按来源", f.byChannel],
    ["按类别", f.byCategory],
    ["按承办单位", f.byUnit],
  ] as const;
  for (const [group, list] of groups)
    for (const g of list) sheet.addRow({ group, label: g.label, ...tallyCells(g.tally) });
}

function countySheet(wb: ReturnType<typeof newWorkbook>, township: string, f: PetitionYearFigures) {
  const sheet = addOfficialSheet(wb, "上级人大转办", {
    title: `${township}${f.year}年度上级人大转办信访件办理情况`,
    note: `共${f.county.tally.received}件，办结${f.county.tally.closed}件，已向上级人大报告${f.county.reported}件。`,
    columns: [
      { header: "序号", key: "n", width: 6 },
      { header: "来文文号", key: "docNo", width: 16, wrap: true },
      { header: "来文日期", key: "docDate", width: 12, type: "date" },
      { header: "收到日期", key: "received", width: 12, type: "date" },
      { header: "事由", key: "subject", width: 28, wrap: true },
      { header: "状态", key: "state", width: 9 },
      { header: "报告日期", key: "reportedOn", width: 12, type: "date" },
      { header: "报告文号", key: "reportNumber", width: 16, wrap: true },
      { header: "办结日期", key: "closedOn", width: 12, type: "date" },
    ],
  });
  f.county.cases.forEach((c, i) =>
    sheet.addRow({
      n: i + 1,
      docNo: c.sourceDocNo ?? "",
      docDate: c.sourceDocDate ?? "",
      received: c.receivedOn,
      subject: c.subject,
      state: PETITION_STATE_LABELS[c.state],
      reportedOn: c.reportedOn ?? "",
      reportNumber: c.reportNumber ?? "",
      closedOn: c.closedOn ?? "",
    }),
  );
}

/** The workbook of the year's table: pure, from the figures. */
export function petitionTableXlsx(township: string, figures: PetitionYearFigures): Promise<Buffer> {
  const wb = newWorkbook();
  figuresSheet(wb, petitionTableTitle(township, figures.year), figures);
  countySheet(wb, township, figures);
  return workbookBuffer(wb);
}

/** The actor's township's table for a year, its download audited. */
export async function petitionYearTable(actor: Actor, year: number) {
  const [township, figures] = await Promise.all([townshipName(actor), petitionYearFigures(db, actor.townshipId, year)]);
  const buffer = await petitionTableXlsx(township, figures);
  await recordAudit(db, subjectOf(actor), {
    action: "petition.table_exported",
    recordType: "Petition",
    after: { year },
  });
  return { buffer, filename: `${petitionTableTitle(township, year)}.xlsx` };
}
