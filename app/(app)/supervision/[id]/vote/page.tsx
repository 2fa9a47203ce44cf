import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { voteView } from "@/lib/supervision/views";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { BallotForm } from "@/components/supervision/ballot-form";

export const metadata: Metadata = { title: "民主测评投票" };

/** The deputy's phone ballot page: anonymous, one ballot per target. */
export default async function VotePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("supervision.vote");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const v = await orNotFound(voteView(actor, id));
  return (
    <>
      <PageHeader title="民主测评投票" description={v.title} />
      <p className="mb-3 text-sm text-stone-700">
        请对每个对象选择“满意”“基本满意”或“不满意”。投票不记名：系统只记录您已投票，不记录您投了什么。每个对象只能投一次。
      </p>
      {v.may && v.polls.length > 0 ? (
        <BallotForm id={v.id} polls={v.polls} />
      ) : (
        <Alert tone="info">当前没有进行中的测评。</Alert>
      )}
      <p className="mt-4 text-sm">
        <Link href={`/supervision/${v.id}`} className="text-blue-800 underline">
          返回活动
        </Link>
      </p>
    </>
  );
}
