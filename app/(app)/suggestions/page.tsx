import type { Metadata } from "next";
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { requirePageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { parseSearchParams } from "@/lib/http/validation";
import { todayInChina } from "@/lib/time/day";
import { listUnits } from "@/lib/units/service";
import { InboxQuery, SuggestionListQuery } from "@/lib/suggestions/schema";
import { listUnitInbox } from "@/lib/suggestions/inbox";
import { listNotifications } from "@/lib/notifications/reader";
import { reminderCounts } from "@/lib/suggestions/reminders";
import { listSuggestions } from "@/lib/suggestions/service";
import { categories } from "@/lib/suggestions/categories";
import { suggestionFigures } from "@/lib/suggestions/figures";
import { pendingCoUnitInputs } from "@/lib/suggestions/co-units";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { NoticeList } from "@/components/notifications/notice-list";
import { ReminderCounts } from "@/components/suggestions/reminder-counts";
import { InboxFilters } from "@/components/suggestions/inbox-filters";
import { InboxList } from "@/components/suggestions/inbox-list";
import { SuggestionFilters } from "@/components/suggestions/suggestion-filters";
import { SuggestionTable } from "@/components/suggestions/suggestion-table";
import { SuggestionCards } from "@/components/suggestions/suggestion-cards";
import { FiguresPanel } from "@/components/suggestions/figures-panel";
import { SignOffForm } from "@/components/suggestions/sign-off-form";

export const metadata: Metadata = { title: "代表建议" };

type SP = Record<string, string | undefined>;
const newLink = (label: string) => (
  <Link
    href="/suggestions/new"
    className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white"
  >
    {label}
  </Link>
);

/** Deputies: their notices, their own suggestions as cards, and the way to submit one. */
async function DeputyList({ actor, query, sp }: { actor: Actor; query: SuggestionListQuery; sp: SP }) {
  const [list, notices] = await Promise.all([
    listSuggestions(actor, { ...query, mine: "true" }),
    listNotifications(actor, 10),
  ]);
  return (
    <>
      <PageHeader title="代表建议" description="您提出和附议的建议，以及承办单位的答复" actions={newLink("提交建议")} />
      <NoticeList data={notices} />
      <h2 className="mb-2 text-lg font-semibold">我的建议</h2>
      <SuggestionCards rows={list.items} empty="您还没有提出建议" />
      <Pagination
        basePath="/suggestions"
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        searchParams={sp}
      />
    </>
  );
}

/**
 * Units: the reminder counts, co-unit input still owed, the unit's notices, and what is assigned to
 * it — being handled first, soonest due first (sorted in SQL, across pages), filterable by state.
 */
async function UnitInbox({ actor, sp }: { actor: Actor; sp: SP }) {
  const query = parseSearchParams(InboxQuery, sp);
  const [list, counts, notices, pending] = await Promise.all([
    listUnitInbox(actor, query),
    reminderCounts(actor),
    listNotifications(actor, 10),
    pendingCoUnitInputs(actor),
  ]);
  // Co-unit input this unit still owes to lead units (协办意见), the overdue ones counted apart.
  const owed = pending.filter((p) => p.unit.id === actor.unitId);
  const owedLate = owed.filter((p) => p.status === "OVERDUE").length;
  return (
    <>
      <PageHeader
        title="交办给本单位的建议"
        description="办理中的排在前面，按办理期限先后；已延期的按延期日期"
        actions={
          <Link href="/suggestions/reminders" className="text-sm text-blue-800 underline">
            催办清单
          </Link>
        }
      />
      <ReminderCounts counts={counts} title="本单位催办统计" />
      {owed.length > 0 && (
        <div className="mb-3">
          <Alert tone="warning">
            待向主办单位提交协办意见 {owed.length} 件{owedLate ? `，其中已逾期 ${owedLate} 件` : ""}
          </Alert>
        </div>
      )}
      <NoticeList data={notices} />
      <InboxFilters query={query} />
      <InboxList
        rows={list.items}
        unitId={actor.unitId ?? undefined}
        empty={query.state ? "没有该状态的建议" : "暂无交办给本单位的建议"}
      />
      <Pagination
        basePath="/suggestions"
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        searchParams={sp}
      />
    </>
  );
}

/** Office, chair and presidium: the township's list with filters; the chair also the figures and sign-off. */
async function StaffList({ actor, query, sp }: { actor: Actor; query: SuggestionListQuery; sp: SP }) {
  const chair = can(actor, "suggestion.sign_off");
  const year = query.year ?? todayInChina().getUTCFullYear();
  const pending = (state: "ASSIGNED" | "REHANDLING") =>
    listSuggestions(actor, SuggestionListQuery.parse({ state, pageSize: 100 }));
  const [list, cats, units, figures, assigned, rehandling] = await Promise.all([
    listSuggestions(actor, query),
    // Deactivated categories too: old suggestions must still be found by theirs.
    categories(scopedDb(actor.townshipId), actor.townshipId, { all: true }),
    listUnits(actor, { page: 1, pageSize: 100 }),
    chair ? suggestionFigures(actor, { year }) : null,
    chair ? pending("ASSIGNED") : null,
    chair ? pending("REHANDLING") : null,
  ]);
  const unsigned = [...(assigned?.items ?? []), ...(rehandling?.items ?? [])].filter((s) => !s.signedOff);
  return (
    <>
      <PageHeader
        title="代表建议"
        description={`登记、交办、答复和评价 · 共 ${list.total} 件`}
        actions={
          <>
            {can(actor, "suggestion.figures") && (
              <Link
                href={`/suggestions/figures?year=${year}`}
                className="inline-flex min-h-11 items-center rounded border border-stone-400 bg-white px-4 py-2 text-sm"
              >
                办理统计
              </Link>
            )}
            {can(actor, "suggestion_category.manage") && (
              <Link
                href="/suggestions/categories"
                className="inline-flex min-h-11 items-center rounded border border-stone-400 bg-white px-4 py-2 text-sm"
              >
                管理类别
              </Link>
            )}
            {can(actor, "suggestion.create") && newLink("代为提交建议")}
          </>
        }
      />
      {figures && <FiguresPanel figures={figures} />}
      {chair && (
        // A plain section, not a <details>: it must stay open after the last item is signed off so the result stays visible.
        <section aria-label="签发交办" className="no-print mb-4 rounded border border-stone-200 bg-white p-3 sm:p-4">
          <h2 className="font-medium">签发交办（待签发 {unsigned.length} 件）</h2>
          <div className="mt-3">
            <SignOffForm
              rows={unsigned.map((s) => ({
                id: s.id,
                number: s.number,
                title: s.title,
                unit: s.leadUnit?.name ?? null,
              }))}
            />
          </div>
        </section>
      )}
      <SuggestionFilters query={query} categories={cats} units={units.items} />
      <SuggestionTable rows={list.items} caption="代表建议列表" empty="没有符合条件的建议" />
      <Pagination
        basePath="/suggestions"
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        searchParams={sp}
      />
    </>
  );
}

export default async function SuggestionsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor("suggestion.list");
  const sp = await searchParams;
  const query = parseSearchParams(SuggestionListQuery, sp);
  if (actor.role === "DEPUTY") return <DeputyList actor={actor} query={query} sp={sp} />;
  if (actor.role === "UNIT") return <UnitInbox actor={actor} sp={sp} />;
  return <StaffList actor={actor} query={query} sp={sp} />;
}
