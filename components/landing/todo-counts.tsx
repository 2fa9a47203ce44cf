import Link from "next/link";
import type { TodoCount } from "@/lib/landing/service";

/**
 * Today's to-do counts, each a link to the list that shows exactly those records. A count needing
 * attention (overdue, sent back) is marked in red words as well as colour, and only when not zero.
 */
export function TodoCounts({ items, title = "今日待办" }: { items: TodoCount[]; title?: string }) {
  if (!items.length) return null;
  return (
    <section aria-labelledby="todo-title" className="mb-4">
      <h2 id="todo-title" className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        {items.map((t) => {
          const alert = !!t.urgent && t.count > 0;
          return (
            <li key={t.key}>
              <Link
                href={t.href}
                aria-label={`${t.label} ${t.count} 件`}
                data-todo={t.key}
                className={`flex min-h-20 flex-col justify-between rounded border bg-white p-3 hover:border-brand-700 focus-visible:outline-2 ${
                  alert ? "border-red-300" : "border-stone-200"
                }`}
              >
                <span className="text-sm text-stone-700">{t.label}</span>
                <span className={`text-2xl font-semibold ${alert ? "text-red-800" : "text-stone-900"}`}>
                  {t.count}
                  <span className="ml-1 text-sm font-normal text-stone-600">件</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
