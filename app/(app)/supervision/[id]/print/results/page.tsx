import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { printView } from "@/lib/supervision/views";
import { PrintToolbar } from "@/components/sessions/print/print-sheet";
import { ResultSheet } from "@/components/supervision/print-sheets";

export const metadata: Metadata = { title: "民主测评结果汇总表" };

export default async function ResultPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("supervision.print");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const data = await orNotFound(printView(actor, id, 1));
  return (
    <>
      <PrintToolbar backHref={`/supervision/${id}`} backLabel="返回活动" />
      <ResultSheet data={data} />
    </>
  );
}
