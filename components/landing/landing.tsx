import Link from "next/link";
import type { Landing } from "@/lib/landing/service";
import { auditActionLabel } from "@/lib/audit/actions";
import { LEVEL_LABELS } from "@/lib/roster/labels";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";
import { formatDate, formatDateTime } from "@/lib/time/format";
import { NoticeList } from "@/components/notifications/notice-list";
import { ReminderCounts } from "@/components/suggestions/reminder-counts";

type Of<K extends Landing["kind"]> = Extract<Landing, { kind: K }>;

function Stat({ label, value, href }: { label: string; value: React.ReactNode; href?: string }) {
  const body = (
    <>
      <div className="text-sm text-stone-600">{label}</div>
      <div className="mt-1 text-2xl font-semibold text-stone-900">{value}</div>
    </>
  );
  return href ? (
    <Link href={href} className="block rounded border border-stone-200 bg-white p-4 hover:border-brand-700">
      {body}
    </Link>
  ) : (
    <div className="rounded border border-stone-200 bg-white p-4">{body}</div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-6" aria-label={title}>
      <h2 className="mb-2 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function TermStats({ data }: { data: Of<"OFFICE" | "CHAIR" | "PRESIDIUM"> }) {
  return (
    <>
      <ReminderCounts counts={data.reminders} title="代表建议催办" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="本届" value={data.term ? `第${data.term.number}届` : "未设置"} />
        <Stat label="在任代表" value={`${data.sitting} 名`} />
        <Stat label="代表小组" value={`${data.groups.length} 个`} />
        <Stat label="承办单位" value={`${data.units} 个`} href="/units" />
      </div>
      {data.term && (
        <p className="mt-2 text-sm text-stone-600">
          任期 {formatDate(data.term.startDate)} 至 {formatDate(data.term.endDate)}
        </p>
      )}
      <Section title="代表小组">
        <ul className="grid gap-2 sm:grid-cols-2">
          {data.groups.map((g) => (
            <li key={g.id} className="flex justify-between rounded border border-stone-200 bg-white px-3 py-2">
              <span>{g.name}</span>
              <span className="text-stone-600">{g.members} 名代表</span>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

export function LandingView({ data, displayName }: { data: Landing; displayName: string }) {
  switch (data.kind) {
    case "OFFICE":
      return <OfficeLanding data={data} />;
    case "CHAIR":
    case "PRESIDIUM":
      return <PresidiumLanding data={data} />;
    case "DEPUTY":
      return <DeputyLanding data={data} />;
    case "UNIT":
      return <UnitLanding data={data} displayName={displayName} />;
  }
}

/** The office: the term's figures, the latest audited actions, the accounts in use. */
function OfficeLanding({ data }: { data: Of<"OFFICE"> }) {
  return (
    <>
      <TermStats data={data} />
      <Section title="最近操作">
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm">
          {data.recent.map((r) => (
            <li key={r.id} className="flex flex-wrap justify-between gap-2 px-3 py-2">
              <span>
                {r.username ?? "系统"} · {auditActionLabel(r.action)}
              </span>
              <time className="text-stone-600">{formatDateTime(r.createdAt)}</time>
            </li>
          ))}
        </ul>
        <Link href="/audit" className="mt-2 inline-block text-sm text-blue-800 underline">
          查看全部审计日志
        </Link>
      </Section>
      <p className="mt-4 text-sm text-stone-600">
        在用账号 {data.accounts} 个，
        <Link href="/users" className="text-blue-800 underline">
          管理账号
        </Link>
      </p>
    </>
  );
}

/** The chair and the presidium: the term's figures and the way to the suggestion figures. */
function PresidiumLanding({ data }: { data: Of<"CHAIR" | "PRESIDIUM"> }) {
  return (
    <>
      <TermStats data={data} />
      <Section title="代表建议">
        <p className="text-sm">
          <Link href="/suggestions/figures" className="text-blue-800 underline">
            建议办理统计
          </Link>
          <span className="text-stone-600">：按年度、会议和承办单位查看答复、按时答复率和满意率，下载办理情况报告</span>
        </p>
      </Section>
    </>
  );
}

/** A deputy: their notices and their own record. */
function DeputyLanding({ data }: { data: Of<"DEPUTY"> }) {
  if (!data.deputy) return <p>您的账号尚未关联代表信息，请联系人大办。</p>;
  return (
    <>
      <NoticeList data={data.notifications} />
      <section aria-label="我的代表信息" className="rounded border border-stone-200 bg-white p-4">
        <h2 className="text-lg font-semibold">{data.deputy.name} 代表</h2>
        <dl className="mt-3 grid grid-cols-[6rem_1fr] gap-y-2 text-sm">
          <dt className="text-stone-600">届次</dt>
          <dd>第{data.deputy.term.number}届</dd>
          <dt className="text-stone-600">选区</dt>
          <dd>{data.deputy.constituency}</dd>
          <dt className="text-stone-600">代表小组</dt>
          <dd>{data.deputy.group?.name ?? "未分组"}</dd>
          <dt className="text-stone-600">代表层级</dt>
          <dd>{data.deputy.levels.map((l) => `${LEVEL_LABELS[l] ?? l}人大代表`).join("、")}</dd>
          <dt className="text-stone-600">工作单位</dt>
          <dd>{data.deputy.workUnit ?? data.deputy.occupation}</dd>
          <dt className="text-stone-600">联系电话</dt>
          <dd>{data.deputy.phone ?? "未填写"}</dd>
        </dl>
        <Link href={`/deputies/${data.deputy.id}`} className="mt-3 inline-block text-sm text-blue-800 underline">
          查看我的代表档案、修改联系方式
        </Link>
      </section>
    </>
  );
}

/** A handling unit: its reminders, its notices and its own record. */
function UnitLanding({ data, displayName }: { data: Of<"UNIT">; displayName: string }) {
  if (!data.unit) return <p>{displayName}，您的账号尚未关联承办单位，请联系人大办。</p>;
  return (
    <>
      <ReminderCounts counts={data.reminders} title="本单位建议催办" />
      <NoticeList data={data.notifications} />
      <section aria-label="本单位信息" className="rounded border border-stone-200 bg-white p-4">
        <h2 className="text-lg font-semibold">{data.unit.name}</h2>
        <dl className="mt-3 grid grid-cols-[6rem_1fr] gap-y-2 text-sm">
          <dt className="text-stone-600">单位类别</dt>
          <dd>{UNIT_KIND_LABELS[data.unit.kind]}</dd>
          <dt className="text-stone-600">联系人</dt>
          <dd>{data.unit.contactName ?? "未填写"}</dd>
          <dt className="text-stone-600">联系电话</dt>
          <dd>{data.unit.contactPhone ?? "未填写"}</dd>
        </dl>
        <Link href="/suggestions" className="mt-3 inline-block text-sm text-blue-800 underline">
          查看交办给本单位的代表建议
        </Link>
      </section>
    </>
  );
}
