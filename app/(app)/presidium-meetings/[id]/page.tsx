import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { presidiumMeetingView } from "@/lib/sessions/meeting-views";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { PresidiumRoll } from "@/components/sessions/presidium-roll";
import { MeetingTopics } from "@/components/sessions/meeting-topics";
import { MeetingCorrectionForm } from "@/components/sessions/meeting-correction-form";
import { CorrectionHistory } from "@/components/ui/correction-history";

export const metadata: Metadata = { title: "主席团会议" };

const link = "text-blue-800 underline underline-offset-2";

export default async function PresidiumMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("presidium_meeting.list");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const { meeting: m, manage, corrections } = await orNotFound(presidiumMeetingView(actor, id));
  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href="/presidium-meetings" className={link}>
          主席团会议
        </Link>
      </p>
      <PageHeader
        title={m.title}
        description={[m.date, m.venue].filter(Boolean).join(" · ")}
        actions={
          <a
            href={`/api/v1/presidium-meetings/${m.id}/minutes`}
            className="rounded border border-stone-300 bg-white px-3 py-2 text-sm text-blue-800"
          >
            下载会议纪要（Word）
          </a>
        }
      />
      <Section id="roll" title="出席和列席">
        <PresidiumRoll meeting={m} />
        <dl className="mt-2 grid grid-cols-[7rem_1fr] gap-y-1 text-sm">
          <dt className="text-stone-600">主持人</dt>
          <dd>{m.presidedBy ?? "—"}</dd>
          <dt className="text-stone-600">记录人</dt>
          <dd>{m.recorder ?? "—"}</dd>
        </dl>
      </Section>
      <Section id="topics" title="议题和决定">
        <MeetingTopics topics={m.topics} />
        {m.decisions && (
          <div className="mt-3 text-sm">
            <h3 className="font-medium">其他决定事项</h3>
            <p className="whitespace-pre-wrap break-words">{m.decisions}</p>
          </div>
        )}
      </Section>
      {manage && (
        <details className="no-print mb-4 rounded border border-stone-200 p-3">
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-blue-800">更正会议记录</summary>
          <p className="mb-3 text-sm text-stone-600">更正后原记录保留在“更正记录”中，并写明更正原因。</p>
          <MeetingCorrectionForm meeting={m} />
        </details>
      )}
      <CorrectionHistory entries={corrections} />
    </>
  );
}
