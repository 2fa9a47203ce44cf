import Link from "next/link";
import type { YearProgress } from "@/lib/landing/progress";

const share = (done: number, of: number) => (of > 0 ? Math.min(100, Math.round((done / of) * 100)) : 0);

/** The year's progress: one bar per figure, the numbers in words beside it, each row a link to its records. */
export function YearProgressBars({ progress, id }: { progress: YearProgress; id: string }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mb-4 rounded border border-stone-200 bg-white p-3 sm:p-4">
      <h2 id={`${id}-title`} className="mb-2 text-lg font-semibold">
        {progress.title}
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2">
        {progress.bars.map((b) => (
          <li key={b.key}>
            <Link
              href={b.href}
              data-progress={b.key}
              className="block rounded p-1 hover:bg-stone-50 focus-visible:outline-2"
            >
              <span className="flex justify-between gap-2 text-sm">
                <span>{b.label}</span>
                <span className="font-medium text-stone-900">
                  {b.text}
                  {b.of > 0 && <span className="ml-1 text-stone-600">（{share(b.done, b.of)}%）</span>}
                </span>
              </span>
              <span aria-hidden="true" className="mt-1 block h-2 overflow-hidden rounded bg-stone-200">
                <span
                  className={`block h-full ${b.of > 0 && b.done >= b.of ? "bg-green-700" : "bg-blue-700"}`}
                  style={{ width: `${share(b.done, b.of)}%` }}
                />
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {progress.note && <p className="mt-2 text-xs text-stone-600">{progress.note}</p>}
    </section>
  );
}

/** A deputy's suggestions of the year by state, each a link to those suggestions. */
export function MySuggestionStates({
  year,
  items,
}: {
  year: number;
  items: { key: string; label: string; count: number; href: string }[];
}) {
  return (
    <section aria-labelledby="my-suggestions-title" className="mb-4">
      <h2 id="my-suggestions-title" className="mb-2 text-lg font-semibold">
        {year} 年我的建议
      </h2>
      <ul className="flex flex-wrap gap-2 text-sm">
        {items.map((i) => (
          <li key={i.key}>
            <Link
              href={i.href}
              data-my-state={i.key}
              className="inline-flex min-h-10 items-center gap-1 rounded border border-stone-200 bg-white px-3"
            >
              {i.label}
              <span className="font-semibold">{i.count}</span>件
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
