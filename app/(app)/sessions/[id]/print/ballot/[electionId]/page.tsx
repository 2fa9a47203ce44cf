import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { plainText, uuid } from "@/lib/http/fields";
import { getBallot } from "@/lib/sessions/ballot";
import { PrintToolbar } from "@/components/sessions/print/print-sheet";
import { Ballot, TallySheet } from "@/components/sessions/print/ballot";

export const metadata: Metadata = { title: "选票和计票单" };

const Params = z.object({ id: uuid("会议编号"), electionId: uuid("选举编号") }).partial();
/** ?candidates=<id>,<id>: the candidates ticked in the further round's form. */
const Query = z
  .object({
    candidates: plainText("候选人", 4000)
      .transform((v) => v.split(","))
      .pipe(z.array(uuid("候选人")).max(100)),
  })
  .partial();

export default async function BallotPrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; electionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("session.view");
  const { id, electionId } = parseSearchParams(Params, await params);
  if (!id || !electionId) notFound();
  const { candidates } = parseSearchParams(Query, await searchParams);
  const data = await orNotFound(getBallot(actor, id, electionId, candidates));
  return (
    <>
      <PrintToolbar backHref={`/sessions/${id}`} hint="第 1 页为空白选票（按出席代表人数加印），第 2 页为计票单。" />
      <Ballot data={data} />
      <TallySheet data={data} />
    </>
  );
}
