import { inputClass } from "@/components/ui/form-field";
import type { ReminderQuery } from "@/lib/suggestions/schema";
import type { Option } from "@/components/suggestions/types";

/** A plain GET form: overdue / due soon, and — in the township's view — one lead unit. */
export function ReminderFilters({
  query,
  units,
  soonDays,
}: {
  query: ReminderQuery;
  units: Option[] | null;
  soonDays: number;
}) {
  return (
    <form
      method="get"
      aria-label="筛选催办"
      className="no-print mb-3 grid grid-cols-2 items-end gap-2 sm:flex sm:flex-wrap"
    >
      <label className="flex flex-col text-sm">
        到期情况
        <select name="status" defaultValue={query.status ?? ""} className={`${inputClass} sm:w-40`}>
          <option value="">逾期和即将到期</option>
          <option value="overdue">逾期</option>
          <option value="due_soon">{soonDays} 天内到期</option>
          <option value="due_today">今天到期</option>
        </select>
      </label>
      {units && (
        <label className="flex flex-col text-sm">
          主办单位
          <select name="unitId" defaultValue={query.unitId ?? ""} className={`${inputClass} sm:w-44`}>
            <option value="">全部</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
        筛选
      </button>
    </form>
  );
}
