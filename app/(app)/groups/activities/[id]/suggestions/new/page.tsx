import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { newSuggestionView } from "@/lib/suggestions/views";
import { getGroupActivity } from "@/lib/group-activities/service";
import { PageHeader } from "@/components/ui/page-header";
import { SuggestionForm } from "@/components/suggestions/suggestion-form";

export const metadata: Metadata = { title: "登记小组活动中提出的建议" };

/** A deputy's suggestion raised at the group activity, registered by the office and linked to it in one step. */
export default async function GroupActivitySuggestionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("group_activity_suggestion.create");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const a = await orNotFound(getGroupActivity(actor, id));
  const v = await newSuggestionView(actor);
  return (
    <>
      <PageHeader
        title="登记小组活动中提出的建议"
        description={`${a.groupName} ${a.heldOn}“${a.topic}”中代表提出的建议，录入后按建议办理流程登记交办 · 本活动已登记 ${a.suggestions.length} 件`}
        actions={
          <Link href={`/groups/activities/${id}`} className="text-sm text-blue-800 underline">
            返回活动
          </Link>
        }
      />
      <div className="max-w-2xl">
        <SuggestionForm
          url={`/api/v1/group-activities/${id}/suggestions`}
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
