import { inputClass } from "@/components/ui/form-field";

/**
 * The year of a page by year: a plain GET form, so the page stays a server component. `year`: the year shown, or none
 * (a page that lists every year until one is asked for, as /work-plans). `action`: another page that takes `?year=`
 * (the annual summary's /summary, which opens /summary/{year}).
 */
export function YearPicker({ year, action }: { year?: number; action?: string }) {
  return (
    <form method="get" action={action} className="no-print mb-3 flex items-end gap-2" aria-label="选择年度">
      <label className="flex flex-col text-sm">
        年度
        <input type="number" name="year" defaultValue={year} min={2000} max={2100} className={`${inputClass} w-28`} />
      </label>
      <button type="submit" className="min-h-10 rounded border border-stone-300 bg-white px-3 text-sm">
        查看
      </button>
    </form>
  );
}

/** The download of a year's table, in the page header's actions. */
export function TableDownload({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a href={href} className="rounded border border-stone-300 bg-white px-3 py-2 text-sm text-blue-800">
      {children}
    </a>
  );
}
