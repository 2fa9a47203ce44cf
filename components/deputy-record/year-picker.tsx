import { inputClass } from "@/components/ui/form-field";

/** 年度: a plain GET form (works without script), hidden on paper. */
export function YearPicker({ year, years }: { year: number; years: number[] }) {
  const options = years.includes(year) ? years : [year, ...years];
  return (
    <form method="get" className="no-print mb-3 flex items-end gap-2" aria-label="选择年度">
      <label className="flex flex-col text-sm">
        年度
        <select name="year" defaultValue={year} className={`${inputClass} w-32`}>
          {options.map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="min-h-10 rounded border border-stone-300 bg-white px-3 text-sm">
        查看
      </button>
    </form>
  );
}
