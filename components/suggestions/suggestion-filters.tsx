import Link from "next/link";
import { listHref } from "@/lib/dashboard/links";
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

/** The list's URL with the query less one filter (and its page): a chip's 清除 link. */
const without = (query: SuggestionListQuery, key: keyof SuggestionListQuery) =>
  listHref(
    "/suggestions",
    Object.fromEntries(Object.entries(query).filter(([k]) => k !== key && k !== "page" && k !== "pageSize")) as Record<
      string,
      string | number | undefined
    >,
  );

/** A filter kept from a dashboard link (not in the form's fields), shown as a chip that can be cleared. */
function Chip({
  query,
  name,
  filter,
  label,
  children,
}: {
  query: SuggestionListQuery;
  name: keyof SuggestionListQuery;
  filter: string;
  /** The filter's name, for the 清除 link's accessible name. */
  label: string;
  children: React.ReactNode;
}) {
  return (
    <span
      className="col-span-2 flex min-h-10 items-center justify-between gap-2 rounded border border-blue-800 bg-blue-50 px-2 text-sm sm:justify-start"
      data-filter={filter}
    >
      <input type="hidden" name={name} value={String(query[name])} />
      {children}
      <Link href={without(query, name)} className="shrink-0 whitespace-nowrap text-blue-800 underline">
        清除<span className="sr-only">筛选：{label}</span>
      </Link>
    </span>
  );
}

/**
 * Kept from a dashboard link: the figures' selection, the valuable ones (六个一), the on-time rate's suggestions and
 * the lead unit (主办).
 */
function FigureFilters({ query, units }: { query: SuggestionListQuery; units: Option[] }) {
  return (
    <>
      {query.counted && (
        <Chip query={query} name="counted" filter="counted" label="计入年度统计">
          计入年度统计的建议
        </Chip>
      )}
      {query.valuable && (
        <Chip query={query} name="valuable" filter="valuable" label="有价值的建议">
          有价值的建议（六个一）
        </Chip>
      )}
      {query.onTime && (
        <Chip query={query} name="onTime" filter="on-time" label="按时答复">
          {query.onTime === "true" ? "按时答复的建议" : "计入按时答复率的建议（已答复和逾期未答复）"}
        </Chip>
      )}
      {query.leadUnitId && (
        <Chip query={query} name="leadUnitId" filter="lead-unit" label="主办单位">
          主办单位：{units.find((u) => u.id === query.leadUnitId)?.name ?? "（未知单位）"}
        </Chip>
      )}
    </>
  );
}
