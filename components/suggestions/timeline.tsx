import { formatDateTime } from "@/lib/time/format";
import {
  RATING_LABELS,
  REPLY_CLASS_LABELS,
  SUGGESTION_EVENT_DAY_LABELS,
  SUGGESTION_EVENT_LABELS,
  SUGGESTION_STATE_LABELS,
} from "@/lib/suggestions/labels";
import type { FullSuggestion } from "@/components/suggestions/types";

/** 办理过程: every step, note, delay notice, reply and rating, oldest first. */
export function Timeline({ events }: { events: FullSuggestion["events"] }) {
  if (events.length === 0) return <p className="text-sm text-stone-600">暂无记录</p>;
  return (
    <ol className="flex flex-col gap-0 border-l-2 border-stone-300 pl-4" aria-label="办理过程">
      {events.map((e) => (
        <li key={e.id} className="relative pb-4 last:pb-0">
          <span aria-hidden className="absolute -left-[1.4rem] top-1.5 size-2.5 rounded-full bg-brand-700" />
          <div className="flex flex-wrap items-baseline gap-x-2">
            <span className="font-medium">
              {SUGGESTION_EVENT_LABELS[e.type] ?? e.type}
              {(e.type === "co_input" || e.type === "contact") && e.unit ? `（${e.unit}）` : ""}
            </span>
            {e.late && <strong className="text-sm font-medium text-red-800">逾期</strong>}
            <time className="text-sm text-stone-600" dateTime={new Date(e.at).toISOString()}>
              {formatDateTime(e.at)}
            </time>
            {e.toState && e.toState !== e.fromState && (
              <span className="text-sm text-stone-600">→ {SUGGESTION_STATE_LABELS[e.toState]}</span>
            )}
          </div>
          {e.occurredOn && (
            <p className="text-sm">
              {SUGGESTION_EVENT_DAY_LABELS[e.type] ?? "发生日期"}：{e.occurredOn}
            </p>
          )}
          {e.onBehalf && (
            <p className="text-sm text-amber-900">
              {e.onBehalf.caption}
              {e.onBehalf.of ? `（代${e.onBehalf.of}）` : ""}
            </p>
          )}
          {e.replyClass && <p className="text-sm">答复类别：{REPLY_CLASS_LABELS[e.replyClass]}</p>}
          {e.rating && <p className="text-sm">评价：{RATING_LABELS[e.rating]}</p>}
          {e.date && (
            <p className="text-sm">
              {e.type === "reply" ? "答复期限" : "延期办结日期"}：{e.date}
            </p>
          )}
          {e.note && <p className="mt-1 whitespace-pre-wrap break-words text-sm text-stone-800">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
