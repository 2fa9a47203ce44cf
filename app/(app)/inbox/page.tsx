import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { listInbox, UnitInboxQuery } from "@/lib/inbox/service";
import { SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";
import { RECTIFICATION_STATE_LABELS } from "@/lib/supervision/labels";
import { PETITION_STATE_LABELS } from "@/lib/petitions/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { UnitInbox } from "@/components/inbox/unit-inbox";
// The modules whose items reach a unit's inbox: each registers its source when imported.
import "@/lib/suggestions/inbox";
import "@/lib/supervision/rectification/inbox";
import "@/lib/petitions/inbox";

export const metadata: Metadata = { title: "本单位收件箱" };

type SP = Record<string, string | undefined>;

const STATE_LABELS = Object.fromEntries([
  ...Object.entries(SUGGESTION_STATE_LABELS).map(([k, v]) => [`suggestion:${k}`, v]),
  ...Object.entries(RECTIFICATION_STATE_LABELS).map(([k, v]) => [`rectification:${k}`, v]),
  ...Object.entries(PETITION_STATE_LABELS).map(([k, v]) => [`petition:${k}`, v]),
]);

const KINDS = [
  ["", "全部"],
  ["suggestion", "代表建议"],
  ["rectification", "整改任务"],
  ["petition", "信访件"],
] as const;

/** A unit's one inbox: suggestions to answer, rectification reports owed and petitions transferred, side by side. */
export default async function InboxPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor("inbox.view");
  const sp = await searchParams;
  const list = await listInbox(actor, parseSearchParams(UnitInboxQuery, sp));
  return (
    <>
      <PageHeader
        title="本单位收件箱"
        description="交办给本单位的建议、整改任务和信访件：办理中的排在前面，按期限先后"
      />
      <nav aria-label="按类型筛选" className="mb-3 flex flex-wrap gap-2">
        {KINDS.map(([k, label]) => (
          <Link
            key={label}
            href={k ? `/inbox?kind=${k}` : "/inbox"}
            aria-current={(sp.kind ?? "") === k ? "page" : undefined}
            className="inline-flex min-h-11 items-center rounded border border-stone-400 bg-white px-3 text-sm aria-[current=page]:border-blue-800 aria-[current=page]:bg-blue-50"
          >
            {label}
          </Link>
        ))}
      </nav>
      <UnitInbox rows={list.items} stateLabels={STATE_LABELS} />
      <Pagination basePath="/inbox" page={list.page} pageSize={list.pageSize} total={list.total} searchParams={sp} />
    </>
  );
}
