import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { scopedDb } from "@/lib/db/township-scope";
import { getSettings } from "@/lib/settings";
import { rosterOptions } from "@/lib/roster/options";
import { categories } from "@/lib/suggestions/service";
import { PageHeader } from "@/components/ui/page-header";
import { SuggestionForm } from "@/components/suggestions/suggestion-form";

export const metadata: Metadata = { title: "提交建议" };

export default async function NewSuggestionPage() {
  const actor = await requirePageActor("suggestion.create");
  const office = actor.role !== "DEPUTY";
  const [cats, options, settings] = await Promise.all([
    categories(scopedDb(actor.townshipId), actor.townshipId),
    rosterOptions(actor),
    getSettings(),
  ]);
  return (
    <>
      <PageHeader
        title={office ? "代为提交建议" : "提交建议"}
        description={office ? "代表口头或书面提出的建议，由人大办录入" : "闭会期间也可以随时提出建议、批评和意见"}
        actions={
          <Link href="/suggestions" className="text-sm text-blue-800 underline">
            返回列表
          </Link>
        }
      />
      <div className="max-w-2xl">
        <SuggestionForm
          categories={cats}
          deputies={options.deputies}
          selfDeputyId={actor.deputyId}
          pickLead={office}
          motionMin={settings["suggestions.motionMinDeputies"]}
          limits={{
            maxMb: settings["suggestions.attachmentMaxMb"],
            maxFiles: settings["suggestions.attachmentMaxFiles"],
          }}
        />
      </div>
    </>
  );
}
