import { inputClass } from "@/components/ui/form-field";
import { SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";
import type { InboxQuery } from "@/lib/suggestions/schema";

/** The states a unit's assignment can be in. */
const INBOX_STATES = ["ASSIGNED", "REHANDLING", "REPLIED", "RATED", "CLOSED"] as const;

/** A plain GET form: the unit's inbox by state. */
export function InboxFilters({ query }: { query: InboxQuery }) {
  return (
    <form method="get" aria-label="筛选收件箱" className="no-print mb-3 flex flex-wrap items-end gap-2">
      <label className="flex flex-col text-sm">
        状态
        <select name="state" defaultValue={query.state ?? ""} className={`${inputClass} w-40`}>
          <option value="">全部</option>
          {INBOX_STATES.map((s) => (
            <option key={s} value={s}>
              {SUGGESTION_STATE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        待办
        <select name="todo" defaultValue={query.todo ?? ""} className={`${inputClass} w-40`}>
          <option value="">全部</option>
          <option value="answer">本单位主办、待答复</option>
        </select>
      </label>
      <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
        筛选
      </button>
    </form>
  );
}
