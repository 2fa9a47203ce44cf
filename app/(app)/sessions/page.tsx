import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { SessionListQuery } from "@/lib/sessions/schema";
import type { sessionSummary } from "@/lib/sessions/service";
import { sessionsView } from "@/lib/sessions/views";
import { SESSION_KIND_LABELS, SESSION_STATUS_LABELS } from "@/lib/sessions/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/form-field";
import { StatusBadge } from "@/components/sessions/status-badge";
import { SessionCreateForm } from "@/components/sessions/session-create-form";
import { ChecklistTemplateForm } from "@/components/sessions/checklist-template-form";

export const metadata: Metadata = { title: "人代会" };

type Row = ReturnType<typeof sessionSummary>;

export default async function SessionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("session.list");
  const sp = await searchParams;
  const query = parseSearchParams(SessionListQuery, sp);
  const { list, manage, sitting, template } = await sessionsView(actor, query);
  return (
    <>
      <PageHeader title="人代会" description="本镇人民代表大会历次会议：筹备、签到、表决、选举和纪要" />
      {manage && (
        <details className="no-print mb-4 rounded border border-stone-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">筹备新会议</summary>
          <div className="mt-3">
            <SessionCreateForm sitting={sitting} />
          </div>
        </details>
      )}
      {template && (
        <details className="no-print mb-4 rounded border border-stone-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">筹备清单模板</summary>
          <div className="mt-3">
            <ChecklistTemplateForm items={template} />
          </div>
        </details>
      )}
      <form method="get" className="no-print mb-3 flex flex-wrap items-end gap-2" aria-label="筛选会议">
        <label className="flex flex-col text-sm">
          状态
          <select name="status" defaultValue={query.status ?? ""} className={`${inputClass} w-36`}>
            <option value="">全部</option>
            {Object.entries(SESSION_STATUS_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          年份
          <input
            name="year"
            type="number"
            inputMode="numeric"
            defaultValue={query.year}
            className={`${inputClass} w-28`}
          />
        </label>
        <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
          筛选
        </button>
      </form>
      <DataTable<Row>
        caption="人代会列表"
        rows={list.items}
        rowKey={(s) => s.id}
        empty="还没有会议记录"
        columns={[
          {
            header: "会议",
            cell: (s) => (
              <Link href={`/sessions/${s.id}`} className="text-blue-800 underline">
                {s.title}
              </Link>
            ),
          },
          { header: "类型", cell: (s) => SESSION_KIND_LABELS[s.kind] },
          { header: "会期", cell: (s) => (s.startDate === s.endDate ? s.startDate : `${s.startDate} 至 ${s.endDate}`) },
          { header: "会场", cell: (s) => s.venue },
          { header: "状态", cell: (s) => <StatusBadge status={s.status} /> },
        ]}
      />
      <Pagination basePath="/sessions" page={list.page} pageSize={list.pageSize} total={list.total} searchParams={sp} />
    </>
  );
}
