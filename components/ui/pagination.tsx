import Link from "next/link";

/** Previous/next links that keep the current filters in the query string. */
export function Pagination({
  page,
  pageSize,
  total,
  searchParams,
  basePath,
}: {
  page: number;
  pageSize: number;
  total: number;
  searchParams: Record<string, string | undefined>;
  basePath: string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries(searchParams).filter((e): e is [string, string] => !!e[1]));
    q.set("page", String(p));
    return `${basePath}?${q.toString()}`;
  };
  return (
    <nav aria-label="分页" className="no-print mt-3 flex items-center justify-between text-sm text-stone-700">
      <span>
        共 {total} 条，第 {Math.min(page, pages)}/{pages} 页
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className="rounded border border-stone-300 bg-white px-3 py-1" href={href(page - 1)}>
            上一页
          </Link>
        ) : null}
        {page < pages ? (
          <Link className="rounded border border-stone-300 bg-white px-3 py-1" href={href(page + 1)}>
            下一页
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
