import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/policy";
import { parseSearchParams } from "@/lib/http/validation";
import { UnitListQuery } from "@/lib/units/schema";
import { listUnits } from "@/lib/units/service";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { PageHeader } from "@/components/ui/page-header";
import { PhoneLink } from "@/components/ui/phone-link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/form-field";
import { UnitCreateForm } from "@/components/units/unit-create-form";
import { UnitActiveToggle } from "@/components/units/unit-active-toggle";
import type { HandlingUnit } from "@/lib/generated/prisma/client";

export const metadata: Metadata = { title: "承办单位" };

export default async function UnitsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("unit.list");
  const sp = await searchParams;
  const query = parseSearchParams(UnitListQuery, sp);
  const list = await listUnits(actor, query);
  const canEdit = can(actor, "unit.update");
  const columns: Column<HandlingUnit>[] = [
    {
      header: "单位名称",
      cell: (u) => (
        <Link href={`/units/${u.id}`} className="text-blue-800 underline">
          {u.name}
        </Link>
      ),
    },
    { header: "类别", cell: (u) => UNIT_KIND_LABELS[u.kind] },
    { header: "联系人", cell: (u) => u.contactName ?? "—" },
    { header: "联系电话", cell: (u) => <PhoneLink phone={u.contactPhone} empty="—" /> },
    { header: "状态", cell: (u) => (u.active ? "在用" : "已停用") },
  ];
  if (canEdit)
    columns.push({
      header: "操作",
      cell: (u) => <UnitActiveToggle id={u.id} name={u.name} active={u.active} version={u.version} />,
    });
  return (
    <>
      <PageHeader title="承办单位" description="交办代表建议、信访事项的镇直单位和站所" />
      {can(actor, "unit.create") && (
        <details className="no-print mb-4">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">新增承办单位</summary>
          <div className="mt-2">
            <UnitCreateForm />
          </div>
        </details>
      )}
      <form method="get" className="no-print mb-3 flex flex-wrap items-end gap-2" aria-label="筛选承办单位">
        <label className="flex flex-col text-sm">
          单位名称
          <input name="q" defaultValue={query.q} className={`${inputClass} w-48`} />
        </label>
        <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
          筛选
        </button>
      </form>
      <DataTable caption="承办单位列表" rows={list.items} rowKey={(u) => u.id} columns={columns} />
      <Pagination basePath="/units" page={list.page} pageSize={list.pageSize} total={list.total} searchParams={sp} />
    </>
  );
}
