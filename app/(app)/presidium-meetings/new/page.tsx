import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { newPresidiumMeetingView } from "@/lib/sessions/meeting-views";
import { PageHeader } from "@/components/ui/page-header";
import { PresidiumMeetingForm } from "@/components/sessions/presidium-meeting-form";

export const metadata: Metadata = { title: "登记主席团会议" };

export default async function NewPresidiumMeetingPage() {
  const actor = await requirePageActor("presidium_meeting.manage");
  const options = await newPresidiumMeetingView(actor);
  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href="/presidium-meetings" className="text-blue-800 underline underline-offset-2">
          主席团会议
        </Link>
      </p>
      <PageHeader
        title="登记主席团会议"
        description={`第${options.termNumber}届；会议次序在本届内自动编号。已召开的会议须登记出席的主席团成员。`}
      />
      <PresidiumMeetingForm {...options} />
    </>
  );
}
