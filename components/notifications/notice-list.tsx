import Link from "next/link";
import { formatDateTime } from "@/lib/time/format";
import type { listNotifications } from "@/lib/notifications/reader";
import { MarkReadButton } from "@/components/notifications/mark-read-button";

type Notices = Awaited<ReturnType<typeof listNotifications>>;

/**
 * The in-app notices (a deputy's own, a unit's): unread ones in bold and marked 未读 in words, a
 * link to what it is about, and 全部标为已读 while any is unread. Nothing when there are none.
 */
export function NoticeList({ data, title = "通知" }: { data: Notices; title?: string }) {
  if (!data.items.length) return null;
  return (
    <section className="mb-4 mt-2" aria-labelledby="notices-title">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id="notices-title" className="text-lg font-semibold">
          {title}
          {data.unread ? `（${data.unread} 条未读）` : ""}
        </h2>
        {data.unread > 0 && <MarkReadButton />}
      </div>
      <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm">
        {data.items.map((n) => (
          <li key={n.id} className="flex flex-wrap justify-between gap-x-3 gap-y-1 px-3 py-2">
            <span className={`min-w-0 break-words ${n.read ? "" : "font-semibold"}`}>
              {!n.read && <span className="mr-1 rounded bg-blue-700 px-1 text-xs font-medium text-white">未读</span>}
              {n.link ? (
                <Link href={n.link} className="text-blue-800 underline">
                  {n.message}
                </Link>
              ) : (
                n.message
              )}
            </span>
            <time className="shrink-0 text-stone-600">{formatDateTime(n.at)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
