import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { suggestionsView } from "@/lib/suggestions/views";
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
import { SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";

export const metadata: Metadata = { title: "代表建议" };

type SP = Record<string, string | undefined>;
type View = Awaited<ReturnType<typeof suggestionsView>>;
const newLink = (label: string) => (
  <Link
    href="/suggestions/new"
    className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white"
  >
    {label}
  </Link>
);

/** The list's pages, keeping the query. */
function ListPages({ list, sp }: { list: { page: number; pageSize: number; total: number }; sp: SP }) {
  return (
    <Pagination
      basePath="/suggestions"
      page={list.page}
      pageSize={list.pageSize}
      total={list.total}
      searchParams={sp}
    />
  );
}

/** Deputies: their notices, their own suggestions as cards, and the way to submit one. */
function DeputyList({ v, sp }: { v: Extract<View, { kind: "deputy" }>; sp: SP }) {
  const { query, list, notices } = v;
  return (
    <>
      <PageHeader title="代表建议" description="您提出和附议的建议，以及承办单位的答复" actions={newLink("提交建议")} />
      <NoticeList data={notices} />
      <h2 className="mb-2 text-lg font-semibold">
        我的建议{query.state ? `（${SUGGESTION_STATE_LABELS[query.state]}）` : ""}
      </h2>
      {query.state && (
        <p className="mb-2 text-sm">
          只显示“{SUGGESTION_STATE_LABELS[query.state]}”的建议，
          <Link href="/suggestions" className="text-blue-800 underline">
            查看全部
          </Link>
        </p>
      )}
      {query.valuable && (
        <p className="mb-2 text-sm" data-filter="valuable">
          只显示{query.year ? ` ${query.year} 年` : ""}您领衔的有价值的建议（“六个一”计数），
          <Link href="/suggestions" className="text-blue-800 underline">
            查看全部
          </Link>
        </p>
      )}
      <SuggestionCards rows={list.items} empty={query.valuable ? "没有有价值的建议" : "您还没有提出建议"} />
      <ListPages list={list} sp={sp} />
    </>
  );
}

/**
 * Units: the reminder counts, co-unit input still owed, the unit's notices, and what is assigned to
 * it — being handled first, soonest due first (sorted in SQL, across pages), filterable by state.
 */
function UnitInbox({ v, sp }: { v: Extract<View, { kind: "unit" }>; sp: SP }) {
  const { query, list, counts, notices, owed, owedLate } = v;
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
      {owed > 0 && (
        <div className="mb-3">
          <Alert tone="warning">
            待向主办单位提交协办意见 {owed} 件{owedLate ? `，其中已逾期 ${owedLate} 件` : ""}
          </Alert>
        </div>
      )}
      <NoticeList data={notices} />
      <InboxFilters query={query} />
      <InboxList
        rows={list.items}
        unitId={v.unitId}
        empty={query.state ? "没有该状态的建议" : "暂无交办给本单位的建议"}
      />
      <ListPages list={list} sp={sp} />
    </>
  );
}

/** A unit: the suggestions its on-time rate of the year counts (the landing's bar), then back to the inbox. */
function UnitOnTime({ v, sp }: { v: Extract<View, { kind: "unitOnTime" }>; sp: SP }) {
  const { query, list } = v;
  const onTime = query.onTime === "true";
  return (
    <>
      <PageHeader
        title={`${query.year} 年${onTime ? "按时答复的建议" : "计入按时答复率的建议"}`}
        description={`本单位主办 · 共 ${list.total} 件`}
      />
      <p className="mb-2 text-sm" data-filter="on-time">
        {onTime ? "首次答复不晚于答复期限的建议，" : "按时答复率的基数：本单位主办、已答复和逾期未答复的建议，"}
        <Link href="/suggestions" className="text-blue-800 underline">
          返回收件箱
        </Link>
      </p>
      <SuggestionTable rows={list.items} caption="按时答复统计的建议" empty="没有符合条件的建议" />
      <ListPages list={list} sp={sp} />
    </>
  );
}

/** Office, chair and presidium: the township's list with filters; the chair also the figures and sign-off. */
function StaffList({ v, sp }: { v: Extract<View, { kind: "staff" }>; sp: SP }) {
  const { query, year, list, figures, signOff, links } = v;
  return (
    <>
      <PageHeader
        title="代表建议"
        description={`登记、交办、答复和评价 · 共 ${list.total} 件`}
        actions={
          <>
            {links.figures && (
              <Link
                href={`/suggestions/figures?year=${year}`}
                className="inline-flex min-h-11 items-center rounded border border-stone-400 bg-white px-4 py-2 text-sm"
              >
                办理统计
              </Link>
            )}
            {links.categories && (
              <Link
                href="/suggestions/categories"
                className="inline-flex min-h-11 items-center rounded border border-stone-400 bg-white px-4 py-2 text-sm"
              >
                管理类别
              </Link>
            )}
            {links.create && newLink("代为提交建议")}
          </>
        }
      />
      {figures && <FiguresPanel figures={figures} />}
      {signOff && (
        // A plain section, not a <details>: it must stay open after the last item is signed off so the result stays visible.
        <section aria-label="签发交办" className="no-print mb-4 rounded border border-stone-200 bg-white p-3 sm:p-4">
          <h2 className="font-medium">签发交办（待签发 {signOff.length} 件）</h2>
          <div className="mt-3">
            <SignOffForm rows={signOff} />
          </div>
        </section>
      )}
      <SuggestionFilters query={query} categories={v.categories} units={v.units} />
      <SuggestionTable rows={list.items} caption="代表建议列表" empty="没有符合条件的建议" />
      <ListPages list={list} sp={sp} />
    </>
  );
}

export default async function SuggestionsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor("suggestion.list");
  const sp = await searchParams;
  const v = await suggestionsView(actor, sp);
  if (v.kind === "deputy") return <DeputyList v={v} sp={sp} />;
  if (v.kind === "unit") return <UnitInbox v={v} sp={sp} />;
  if (v.kind === "unitOnTime") return <UnitOnTime v={v} sp={sp} />;
  return <StaffList v={v} sp={sp} />;
}
