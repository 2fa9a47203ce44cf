import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { AuditListQuery } from "@/lib/audit/schema";
import { listAudit } from "@/lib/audit/service";
import { AUDIT_ACTION_LABELS, auditActionLabel } from "@/lib/audit/actions";
import { formatDateTime } from "@/lib/time/format";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/form-field";
import { AuditChanges } from "@/components/audit/audit-changes";
import { RECORD_TYPE_LABELS } from "@/lib/audit/changes";

export const metadata: Metadata = { title: "审计日志" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("audit.list");
  const sp = await searchParams;
  const query = parseSearchParams(AuditListQuery, sp);
  const list = await listAudit(actor, query);
  return (
    <>
      <PageHeader
        title="审计日志"
        description="所有登录、修改和越权尝试的记录，只增不改：谁、何时、做了什么、改了哪些内容"
      />
      <form
        method="get"
        className="no-print mb-3 grid grid-cols-2 items-end gap-2 sm:flex sm:flex-wrap"
        aria-label="筛选审计日志"
      >
        <label className="flex flex-col text-sm">
          操作
          <select name="action" defaultValue={query.action ?? ""} className={`${inputClass} sm:w-44`}>
            <option value="">全部</option>
            {Object.entries(AUDIT_ACTION_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          操作人
          <input name="username" defaultValue={query.username} className={`${inputClass} sm:w-36`} />
        </label>
        <label className="flex flex-col text-sm">
          开始日期
          <input type="date" name="from" defaultValue={query.from} className={`${inputClass} sm:w-40`} />
        </label>
        <label className="flex flex-col text-sm">
          结束日期
          <input type="date" name="to" defaultValue={query.to} className={`${inputClass} sm:w-40`} />
        </label>
        <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
          筛选
        </button>
      </form>
      <DataTable
        caption="审计日志"
        rows={list.items}
        rowKey={(r) => r.id}
        columns={[
          { header: "时间", cell: (r) => formatDateTime(r.createdAt) },
          {
            header: "操作人",
            cell: (r) => (r.displayName ? `${r.displayName}（${r.username}）` : (r.username ?? "系统")),
          },
          { header: "操作", cell: (r) => auditActionLabel(r.action) },
          {
            header: "记录",
            cell: (r) =>
              `${RECORD_TYPE_LABELS[r.recordType] ?? r.recordType}${r.recordId ? ` ${r.recordId.slice(0, 8)}` : ""}`,
          },
          { header: "来源 IP", cell: (r) => r.ip ?? "—" },
          { header: "变更", cell: (r) => <AuditChanges before={r.before} after={r.after} /> },
          { header: "原因", cell: (r) => r.reason ?? "—" },
        ]}
      />
      <Pagination basePath="/audit" page={list.page} pageSize={list.pageSize} total={list.total} searchParams={sp} />
    </>
  );
}
