import { SUPERVISION_KIND_LABELS, SUPERVISION_STATE_LABELS } from "@/lib/supervision/labels";
import type { ActivityListQuery } from "@/lib/supervision/schema";
import { inputClass } from "@/components/ui/form-field";
import { LabelOptions } from "@/components/ui/label-options";

/** The list's filters (GET form): kind, state, year, keyword; a summary link's `counted` is kept and shown. */
export function ActivityFilters({ query }: { query: ActivityListQuery }) {
  return (
    <form method="get" className="no-print mb-3 flex flex-wrap items-end gap-2" aria-label="筛选监督活动">
      <label className="flex flex-col text-sm">
        类型
        <select name="kind" defaultValue={query.kind ?? ""} className={`${inputClass} w-44`}>
          <option value="">全部</option>
          <LabelOptions labels={SUPERVISION_KIND_LABELS} />
        </select>
      </label>
      <label className="flex flex-col text-sm">
        状态
        <select name="state" defaultValue={query.state ?? ""} className={`${inputClass} w-36`}>
          <option value="">全部</option>
          <LabelOptions labels={SUPERVISION_STATE_LABELS} />
        </select>
      </label>
      <label className="flex flex-col text-sm">
        年份
        <input
          name="year"
          type="number"
          inputMode="numeric"
          defaultValue={query.year}
          className={`${inputClass} w-28`}
        />
      </label>
      <label className="flex flex-col text-sm">
        关键词
        <input name="q" defaultValue={query.q} className={`${inputClass} w-40`} />
      </label>
      {query.counted && (
        <span className="flex min-h-10 items-center text-sm" data-filter="counted">
          <input type="hidden" name="counted" value={query.counted} />
          计入年度统计的活动（不含草拟的计划）
        </span>
      )}
      <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
        筛选
      </button>
    </form>
  );
}
