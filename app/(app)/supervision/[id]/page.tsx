import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { activityView } from "@/lib/supervision/views";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { TransitionPanel } from "@/components/supervision/transition-panel";
import {
  ActivityStatusLine,
  DocumentList,
  ParticipantList,
  PlanFacts,
  TargetList,
} from "@/components/supervision/activity-record";
import { AttendanceForm } from "@/components/supervision/attendance-form";
import { PollTable } from "@/components/supervision/poll-table";
import { PaperCountsForm } from "@/components/supervision/paper-counts-form";
import { ClosePollsButton } from "@/components/supervision/close-polls-button";
import { DocumentUpload } from "@/components/supervision/document-upload";
import { FollowUpSections } from "@/components/supervision/rectification-follow-up";

export const metadata: Metadata = { title: "监督活动" };

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("supervision.view");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const { a, followUp, today } = await orNotFound(activityView(actor, id));
  const openPolls = a.polls.polls.filter((p) => !p.closed);
  const openRound = openPolls[0]?.round;
  return (
    <>
      <PageHeader title={a.title} description={`第${a.termNumber}届 · ${a.year}年`} />
      <ActivityStatusLine a={a} />
      <TransitionPanel id={a.id} version={a.version} steps={a.steps} today={today} />
      <Section id="plan" title="活动方案">
        <PlanFacts a={a} />
      </Section>
      <Section id="targets" title="评议对象">
        <TargetList a={a} />
      </Section>
      <Section id="participants" title="参加人员和出席情况">
        {a.may.recordAttendance ? (
          <AttendanceForm id={a.id} participants={a.participants} />
        ) : (
          <ParticipantList a={a} />
        )}
      </Section>
      {(a.polls.polls.length > 0 || a.may.print) && (
        <Section
          id="polls"
          title="民主测评"
          description="每名参加代表对每个对象投一票（手机匿名投票或纸质票）；测评结束后公布结果，任何页面和导出都不显示个人的投票"
        >
          <div className="flex flex-col gap-3">
            {a.may.vote && openPolls.length > 0 && (
              <Link
                href={`/supervision/${a.id}/vote`}
                className="self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
              >
                去投票
              </Link>
            )}
            <PollTable polls={a.polls.polls} rule={a.polls.rule} />
            {a.may.enterPaper && openPolls.length > 0 && (
              <details className="no-print rounded border border-stone-200 p-3">
                <summary className="cursor-pointer text-sm font-medium text-blue-800">录入纸质票</summary>
                <div className="mt-3">
                  <PaperCountsForm id={a.id} polls={openPolls} />
                </div>
              </details>
            )}
            {a.may.enterPaper && openRound && <ClosePollsButton id={a.id} round={openRound} />}
            {a.may.print && (
              <p className="no-print flex flex-wrap gap-4 text-sm">
                <Link className="text-blue-800 underline" href={`/supervision/${a.id}/print/ballot`}>
                  打印测评票
                </Link>
                {a.polls.polls.some((p) => p.closed) && (
                  <Link className="text-blue-800 underline" href={`/supervision/${a.id}/print/results`}>
                    打印测评结果
                  </Link>
                )}
              </p>
            )}
          </div>
        </Section>
      )}
      <FollowUpSections f={followUp} />
      <Section id="documents" title="材料和照片">
        <DocumentList a={a} />
        {a.may.manageDocuments && (
          <div className="mt-3">
            <DocumentUpload id={a.id} />
          </div>
        )}
      </Section>
    </>
  );
}
