import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { publicationPageView } from "@/lib/deputy-record/views";
import type { PublicRow } from "@/lib/deputy-record/publication";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { PrintButton } from "@/components/sessions/print/print-button";
import { YearPicker } from "@/components/ui/year-picker";
import { PublishButton, WithdrawForm } from "@/components/deputy-record/publication-actions";

export const metadata: Metadata = { title: "代表履职公示" };

const COLUMNS = [
  { header: "序号", cell: (r: PublicRow) => r.no },
  { header: "姓名", cell: (r: PublicRow) => r.name },
  { header: "代表小组", cell: (r: PublicRow) => r.group ?? "未分组" },
  { header: "选区", cell: (r: PublicRow) => r.constituency },
  { header: "出席会议", cell: (r: PublicRow) => `${r.sessions.attended}/${r.sessions.total}` },
  { header: "请假", cell: (r: PublicRow) => r.sessions.leave },
  { header: "缺席", cell: (r: PublicRow) => r.sessions.absent },
  { header: "提出建议（领衔）", cell: (r: PublicRow) => `${r.suggestions.total}（${r.suggestions.led}）` },
  { header: "参加监督活动", cell: (r: PublicRow) => r.supervision.activities },
  { header: "参加民主测评", cell: (r: PublicRow) => r.supervision.polls },
  { header: "参加培训（天）", cell: (r: PublicRow) => `${r.training.attended}（${r.training.days}）` },
  { header: "小组活动", cell: (r: PublicRow) => r.groupActivities.attended },
  { header: "接待选民日", cell: (r: PublicRow) => r.reception.served },
  { header: "履职登记", cell: (r: PublicRow) => r.duties.verified },
  { header: "“六个一”达标", cell: (r: PublicRow) => `${r.sixOne.met}/${r.sixOne.of}` },
];

/** 履职公示 (代表法 第五十八条第二款): each sitting deputy's figures of a year, without personal data; printable. */
export default async function DutyRecordsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("deputy_record.public_view");
  const v = await publicationPageView(actor, await searchParams);
  return (
    <>
      <PageHeader
        title={`${v.year}年度代表履职情况公示`}
        description="依据代表法第五十八条第二款公示代表履职信息；只列姓名、代表小组、选区和履职数字，不含个人信息"
        actions={v.rows ? <PrintButton /> : undefined}
      />
      <YearPicker year={v.year} />
      {v.published && v.publishedAt && (
        <p className="mb-3 text-sm text-stone-700">公示时间：{v.publishedAt.slice(0, 10)}</p>
      )}
      {v.preview && (
        <div className="no-print mb-3 flex flex-col gap-2">
          <Alert tone="info">
            {v.withdrawnAt ? "该年度的公示已撤回。" : "该年度尚未公示。"}以下为预览，仅人大办可见。
          </Alert>
          <PublishButton year={v.year} />
        </div>
      )}
      {!v.rows && <Alert tone="info">{v.year}年度的代表履职情况尚未公示。</Alert>}
      {v.rows && (
        <DataTable
          rows={v.rows}
          rowKey={(r) => String(r.no)}
          caption="代表履职情况"
          columns={COLUMNS}
          empty="没有在任代表"
        />
      )}
      {v.rows && (
        <p className="mt-2 text-xs text-stone-600">
          说明：参加培训为出席次数，括号内为出席天数；履职登记只计人大办已核实的登记；接待选民日按到岗值班次数计；“六个一”为达到本镇目标的项数。
        </p>
      )}
      {v.published && v.mayPublish && <WithdrawForm year={v.year} />}
    </>
  );
}
