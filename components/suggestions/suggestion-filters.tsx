import { inputClass } from "@/components/ui/form-field";
import { REPLY_CLASS_LABELS, SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";
import type { SuggestionListQuery } from "@/lib/suggestions/schema";
import type { Option } from "@/components/suggestions/types";

/** A plain GET form: filtering happens on the server, and the URL can be bookmarked or shared. */
export function SuggestionFilters({
  query,
  categories,
  units,
}: {
  query: SuggestionListQuery;
  categories: Option[];
  units: Option[];
}) {
  const select = (name: string, label: string, value: string | undefined, options: [string, string][]) => (
    <label className="flex flex-col text-sm">
      {label}
      <select name={name} defaultValue={value ?? ""} className={`${inputClass} sm:w-36`}>
        <option value="">全部</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  const check = (name: string, value: string, label: string, current: string | undefined) => (
    <label className="flex min-h-10 items-center gap-2 text-sm">
      <input type="checkbox" name={name} value={value} defaultChecked={current === value} className="size-5" />
      {label}
    </label>
  );
  return (
    <form
      method="get"
      aria-label="筛选建议"
      className="no-print mb-3 grid grid-cols-2 items-end gap-2 sm:flex sm:flex-wrap"
    >
      <label className="col-span-2 flex flex-col text-sm">
        关键词
        <input name="q" defaultValue={query.q} placeholder="标题、内容或编号" className={`${inputClass} sm:w-48`} />
      </label>
      <label className="flex flex-col text-sm">
        年份
        <input
          name="year"
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          defaultValue={query.year}
          className={`${inputClass} sm:w-28`}
        />
      </label>
      {select(
        "categoryId",
        "类别",
        query.categoryId,
        categories.map((c) => [c.id, c.name]),
      )}
      {select(
        "unitId",
        "承办单位",
        query.unitId,
        units.map((u) => [u.id, u.name]),
      )}
      {select("state", "状态", query.state, Object.entries(SUGGESTION_STATE_LABELS))}
      {select("replyClass", "答复类别", query.replyClass, Object.entries(REPLY_CLASS_LABELS))}
      <FigureFilters query={query} units={units} />
      {check("overdue", "true", "只看逾期", query.overdue)}
      {check("unsigned", "true", "只看待签发", query.unsigned)}
      {check("coInput", "owed", "只看协办意见待交", query.coInput)}
      <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
        筛选
      </button>
    </form>
  );
}

/** Kept from a dashboard link (not in the form's fields): the figures' selection and the lead unit (主办). */
function FigureFilters({ query, units }: { query: SuggestionListQuery; units: Option[] }) {
  return (
    <>
      {query.counted && (
        <span className="flex min-h-10 items-center text-sm" data-filter="counted">
          <input type="hidden" name="counted" value={query.counted} />
          计入年度统计的建议
        </span>
      )}
      {query.leadUnitId && (
        <span className="flex min-h-10 items-center text-sm" data-filter="lead-unit">
          <input type="hidden" name="leadUnitId" value={query.leadUnitId} />
          主办单位：{units.find((u) => u.id === query.leadUnitId)?.name ?? "（未知单位）"}
        </span>
      )}
    </>
  );
}
