import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { newSuggestionView } from "@/lib/suggestions/views";
import { activitySuggestions } from "@/lib/supervision/from-activity";
import { PageHeader } from "@/components/ui/page-header";
import { SuggestionForm } from "@/components/suggestions/suggestion-form";

export const metadata: Metadata = { title: "登记活动中提出的建议" };

/** A deputy's suggestion raised during the activity, registered by the office and linked to it in one step. */
export default async function ActivitySuggestionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("supervision_suggestion.create");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const linked = await orNotFound(activitySuggestions(actor, id, 0));
  const v = await newSuggestionView(actor);
  return (
    <>
      <PageHeader
        title="登记活动中提出的建议"
        description={`代表在本次监督活动中提出的建议，录入后按建议办理流程登记交办 · 本活动已登记 ${linked.total} 件`}
        actions={
          <Link href={`/supervision/${id}`} className="text-sm text-blue-800 underline">
            返回活动
          </Link>
        }
      />
      <div className="max-w-2xl">
        <SuggestionForm
          url={`/api/v1/supervision/${id}/suggestions`}
          categories={v.categories}
          deputies={v.deputies}
          groups={v.groups}
          sessions={[]}
          defaultSessionId=""
          selfDeputyId={v.selfDeputyId}
          pickLead
          motionMin={v.motionMin}
          limits={v.limits}
        />
      </div>
    </>
  );
}
