import { inputClass } from "@/components/ui/form-field";
import type { SuggestionFigures } from "@/lib/suggestions/figures";

export interface FiguresFilterOptions {
  years: number[];
  sessions: { id: string; name: string }[];
  units: { id: string; name: string }[];
}

/** A plain GET form: the figures are counted on the server, and the URL can be bookmarked. */
export function FiguresFilterForm({
  figures: f,
  options,
}: {
  figures: SuggestionFigures;
  options: FiguresFilterOptions;
}) {
  const select = (name: string, label: string, value: string, all: string | null, items: [string, string][]) => (
    <label className="flex flex-col text-sm">
      {label}
      <select name={name} defaultValue={value} className={`${inputClass} sm:w-56`}>
        {all !== null && <option value="">{all}</option>}
        {items.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      method="get"
      aria-label="筛选统计"
      className="no-print mb-4 grid grid-cols-1 items-end gap-2 sm:flex sm:flex-wrap"
    >
      {select(
        "year",
        "年份",
        String(f.year),
        null,
        options.years.map((y) => [String(y), `${y} 年`]),
      )}
      {select("sessionId", "会议", f.sessionId ?? "", "全部（含闭会期间）", [
        ...options.sessions.map((s): [string, string] => [s.id, s.name]),
        ["recess", "闭会期间"],
      ])}
      {select(
        "unitId",
        "主办单位",
        f.unitId ?? "",
        "全部单位",
        options.units.map((u) => [u.id, u.name]),
      )}
      <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
        统计
      </button>
    </form>
  );
}
