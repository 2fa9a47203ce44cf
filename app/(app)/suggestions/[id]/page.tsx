import type { Metadata } from "next";
import Link from "next/link";
import { recordPage } from "@/lib/auth/page";
import { suggestionView } from "@/lib/suggestions/views";
import { SUGGESTION_KIND_LABELS } from "@/lib/suggestions/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Section } from "@/components/ui/section";
import { AssignmentSection, ReplySection, SuggestionContent } from "@/components/suggestions/suggestion-record";
import { SuggestionActions } from "@/components/suggestions/suggestion-actions";
import { Timeline } from "@/components/suggestions/timeline";
import { AttachmentSection } from "@/components/suggestions/attachment-section";
import { ContactSection } from "@/components/suggestions/contact-section";

type Props = { params: Promise<{ id: string }>; searchParams?: Promise<{ submitted?: string | string[] }> };

const load = recordPage("suggestion.view", suggestionView);

/** "建议 2026-012 关于…": the kind, the number once registered, the title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { s } = await load(params);
  return { title: [SUGGESTION_KIND_LABELS[s.kind], s.number, s.title].filter(Boolean).join(" ") };
}

/** What the proposer is told on landing here from the form (?submitted=1, or =draft). */
function submittedText(submitted: unknown, kind: string, number: string | null): string | null {
  if (submitted === "draft") return `已存为草稿，可在本页继续修改后提交`;
  if (submitted !== "1") return null;
  return number ? `${kind}已提交，编号 ${number}` : `${kind}已提交，人大办登记后编号；办理进度可在本页查看`;
}

export default async function SuggestionPage({ params, searchParams }: Props) {
  const { s, full, attachments, upload, choices, contacts } = await load(params);
  const notice = submittedText((await searchParams)?.submitted, SUGGESTION_KIND_LABELS[s.kind], s.number);
  return (
    <>
      {notice && (
        <div className="mb-3">
          <Alert tone="success">{notice}</Alert>
        </div>
      )}
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
