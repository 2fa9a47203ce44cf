import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/policy";
import { presidiumOverview } from "@/lib/roster/presidium";
import { rosterOptions } from "@/lib/roster/options";
import { ROLE_LABELS } from "@/lib/auth/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { PresidiumLinksForm } from "@/components/roster/presidium-links-form";

export const metadata: Metadata = { title: "联系代表" };

export default async function PresidiumLinksPage() {
  const actor = await requirePageActor("presidium_link.list");
  const manage = can(actor, "presidium_link.manage");
  const [overview, options] = await Promise.all([presidiumOverview(actor), manage ? rosterOptions(actor) : null]);
  return (
    <>
      <PageHeader
        title="主席团成员联系代表"
        description={`每名主席团成员联系 ${overview.min}–${overview.max} 名代表`}
      />
      {overview.unlinked.length > 0 && (
        <div className="mb-4">
          <Alert tone="warning">
            尚无主席团成员联系的代表（{overview.unlinked.length} 名）：{overview.unlinked.map((d) => d.name).join("、")}
          </Alert>
        </div>
      )}
      <ul className="grid gap-4 lg:grid-cols-2">
        {overview.members.map((m) => (
          <li key={m.id} className="rounded border border-stone-200 bg-white p-4">
            <h2 className="text-lg font-semibold">
              {m.displayName} <span className="text-sm font-normal text-stone-600">{ROLE_LABELS[m.role]}</span>
            </h2>
            <p className="mt-1 text-sm">
              联系 {m.deputies.length} 名代表
              {m.warning && (
                <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">
                  {m.warning === "TOO_FEW" ? `少于 ${overview.min} 名` : `多于 ${overview.max} 名`}
                </span>
              )}
            </p>
            <p className="mt-1 text-sm">
              {m.deputies.map((d, i) => (
                <span key={d.id}>
                  {i > 0 && "、"}
                  <Link href={`/deputies/${d.id}`} className="text-blue-800 underline">
                    {d.name}
                  </Link>
                </span>
              ))}
            </p>
            {manage && options && (
              <details className="no-print mt-2">
                <summary className="cursor-pointer text-sm text-blue-800">调整联系代表</summary>
                <div className="mt-2">
                  <PresidiumLinksForm
                    memberId={m.id}
                    memberName={m.displayName}
                    linked={m.deputies.map((d) => d.id)}
                    deputies={options.deputies}
                  />
                </div>
              </details>
            )}
          </li>
        ))}
      </ul>
      {overview.members.length === 0 && (
        <p className="text-stone-600">还没有主席团成员账号（在“账号管理”中新建角色为主席团成员的账号）。</p>
      )}
    </>
  );
}
