import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { newSuggestionView } from "@/lib/suggestions/views";
import { PageHeader } from "@/components/ui/page-header";
import { SuggestionForm } from "@/components/suggestions/suggestion-form";

export const metadata: Metadata = { title: "提交建议" };

export default async function NewSuggestionPage() {
  const actor = await requirePageActor("suggestion.create");
  const v = await newSuggestionView(actor);
  return (
    <>
      <PageHeader
        title={v.onBehalf ? "代为提交建议" : "提交建议"}
        description={v.onBehalf ? "代表口头或书面提出的建议，由人大办录入" : "闭会期间也可以随时提出建议、批评和意见"}
        actions={
          <Link href="/suggestions" className="text-sm text-blue-800 underline">
            返回列表
          </Link>
        }
      />
      <div className="max-w-2xl">
        <SuggestionForm
          categories={v.categories}
          deputies={v.deputies}
          groups={v.groups}
          sessions={v.sessions}
          defaultSessionId={v.defaultSessionId}
          selfDeputyId={v.selfDeputyId}
          pickLead={v.onBehalf}
          motionMin={v.motionMin}
          limits={v.limits}
        />
      </div>
    </>
  );
}
