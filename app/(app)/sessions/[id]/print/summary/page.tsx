import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { getSessionReport } from "@/lib/sessions/report";
import { PrintToolbar } from "@/components/sessions/print/print-sheet";
import { SessionSummary } from "@/components/sessions/print/session-summary";

export const metadata: Metadata = { title: "会议纪要" };

export default async function SummaryPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("session.view");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const report = await orNotFound(getSessionReport(actor, id));
  return (
    <>
      <PrintToolbar backHref={`/sessions/${id}`}>
        <a
          href={`/api/v1/sessions/${id}/minutes`}
          className="inline-flex min-h-10 items-center rounded border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100"
        >
          导出 Word
        </a>
      </PrintToolbar>
      <SessionSummary r={report} />
    </>
  );
}
