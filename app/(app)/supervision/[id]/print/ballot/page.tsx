import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { printView } from "@/lib/supervision/views";
import { PrintToolbar } from "@/components/sessions/print/print-sheet";
import { BallotSheet } from "@/components/supervision/print-sheets";

export const metadata: Metadata = { title: "民主测评票" };

export default async function BallotPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("supervision.print");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const data = await orNotFound(printView(actor, id, 1));
  return (
    <>
      <PrintToolbar
        backHref={`/supervision/${id}`}
        backLabel="返回活动"
        hint={`空白测评票，按参加人数（${data.participants} 人）减去手机投票人数加印。`}
      />
      <BallotSheet data={data} />
    </>
  );
}
