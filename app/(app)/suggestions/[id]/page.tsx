import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { suggestionView } from "@/lib/suggestions/views";
import { SUGGESTION_KIND_LABELS } from "@/lib/suggestions/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { AssignmentSection, ReplySection, SuggestionContent } from "@/components/suggestions/suggestion-record";
import { SuggestionActions } from "@/components/suggestions/suggestion-actions";
import { Timeline } from "@/components/suggestions/timeline";
import { AttachmentSection } from "@/components/suggestions/attachment-section";
import { ContactSection } from "@/components/suggestions/contact-section";

export const metadata: Metadata = { title: "代表建议" };

export default async function SuggestionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("suggestion.view");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const { s, full, attachments, upload, choices, contacts } = await orNotFound(suggestionView(actor, id));
  return (
    <>
      <PageHeader
        title={s.title}
        description={`${s.number ? `编号 ${s.number}` : "尚未登记"} · ${SUGGESTION_KIND_LABELS[s.kind]} · ${s.category}`}
        actions={
          <Link href="/suggestions" className="text-sm text-blue-800 underline">
            返回列表
          </Link>
        }
      />
      <SuggestionContent s={s} />
      <AttachmentSection suggestionId={s.id} items={attachments} upload={upload} />
      {full && full.assignments.length > 0 && <AssignmentSection s={full} />}
      <ReplySection s={s} />
      {contacts && <ContactSection suggestionId={s.id} panel={contacts} />}
      {full && <SuggestionActions s={full} choices={choices} />}
      {full && (
        <Section id="timeline" title="办理过程">
          <Timeline events={full.events} />
        </Section>
      )}
    </>
  );
}
