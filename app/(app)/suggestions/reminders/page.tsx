import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { remindersView } from "@/lib/suggestions/views";
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
  const { query, list, counts, units, township, scope, what, empty } = await remindersView(actor, sp);
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
      <ReminderFilters query={query} units={units} soonDays={list.soonDays} />
      <ReminderTable rows={list.items} showUnit={township} caption={`${scope}${what}`} empty={empty} />
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
