import Link from "next/link";
import { StateBadge } from "@/components/suggestions/state-badge";
import { Deadline } from "@/components/suggestions/due-tag";
import { SuggestionTable } from "@/components/suggestions/suggestion-table";
import type { SuggestionRow } from "@/components/suggestions/types";

const CAPTION = "交办给本单位的建议";

/**
 * A unit's inbox: on a phone, one compact card per suggestion (title, state, number, its part,
 * deadline with its tag); from the md breakpoint on, the table.
 */
export function InboxList({
  rows,
  unitId,
  empty,
}: {
  rows: SuggestionRow[];
  unitId: string | undefined;
  empty: string;
}) {
  if (rows.length === 0)
    return (
      <p className="rounded border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">{empty}</p>
    );
  return (
    <>
      <ul aria-label={CAPTION} className="flex flex-col gap-2 md:hidden">
        {rows.map((s) => (
          <li key={s.id} className="rounded border border-stone-200 bg-white p-3">
            <div className="flex items-start justify-between gap-2">
              <Link href={`/suggestions/${s.id}`} className="min-w-0 break-words font-medium text-blue-800 underline">
                {s.title}
              </Link>
              <StateBadge state={s.state} />
            </div>
            <p className="mt-1 text-sm text-stone-600">
              {s.number ?? "未登记"} · {s.leadUnit?.id === unitId ? "主办" : "协办"} · {s.category}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-1 text-sm">
              <span className="text-stone-600">办理期限</span>
              <Deadline deadline={s.deadline} due={s.due} dueText={s.dueText} />
            </p>
          </li>
        ))}
      </ul>
      <div className="hidden md:block">
        <SuggestionTable rows={rows} caption={CAPTION} empty={empty} inboxOf={unitId} />
      </div>
    </>
  );
}
