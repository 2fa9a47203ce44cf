import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/policy";
import { formatDay, todayInChina } from "@/lib/time/day";
import { listPresidiumMeetings } from "@/lib/sessions/meetings";
import { PageHeader } from "@/components/ui/page-header";
import { PresidiumMeetingForm } from "@/components/sessions/presidium-meeting-form";

export const metadata: Metadata = { title: "主席团会议" };

export default async function PresidiumMeetingsPage() {
  const actor = await requirePageActor("presidium_meeting.list");
  const meetings = await listPresidiumMeetings(actor);
  return (
    <>
      <PageHeader title="主席团会议" description="主席团在人代会闭会期间的会议：出席人员、议题和决定事项" />
      {can(actor, "presidium_meeting.manage") && (
        <details className="no-print mb-4 rounded border border-stone-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">登记主席团会议</summary>
          <div className="mt-3">
            <PresidiumMeetingForm today={formatDay(todayInChina())} />
          </div>
        </details>
      )}
      {meetings.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
          还没有主席团会议记录
        </p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label="主席团会议记录">
          {meetings.map((m) => (
            <li key={m.id}>
              <article aria-labelledby={`meeting-${m.id}`} className="rounded border border-stone-200 bg-white p-4">
                <h2 id={`meeting-${m.id}`} className="text-lg font-semibold">
                  第{m.number}次主席团会议
                  <span className="ml-2 text-sm font-normal text-stone-600">第{m.termNumber}届</span>
                </h2>
                <dl className="mt-2 grid grid-cols-[5rem_1fr] gap-y-1 text-sm">
                  <dt className="text-stone-600">日期</dt>
                  <dd>{m.date}</dd>
                  <dt className="text-stone-600">出席人员</dt>
                  <dd className="break-words">{m.attendees}</dd>
                  <dt className="text-stone-600">议题</dt>
                  <dd className="whitespace-pre-wrap break-words">{m.topics}</dd>
                  <dt className="text-stone-600">决定事项</dt>
                  <dd className="whitespace-pre-wrap break-words">{m.decisions ?? "—"}</dd>
                </dl>
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
