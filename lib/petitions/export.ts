// The petition register (信访件登记表) as an .xlsx ready to print on A4 (lib/xlsx/official.ts): the
// filtered list, one row per petition. The petitioners' phone, ID number and address are masked
// unless the office explicitly asks for them (`personal=1`, petition.export_personal); every export is
// logged, and one with the personal data in full says so in its audit row.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { scopedDb } from "@/lib/db/township-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDay } from "@/lib/time/day";
import { townshipName } from "@/lib/text/township";
import { addOfficialSheet, newWorkbook, workbookBuffer } from "@/lib/xlsx/official";
import { PETITION_CATEGORY_LABELS, PETITION_CHANNEL_LABELS, PETITION_STATE_LABELS } from "@/lib/petitions/labels";
import { petitionListWhere } from "@/lib/petitions/list";
import type { PersonalView } from "@/lib/petitions/policy";
import { presentPetitioner } from "@/lib/petitions/privacy";
import type { PetitionExportQuery } from "@/lib/petitions/schema";

/** More rows than a township receives in years; the note says when the list was cut. */
export const EXPORT_MAX_ROWS = 5000;

const exportSelect = {
  id: true,
  number: true,
  receivedOn: true,
  channel: true,
  category: true,
  subject: true,
  state: true,
  collective: true,
  visitorCount: true,
  petitioners: {
    select: { id: true, name: true, phone: true, idNumber: true, address: true, representative: true },
    orderBy: { position: "asc" },
  },
  assignments: { where: { active: true }, select: { unit: { select: { name: true } } } },
} satisfies Prisma.PetitionSelect;
export type ExportRow = Prisma.PetitionGetPayload<{ select: typeof exportSelect }>;

const joined = (values: (string | null)[]) => values.map((v) => v ?? "").join("\n");

/** The workbook: pure, from the rows read for it. */
export function petitionRegisterXlsx(
  title: string,
  rows: readonly ExportRow[],
  view: PersonalView,
  cut: boolean,
): Promise<Buffer> {
  const wb = newWorkbook();
  const note = [
    view === "FULL"
      ? "本表含信访人完整个人信息，仅供人大办工作使用，导出已记录。"
      : "信访人的电话、身份证号和住址已隐去部分内容。",
    cut ? `仅列出前 ${EXPORT_MAX_ROWS} 件，请按年度或条件筛选后分别导出。` : "",
  ].join("");
  const sheet = addOfficialSheet(wb, "信访件", {
    title,
    note,
    columns: [
      { header: "编号", key: "number", width: 13 },
      { header: "收到日期", key: "received", width: 11, type: "date" },
      { header: "渠道", key: "channel", width: 8, wrap: true },
      { header: "类别", key: "category", width: 8, wrap: true },
      { header: "标题", key: "subject", width: 22, wrap: true },
      { header: "信访人", key: "names", width: 9, wrap: true },
      { header: "联系电话", key: "phones", width: 13, wrap: true, type: "text" },
      { header: "身份证号", key: "ids", width: 20, wrap: true, type: "text" },
      { header: "住址", key: "addresses", width: 16, wrap: true },
      { header: "承办单位", key: "units", width: 10, wrap: true },
      { header: "状态", key: "state", width: 7 },
    ],
  });
  for (const r of rows) {
    const people = r.petitioners.map((p) => presentPetitioner(p, view));
    sheet.addRow({
      number: r.number ?? "",
      received: formatDay(r.receivedOn),
      channel: PETITION_CHANNEL_LABELS[r.channel],
      category: PETITION_CATEGORY_LABELS[r.category],
      subject: r.collective && r.visitorCount ? `${r.subject}（多人走访 ${r.visitorCount} 人）` : r.subject,
      names: joined(people.map((p) => p.name)),
      phones: joined(people.map((p) => p.phone)),
      ids: joined(people.map((p) => p.idNumber)),
      addresses: joined(people.map((p) => p.address)),
      units: r.assignments.map((a) => a.unit.name).join("、"),
      state: PETITION_STATE_LABELS[r.state],
    });
  }
  return workbookBuffer(wb);
}

/** GET /api/v1/petitions/export: the filtered register; `personal=1` (the office only) unmasked. */
export async function exportPetitions(actor: Actor, q: PetitionExportQuery) {
  assertCan(actor, "petition.export");
  const personal = q.personal === "1";
  if (personal) assertCan(actor, "petition.export_personal");
  const view: PersonalView = personal ? "FULL" : "MASKED";
  const sdb = scopedDb(actor.townshipId);
  const [township, rows] = await Promise.all([
    townshipName(actor),
    sdb.petition.findMany({
      where: petitionListWhere(actor, q),
      select: exportSelect,
      orderBy: [{ receivedOn: "asc" }, { number: "asc" }, { id: "asc" }],
      take: EXPORT_MAX_ROWS + 1,
    }),
  ]);
  const cut = rows.length > EXPORT_MAX_ROWS;
  const kept = rows.slice(0, EXPORT_MAX_ROWS);
  const title = `${township}${q.year ? `${q.year}年` : ""}信访件登记表`;
  const buffer = await petitionRegisterXlsx(title, kept, view, cut);
  const filters = Object.fromEntries(Object.entries(q).filter(([k]) => k !== "personal"));
  await recordAudit(sdb, subjectOf(actor), {
    action: "petition.exported",
    recordType: "Petition",
    after: { filters, rows: kept.length, personalData: personal ? "完整" : "已隐去" },
  });
  return { buffer, filename: `${title}.xlsx` };
}
