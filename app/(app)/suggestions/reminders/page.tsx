import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { listUnits } from "@/lib/units/service";
import { ReminderQuery } from "@/lib/suggestions/schema";
import { listReminders, reminderCounts } from "@/lib/suggestions/reminders";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ReminderCounts } from "@/components/suggestions/reminder-counts";
import { ReminderFilters } from "@/components/suggestions/reminder-filters";
import { ReminderTable } from "@/components/suggestions/reminder-table";

export const metadata: Metadata = { title: "建议催办" };

type SP = Record<string, string | undefined>;

/**
 * 催办: suggestions being handled that are overdue or due soon (against the delay notice's date
 * when there is one). The office, chair and presidium see the township's, with a unit filter; a
 * unit sees what it leads.
 */
export default async function RemindersPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor("suggestion.reminders");
  const sp = await searchParams;
  const query = parseSearchParams(ReminderQuery, sp);
  const township = actor.role !== "UNIT";
  const [list, counts, units] = await Promise.all([
    listReminders(actor, query),
    reminderCounts(actor),
    township ? listUnits(actor, { page: 1, pageSize: 100 }) : null,
  ]);
  const scope = township ? "本镇" : "本单位主办的";
  const what =
    query.status === "overdue"
      ? "逾期未答复的建议"
      : query.status === "due_soon"
        ? `${list.soonDays} 天内到期的建议`
        : "逾期和即将到期的建议";
  return (
    <>
      <PageHeader
        title="建议催办"
        description={`${scope}办理中（已交办、重新办理）的建议：已逾期和 ${list.soonDays} 天内到期的，有延办反馈的按延期日期计算`}
        actions={
          <Link href="/suggestions" className="text-sm text-blue-800 underline">
            {township ? "全部建议" : "本单位收件箱"}
          </Link>
        }
      />
      <ReminderCounts counts={counts} title={township ? "本镇催办统计" : "本单位催办统计"} />
      <ReminderFilters
        query={query}
        units={units?.items.map((u) => ({ id: u.id, name: u.name })) ?? null}
        soonDays={list.soonDays}
      />
      <ReminderTable
        rows={list.items}
        showUnit={township}
        caption={`${scope}${what}`}
        empty={
          query.status === "overdue"
            ? "没有逾期未答复的建议"
            : query.status === "due_soon"
              ? `没有 ${list.soonDays} 天内到期的建议`
              : "没有逾期或即将到期的建议"
        }
      />
      <Pagination
        basePath="/suggestions/reminders"
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        searchParams={sp}
      />
    </>
  );
}
