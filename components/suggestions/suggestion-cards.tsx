import Link from "next/link";
import { formatDate } from "@/lib/time/format";
import { SUGGESTION_KIND_LABELS } from "@/lib/suggestions/labels";
import { StateBadge } from "@/components/suggestions/state-badge";
import { Deadline } from "@/components/suggestions/due-tag";
import type { SuggestionRow } from "@/components/suggestions/types";

/** A deputy's own suggestions as cards: one column on a phone, the whole card a tap target. */
export function SuggestionCards({ rows, empty }: { rows: SuggestionRow[]; empty: string }) {
  if (rows.length === 0)
    return (
      <p className="rounded border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">{empty}</p>
    );
  return (
    <ul className="grid gap-3 sm:grid-cols-2" aria-label="我的建议列表">
      {rows.map((s) => (
        <li key={s.id} className="rounded border border-stone-200 bg-white p-3">
          <div className="flex items-start justify-between gap-2">
            <Link
              href={`/suggestions/${s.id}`}
              className="min-w-0 break-words text-base font-medium text-blue-800 underline"
            >
              {s.title}
            </Link>
            <StateBadge state={s.state} awaitingSignOff={s.awaitingSignOff} />
          </div>
          <dl className="mt-2 grid grid-cols-[4.5rem_1fr] gap-y-1 text-sm">
            <dt className="text-stone-600">编号</dt>
            <dd>
              {s.number ?? "未登记"}（{SUGGESTION_KIND_LABELS[s.kind]}）
            </dd>
            <dt className="text-stone-600">类别</dt>
            <dd>{s.category}</dd>
            <dt className="text-stone-600">提出日期</dt>
            <dd>{formatDate(s.createdAt)}</dd>
            {s.leadUnit && (
              <>
                <dt className="text-stone-600">主办单位</dt>
                <dd>{s.leadUnit.name}</dd>
                <dt className="text-stone-600">答复期限</dt>
                <dd>
                  <Deadline deadline={s.deadline} due={s.due} dueText={s.dueText} />
                </dd>
              </>
            )}
          </dl>
          {s.toRate && (
            <p className="mt-2 rounded bg-blue-50 px-2 py-1 text-sm text-blue-900">承办单位已答复，请查看并评价</p>
          )}
        </li>
      ))}
    </ul>
  );
}
