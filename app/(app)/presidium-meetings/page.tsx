import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { PresidiumMeetingQuery } from "@/lib/sessions/meeting-schema";
import type { MeetingDetail } from "@/lib/sessions/meetings";
import { presidiumMeetingsView } from "@/lib/sessions/meeting-views";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { rollSummary } from "@/components/sessions/presidium-roll";
import { PresidiumTermCounts } from "@/components/sessions/presidium-term-counts";

export const metadata: Metadata = { title: "主席团会议" };

const link = "text-blue-800 underline underline-offset-2";

export default async function PresidiumMeetingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("presidium_meeting.list");
  const sp = await searchParams;
  const query = parseSearchParams(PresidiumMeetingQuery, sp);
  const { list, counts, terms, manage } = await presidiumMeetingsView(actor, query);
  return (
    <>
      <PageHeader
        title="主席团会议"
        description="主席团在人代会闭会期间的会议：出席和列席人员、议题、听取的报告和决定事项"
        actions={
          manage && (
            <Link href="/presidium-meetings/new" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">
              登记会议
            </Link>
          )
        }
      />
      <PresidiumTermCounts term={list.term} counts={counts} terms={terms} />
      <DataTable<MeetingDetail>
        caption="主席团会议记录"
        empty="本届还没有主席团会议记录"
        rows={list.items}
        rowKey={(m) => m.id}
        columns={[
          {
            header: "会议",
            cell: (m) => (
              <Link href={`/presidium-meetings/${m.id}`} className={link}>
                第{m.number}次主席团会议
              </Link>
            ),
          },
          { header: "日期", cell: (m) => m.date },
          { header: "出席情况", cell: (m) => rollSummary(m) },
          { header: "列席代表", cell: (m) => (m.invitees.length ? m.invitees.map((d) => d.name).join("、") : "—") },
          { header: "议题", cell: (m) => m.topics.map((t) => t.title).join("；") },
          { header: "听取报告", cell: (m) => `${m.reportsHeard} 项` },
        ]}
      />
      <Pagination
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        searchParams={sp}
        basePath="/presidium-meetings"
      />
    </>
  );
}
