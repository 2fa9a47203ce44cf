import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { searchView } from "@/lib/search/views";
import type { SearchGroup } from "@/lib/search/service";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "搜索" };

const GROUP_TITLES: Record<SearchGroup["kind"], string> = {
  deputies: "代表",
  suggestions: "代表建议",
  units: "承办单位",
};

function Group({ g }: { g: SearchGroup }) {
  const title = GROUP_TITLES[g.kind];
  return (
    <Section id={`search-${g.kind}`} title={`${title}（${g.total}）`}>
      {g.items.length === 0 ? (
        <p className="text-sm text-stone-600">没有找到{title}。</p>
      ) : (
        <ul className="divide-y divide-stone-200 text-sm">
          {g.items.map((h) => (
            <li key={h.id} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
              <Link href={h.href} className="min-w-0 break-words text-blue-800 underline">
                {h.title}
              </Link>
              {h.detail && <span className="text-stone-600">{h.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      {g.total > g.items.length && (
        <Link href={g.more} className="mt-2 inline-block text-sm text-blue-800 underline">
          查看全部 {g.total} 条{title}
        </Link>
      )}
    </Section>
  );
}

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("search.run");
  const { q, groups } = await searchView(actor, await searchParams);
  return (
    <>
      <PageHeader
        title={q ? `搜索“${q}”` : "搜索"}
        description="在您有权查看的范围内：代表按姓名，建议按编号或标题，承办单位按名称"
      />
      <form method="get" role="search" aria-label="搜索" className="mb-2 flex max-w-xl gap-2">
        <label htmlFor="search-q" className="sr-only">
          搜索内容
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={50}
          className="min-h-10 min-w-0 flex-1 rounded border border-stone-400 px-2"
        />
        <button type="submit" className="min-h-10 rounded bg-brand-700 px-4 text-sm font-medium text-white">
          搜索
        </button>
      </form>
      {!q ? (
        <p className="text-sm text-stone-600">请输入要搜索的内容。</p>
      ) : (
        groups.map((g) => <Group key={g.kind} g={g} />)
      )}
    </>
  );
}
