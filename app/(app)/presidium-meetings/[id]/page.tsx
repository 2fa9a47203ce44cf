import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { presidiumMeetingView } from "@/lib/sessions/meeting-views";
import { PRESIDIUM_TOPIC_KIND_LABELS } from "@/lib/sessions/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { PresidiumRoll } from "@/components/sessions/presidium-roll";

export const metadata: Metadata = { title: "主席团会议" };

const link = "text-blue-800 underline underline-offset-2";

export default async function PresidiumMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("presidium_meeting.list");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const { meeting: m } = await orNotFound(presidiumMeetingView(actor, id));
  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href="/presidium-meetings" className={link}>
          主席团会议
        </Link>
      </p>
      <PageHeader
        title={`第${m.termNumber}届主席团第${m.number}次会议`}
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
        <ol className="flex flex-col gap-3">
          {m.topics.map((t) => (
            <li key={t.position} className="rounded border border-stone-200 p-3">
              <h3 className="font-medium">
                {t.position}. {t.title}
                <span className="ml-2 rounded bg-stone-100 px-2 py-0.5 text-xs font-normal text-stone-700">
                  {PRESIDIUM_TOPIC_KIND_LABELS[t.kind]}
                </span>
              </h3>
              <dl className="mt-1 grid grid-cols-[6rem_1fr] gap-y-1 text-sm">
                {t.reporter && (
                  <>
                    <dt className="text-stone-600">汇报人</dt>
                    <dd>{t.reporter}</dd>
                  </>
                )}
                {t.activity && (
                  <>
                    <dt className="text-stone-600">监督活动</dt>
                    <dd>
                      <Link href={`/supervision/${t.activity.id}`} className={link}>
                        {t.activity.title}
                      </Link>
                    </dd>
                  </>
                )}
                <dt className="text-stone-600">决定事项</dt>
                <dd className="whitespace-pre-wrap break-words">{t.decision ?? "—"}</dd>
              </dl>
            </li>
          ))}
        </ol>
        {m.decisions && (
          <div className="mt-3 text-sm">
            <h3 className="font-medium">其他决定事项</h3>
            <p className="whitespace-pre-wrap break-words">{m.decisions}</p>
          </div>
        )}
      </Section>
    </>
  );
}
