import type { Metadata } from "next";
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { requirePageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { parseSearchParams } from "@/lib/http/validation";
import { todayInChina } from "@/lib/roster/rules";
import { listUnits } from "@/lib/units/service";
import { SuggestionListQuery } from "@/lib/suggestions/schema";
import { categories, listSuggestions } from "@/lib/suggestions/service";
import { suggestionFigures } from "@/lib/suggestions/figures";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Alert } from "@/components/ui/alert";
import { SuggestionFilters } from "@/components/suggestions/suggestion-filters";
import { SuggestionTable } from "@/components/suggestions/suggestion-table";
import { SuggestionCards } from "@/components/suggestions/suggestion-cards";
import { FiguresPanel } from "@/components/suggestions/figures-panel";
import { SignOffForm } from "@/components/suggestions/sign-off-form";
import type { SuggestionRow } from "@/components/suggestions/types";

export const metadata: Metadata = { title: "代表建议" };

type SP = Record<string, string | undefined>;
const newLink = (label: string) => <Link href="/suggestions/new" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white">{label}</Link>;
const URGENCY = { OVERDUE: 0, DUE_SOON: 1, ON_TRACK: 2 } as const;

/** Deputies: their own suggestions as cards, and the way to submit one. */
async function DeputyList({ actor, query, sp }: { actor: Actor; query: SuggestionListQuery; sp: SP }) {
  const list = await listSuggestions(actor, { ...query, mine: "true" });
  return (
    <>
      <PageHeader title="代表建议" description="您提出和附议的建议，以及承办单位的答复" actions={newLink("提交建议")} />
      <h2 className="mb-2 text-lg font-semibold">我的建议</h2>
      <SuggestionCards rows={list.items} empty="您还没有提出建议" />
      <Pagination basePath="/suggestions" page={list.page} pageSize={list.pageSize} total={list.total} searchParams={sp} />
    </>
  );
}

/** Units: what is assigned to them, overdue and due within 14 days first. */
async function UnitInbox({ actor, query, sp }: { actor: Actor; query: SuggestionListQuery; sp: SP }) {
  const list = await listSuggestions(actor, { ...query, pageSize: 100 });
  const rank = (s: SuggestionRow) => (s.due ? URGENCY[s.due] : 3);
  const rows = [...list.items].sort((a, b) => rank(a) - rank(b) || (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999"));
  const overdue = rows.filter((s) => s.due === "OVERDUE").length;
  const soon = rows.filter((s) => s.due === "DUE_SOON").length;
  return (
    <>
      <PageHeader title="交办给本单位的建议" description="逾期和 14 天内到期的排在前面" />
      {(overdue > 0 || soon > 0) && <div className="mb-3"><Alert tone="warning">逾期未答复 {overdue} 件，14 天内到期 {soon} 件</Alert></div>}
      <SuggestionTable rows={rows} caption="交办给本单位的建议" empty="暂无交办给本单位的建议" showUnit={false} />
      <Pagination basePath="/suggestions" page={list.page} pageSize={list.pageSize} total={list.total} searchParams={sp} />
    </>
  );
}

/** Office, chair and presidium: the township's list with filters; the chair also the figures and sign-off. */
async function StaffList({ actor, query, sp }: { actor: Actor; query: SuggestionListQuery; sp: SP }) {
  const chair = can(actor, "suggestion.sign_off");
  const year = query.year ?? todayInChina().getUTCFullYear();
  const pending = (state: "ASSIGNED" | "REHANDLING") => listSuggestions(actor, SuggestionListQuery.parse({ state, pageSize: 100 }));
  const [list, cats, units, figures, assigned, rehandling] = await Promise.all([
    listSuggestions(actor, query),
    categories(scopedDb(actor.townshipId), actor.townshipId),
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
            {can(actor, "suggestion.figures") && <Link href={`/suggestions/figures?year=${year}`} className="inline-flex min-h-11 items-center rounded border border-stone-400 bg-white px-4 py-2 text-sm">办理统计</Link>}
            {can(actor, "suggestion.create") && newLink("代为提交建议")}
          </>
        }
      />
      {figures && <FiguresPanel figures={figures} />}
      {chair && (
        // A plain section, not a <details>: it must stay open after the last item is signed off so the result stays visible.
        <section aria-label="签发交办" className="no-print mb-4 rounded border border-stone-200 bg-white p-3 sm:p-4">
          <h2 className="font-medium">签发交办（待签发 {unsigned.length} 件）</h2>
          <div className="mt-3"><SignOffForm rows={unsigned.map((s) => ({ id: s.id, number: s.number, title: s.title, unit: s.leadUnit?.name ?? null }))} /></div>
        </section>
      )}
      <SuggestionFilters query={query} categories={cats} units={units.items} />
      <SuggestionTable rows={list.items} caption="代表建议列表" empty="没有符合条件的建议" />
      <Pagination basePath="/suggestions" page={list.page} pageSize={list.pageSize} total={list.total} searchParams={sp} />
    </>
  );
}

export default async function SuggestionsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor("suggestion.list");
  const sp = await searchParams;
  const query = parseSearchParams(SuggestionListQuery, sp);
  if (actor.role === "DEPUTY") return <DeputyList actor={actor} query={query} sp={sp} />;
  if (actor.role === "UNIT") return <UnitInbox actor={actor} query={query} sp={sp} />;
  return <StaffList actor={actor} query={query} sp={sp} />;
}
