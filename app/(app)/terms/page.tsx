import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { termsView } from "@/lib/roster/views";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { TermForm } from "@/components/roster/term-form";

export const metadata: Metadata = { title: "届次" };

export default async function TermsPage() {
  const actor = await requirePageActor("term.list");
  const { manage, terms, options } = await termsView(actor);
  return (
    <>
      <PageHeader title="届次" description="每届任期五年；同一时间只有一个本届" />
      <DataTable
        caption="届次列表"
        rows={terms}
        rowKey={(t) => t.id}
        columns={[
          { header: "届次", cell: (t) => `第${t.number}届${t.isCurrent ? "（本届）" : ""}` },
          { header: "任期", cell: (t) => `${t.startDate} 至 ${t.endDate}` },
          { header: "代表人数", cell: (t) => `${t.deputies} 名` },
        ]}
      />
      {manage && options && (
        <details className="no-print mt-4 rounded border border-stone-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">换届：新建届次</summary>
          <div className="mt-3">
            <TermForm nextNumber={(terms[0]?.number ?? 0) + 1} deputies={options.deputies} />
          </div>
        </details>
      )}
    </>
  );
}
