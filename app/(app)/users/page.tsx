import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { usersView } from "@/lib/users/views";
import { ROLE_LABELS } from "@/lib/auth/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/form-field";
import { UserCreateForm } from "@/components/users/user-create-form";
import { UserRowActions } from "@/components/users/user-row-actions";

export const metadata: Metadata = { title: "账号管理" };
type Search = Promise<Record<string, string | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: Search }) {
  const actor = await requirePageActor("user.list");
  const sp = await searchParams;
  const { query, list, options } = await usersView(actor, sp);
  return (
    <>
      <PageHeader
        title="账号管理"
        description="为人大办、主席、主席团成员、代表和承办单位开设账号；停用或重置密码后对方立即下线。"
      />
      <details className="no-print mb-4">
        <summary className="cursor-pointer text-sm font-medium text-blue-800">新建账号</summary>
        <div className="mt-2">
          <UserCreateForm deputies={options.deputies} units={options.units} />
        </div>
      </details>
      <form method="get" className="no-print mb-3 flex flex-wrap items-end gap-2" aria-label="筛选账号">
        <label className="flex flex-col text-sm">
          搜索
          <input name="q" defaultValue={query.q} className={`${inputClass} w-48`} />
        </label>
        <label className="flex flex-col text-sm">
          角色
          <select name="role" defaultValue={query.role ?? ""} className={`${inputClass} w-44`}>
            <option value="">全部</option>
            {Object.entries(ROLE_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
          筛选
        </button>
      </form>
      <DataTable
        caption="账号列表"
        rows={list.items}
        rowKey={(u) => u.id}
        columns={[
          {
            header: "用户名",
            cell: (u) => (
              <Link href={`/users/${u.id}`} className="text-blue-800 underline">
                {u.username}
              </Link>
            ),
          },
          { header: "姓名", cell: (u) => u.displayName },
          { header: "角色", cell: (u) => ROLE_LABELS[u.role] },
          { header: "关联", cell: (u) => u.deputy?.name ?? u.unit?.name ?? "—" },
          { header: "状态", cell: (u) => (u.active ? "在用" : <span className="text-red-800">已停用</span>) },
          {
            header: "操作",
            cell: (u) => (
              <UserRowActions
                id={u.id}
                username={u.username}
                active={u.active}
                version={u.version}
                isSelf={u.id === actor.userId}
              />
            ),
          },
        ]}
      />
      <Pagination basePath="/users" page={list.page} pageSize={list.pageSize} total={list.total} searchParams={sp} />
    </>
  );
}
