import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { groupsView } from "@/lib/roster/views";
import { STANDARD_ITEMS, type StandardItem } from "@/lib/roster/rules";
import { GROUP_KIND_LABELS } from "@/lib/roster/labels";
import { PageHeader } from "@/components/ui/page-header";
import { PhoneLink } from "@/components/ui/phone-link";
import { GroupForm } from "@/components/roster/group-form";
import { GroupCheckForm } from "@/components/roster/group-check-form";

export const metadata: Metadata = { title: "代表小组" };

type Group = Awaited<ReturnType<typeof groupsView>>["groups"][number];

/** 组长、联络员、成员, and the last check of the group's standard. */
function GroupFacts({ g }: { g: Group }) {
  return (
    <dl className="mt-2 grid grid-cols-[5rem_1fr] gap-y-1 text-sm">
      <dt className="text-stone-600">组长</dt>
      <dd>
        {g.leader ? (
          <Link className="text-blue-800 underline" href={`/deputies/${g.leader.id}`}>
            {g.leader.name}
          </Link>
        ) : (
          "未指定"
        )}
      </dd>
      <dt className="text-stone-600">联络员</dt>
      <dd>
        {g.liaisonName ?? "—"}
        {g.liaisonPhone && (
          <>
            {" "}
            <PhoneLink phone={g.liaisonPhone} />
          </>
        )}
      </dd>
      <dt className="text-stone-600">成员</dt>
      <dd>
        {g.members.length} 名：{g.members.map((m) => m.name).join("、") || "—"}
      </dd>
      <dt className="text-stone-600">{g.standard}</dt>
      <dd>
        {g.lastCheck ? (
          <span className={g.lastCheck.passed ? "text-green-800" : "text-red-800"}>
            {g.lastCheck.passed ? "达标" : "未达标"}（{g.lastCheck.checkedOn}：
            {g.standardItems
              .map((i) => `${STANDARD_ITEMS[i as StandardItem]}${g.lastCheck!.items.includes(i) ? "✓" : "✗"}`)
              .join(" ")}
            ）
          </span>
        ) : (
          "尚未检查"
        )}
      </dd>
    </dl>
  );
}

export default async function GroupsPage() {
  const actor = await requirePageActor("group.list");
  const { groups, options, manage, today } = await groupsView(actor);
  return (
    <>
      <PageHeader title="代表小组" description="代表小组、中心组、代表之家和联络站；小组“三有”、中心室“五有”达标情况" />
      {manage && options && (
        <details className="no-print mb-4 rounded border border-stone-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">新建代表小组</summary>
          <div className="mt-3">
            <GroupForm deputies={options.deputies} />
          </div>
        </details>
      )}
      <ul className="grid gap-4 lg:grid-cols-2">
        {groups.map((g) => (
          <li key={g.id} className="rounded border border-stone-200 bg-white p-4">
            <h2 className="text-lg font-semibold">{g.name}</h2>
            <p className="text-sm text-stone-600">
              {GROUP_KIND_LABELS[g.kind]}
              {g.venue ? ` · ${g.venue}` : ""}
            </p>
            <GroupFacts g={g} />
            {manage && options && (
              <div className="no-print mt-3 flex flex-col gap-2">
                <details>
                  <summary className="cursor-pointer text-sm text-blue-800">记录{g.standard}检查</summary>
                  <div className="mt-2">
                    <GroupCheckForm
                      groupId={g.id}
                      groupName={g.name}
                      items={g.standardItems as StandardItem[]}
                      today={today}
                    />
                  </div>
                </details>
                <details>
                  <summary className="cursor-pointer text-sm text-blue-800">修改小组信息</summary>
                  <div className="mt-2">
                    <GroupForm deputies={options.deputies} initial={{ ...g, leaderId: g.leader?.id ?? null }} />
                  </div>
                </details>
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
