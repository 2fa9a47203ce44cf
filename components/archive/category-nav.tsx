import Link from "next/link";
import { formatSize } from "@/lib/files/types";

const link = (active: boolean) =>
  `flex min-h-11 items-center justify-between gap-3 rounded border px-3 text-sm ${
    active ? "border-brand-700 bg-white font-semibold" : "border-stone-300 bg-white text-blue-800"
  }`;

/** The year's categories with their counts and sizes; 全部 first. */
export function CategoryNav({
  year,
  chosen,
  categories,
}: {
  year: number;
  chosen?: string;
  categories: { category: string; label: string; files: number; bytes: number }[];
}) {
  const v = { year, categories };
  const all = categories.reduce((n, c) => n + c.files, 0);
  return (
    <nav aria-label="归档分类">
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        <li>
          <Link href={`/archive?year=${v.year}`} className={link(!chosen)} aria-current={!chosen ? "page" : undefined}>
            <span>全部</span>
            <span>{all} 个文件</span>
          </Link>
        </li>
        {v.categories.map((c) => (
          <li key={c.category}>
            <Link
              href={`/archive?year=${v.year}&category=${c.category}`}
              className={link(chosen === c.category)}
              aria-current={chosen === c.category ? "page" : undefined}
            >
              <span>{c.label}</span>
              <span>
                {c.files} 个{c.files > 0 ? `，${formatSize(c.bytes)}` : ""}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
