import Link from "next/link";

/**
 * 逾期 N 件 · 14 天内到期 M 件, each a link to its reminder list. Words carry the meaning; colour
 * only adds to it.
 */
export function ReminderCounts({
  counts,
  title = "建议催办",
}: {
  counts: { overdue: number; dueSoon: number; soonDays: number };
  title?: string;
}) {
  const box = "block rounded border bg-white p-3 hover:border-brand-700 focus-visible:outline-2";
  return (
    <section aria-label={title} className="mb-4">
      <h2 className="sr-only">{title}</h2>
      <ul className="grid grid-cols-2 gap-3 sm:max-w-md">
        <li>
          <Link
            href="/suggestions/reminders?status=overdue"
            className={`${box} ${counts.overdue ? "border-red-300" : "border-stone-200"}`}
          >
            <span className="block text-sm text-stone-600">逾期未答复</span>
            <span
              className={`mt-1 block text-xl font-semibold sm:text-2xl ${counts.overdue ? "text-red-800" : "text-stone-900"}`}
            >
              逾期 <span className="whitespace-nowrap">{counts.overdue} 件</span>
            </span>
          </Link>
        </li>
        <li>
          <Link
            href="/suggestions/reminders?status=due_soon"
            className={`${box} ${counts.dueSoon ? "border-amber-400" : "border-stone-200"}`}
          >
            <span className="block text-sm text-stone-600">即将到期</span>
            <span className="mt-1 block text-xl font-semibold sm:text-2xl text-stone-900">
              {counts.soonDays} 天内到期 <span className="whitespace-nowrap">{counts.dueSoon} 件</span>
            </span>
          </Link>
        </li>
      </ul>
    </section>
  );
}
