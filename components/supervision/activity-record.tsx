import { Facts } from "@/components/ui/section";
import type { ActivityDetail } from "@/lib/supervision/detail";
import { SUPERVISION_ATTENDANCE_LABELS, SUPERVISION_KIND_LABELS } from "@/lib/supervision/labels";
import { formatSize } from "@/lib/files/types";
import { SUPERVISION_DOCUMENT_KIND_LABELS } from "@/lib/supervision/labels";
import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";
import { StateBadge } from "@/components/supervision/state-badge";

/** The activity's state and, for the office, chair and presidium, its report as a Word draft. */
export function ActivityStatusLine({ a }: { a: ActivityDetail }) {
  return (
    <p className="mb-2 flex flex-wrap items-center gap-4">
      <StateBadge state={a.state} />
      {a.may.report && (
        <a className="no-print text-sm text-blue-800 underline" href={`/api/v1/supervision/${a.id}/report`} download>
          下载活动报告（Word）
        </a>
      )}
    </p>
  );
}

/** The plan (方案) as facts: kind, days, purpose, scope, method, law and places, the party's consent. */
export function PlanFacts({ a }: { a: ActivityDetail }) {
  const rows: [string, React.ReactNode][] = [
    ["类型", `${SUPERVISION_KIND_LABELS[a.kind]}${a.preSession ? "（会前视察）" : ""}`],
    ["日期", a.endDate && a.endDate !== a.startDate ? `${a.startDate} 至 ${a.endDate}` : a.startDate],
  ];
  if (a.lawName) rows.push(["检查的法律", a.lawName]);
  if (a.places) rows.push(["地点", a.places]);
  if (a.purpose) rows.push(["目的", a.purpose]);
  if (a.scope) rows.push(["对象和内容", a.scope]);
  if (a.method) rows.push(["方式", a.method]);
  if (a.partyConsentOn) rows.push(["党委同意", `${a.partyConsentOn}　${a.partyConsentNote ?? ""}`]);
  if (a.concludedOn) rows.push(["结束日期", a.concludedOn]);
  if (a.summary) rows.push(["活动总结", a.summary]);
  return <Facts rows={rows} />;
}

export function TargetList({ a }: { a: ActivityDetail }) {
  if (!a.targets.length) return <p className="text-sm text-stone-600">无</p>;
  return (
    <ol className="list-inside list-decimal text-sm">
      {a.targets.map((t) => (
        <li key={t.id}>{t.name}</li>
      ))}
    </ol>
  );
}

export function ParticipantList({ a }: { a: ActivityDetail }) {
  if (!a.participants.length) return <p className="text-sm text-stone-600">尚未确定参加人员</p>;
  return (
    <ul className="grid gap-1 text-sm sm:grid-cols-3 lg:grid-cols-4">
      {a.participants.map((p) => (
        <li key={p.deputyId}>
          {p.name}
          {p.presidiumMember && <span className="text-stone-600">（主席团）</span>}
          {p.attendance && <span className="text-stone-600"> · {SUPERVISION_ATTENDANCE_LABELS[p.attendance]}</span>}
        </li>
      ))}
    </ul>
  );
}

export function DocumentList({ a }: { a: ActivityDetail }) {
  if (!a.documents.length) return <p className="text-sm text-stone-600">暂无材料</p>;
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {a.documents.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center gap-2">
          <span className="text-stone-600">{SUPERVISION_DOCUMENT_KIND_LABELS[d.kind]}</span>
          <a className="text-blue-800 underline" href={`/api/v1/supervision/${a.id}/documents/${d.id}`}>
            {d.filename}
          </a>
          <span className="text-stone-600">{formatSize(d.size)}</span>
          {a.may.manageDocuments && (
            <ConfirmDeleteButton url={`/api/v1/supervision/${a.id}/documents/${d.id}`} name={d.filename} />
          )}
        </li>
      ))}
    </ul>
  );
}
