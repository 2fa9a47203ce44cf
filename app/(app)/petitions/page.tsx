import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { petitionsView } from "@/lib/petitions/views";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { PetitionFilters } from "@/components/petitions/petition-filters";
import { PetitionTable } from "@/components/petitions/petition-table";
import { ExportLinks } from "@/components/petitions/export-links";

export const metadata: Metadata = { title: "信访件" };

type SP = Record<string, string | undefined>;

const DESCRIPTIONS = {
  township: "来信、来访、来电、网上信访和上级人大转办的信访件：登记、拟办、转办、催办、回复、报告",
  unit: "转交本单位办理的信访件",
  deputy: "您在接待选民日接待登记的信访件",
} as const;

/** The petitions the actor may see, filtered by year, state, channel, category, unit and origin. */
export default async function PetitionsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor("petition.list");
  const sp = await searchParams;
  const v = await petitionsView(actor, sp);
  return (
    <>
      <PageHeader
        title="信访件"
        description={DESCRIPTIONS[v.scope]}
        actions={
          v.mayCreate ? (
            <Link
              href="/petitions/new"
              className="inline-flex min-h-10 items-center rounded bg-brand-700 px-4 text-sm text-white"
            >
              登记信访件
            </Link>
          ) : undefined
        }
      />
      <PetitionFilters query={v.query} units={v.units} years={v.years} />
      <PetitionTable rows={v.list.items} empty="没有符合条件的信访件" />
      <Pagination
        basePath="/petitions"
        page={v.list.page}
        pageSize={v.list.pageSize}
        total={v.list.total}
        searchParams={sp}
      />
      {v.mayExport && <ExportLinks searchParams={sp} personal={v.mayExportPersonal} />}
    </>
  );
}
