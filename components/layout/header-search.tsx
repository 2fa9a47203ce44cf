/**
 * The header's search box: a plain GET form to /search, so it works without JavaScript and on a
 * phone (on a narrow screen it takes a row of its own under the title).
 */
export function HeaderSearch() {
  return (
    <form
      role="search"
      action="/search"
      method="get"
      aria-label="全站搜索"
      className="order-last flex w-full gap-1 sm:order-none sm:w-auto"
    >
      <label htmlFor="header-search" className="sr-only">
        搜索代表、建议或承办单位
      </label>
      <input
        id="header-search"
        type="search"
        name="q"
        maxLength={50}
        placeholder="代表姓名、建议编号或标题、单位"
        className="min-h-10 min-w-0 flex-1 rounded border border-white/40 bg-white px-2 text-sm text-stone-900 placeholder:text-stone-500 sm:w-64"
      />
      <button
        type="submit"
        className="min-h-10 shrink-0 rounded border border-white/60 px-3 text-sm font-medium text-white hover:bg-brand-700"
      >
        搜索
      </button>
    </form>
  );
}
