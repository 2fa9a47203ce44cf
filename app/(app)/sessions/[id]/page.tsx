import type { Metadata } from "next";
import { recordPage } from "@/lib/auth/page";
import { sessionView } from "@/lib/sessions/views";
import { Section } from "@/components/ui/section";
import { SessionHeader } from "@/components/sessions/session-header";
import { ChecklistSection } from "@/components/sessions/checklist-section";
import { AgendaSection } from "@/components/sessions/agenda-section";
import { AttendanceSection } from "@/components/sessions/attendance-section";
import { VotesList } from "@/components/sessions/votes-list";
import { VoteForm } from "@/components/sessions/vote-form";
import { ElectionsSection } from "@/components/sessions/elections-section";
import { MinutesForm } from "@/components/sessions/minutes-form";
import { SessionCorrections } from "@/components/sessions/session-corrections";
import { SessionJumpLinks, type SessionPart } from "@/components/sessions/session-jump-links";

type Props = { params: Promise<{ id: string }> };

const load = recordPage("session.view", sessionView);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { s } = await load(params);
  return { title: `${s.title} · 会议` };
}

export default async function SessionPage({ params }: Props) {
  const { s, staff, votes, elections, attendance, corrections, agenda, present, today, may } = await load(params);
  const shown: SessionPart[] = ["agenda", "votes", "elections"];
  if (staff) shown.push("checklist", "minutes");
  if (attendance) shown.push("attendance");
  return (
    <>
      <SessionHeader session={s} staff={staff} canClose={may.close} />
      <SessionJumpLinks shown={shown} />
      {staff && (
        <Section id="checklist" title="筹备清单" description="截止日期按会议开幕日推算；过期未完成的事项标为“逾期”">
          <ChecklistSection sessionId={s.id} items={s.checklist} today={today} canEdit={may.edit} />
        </Section>
      )}
      <Section id="agenda" title="议程与文件">
        <AgendaSection session={s} canEdit={may.edit} />
      </Section>
      {attendance && (
        <Section
          id="attendance"
          title="签到与法定人数"
          description="有三分之二以上的代表出席，始得举行（地方组织法第十四条第四款）；每次表决前再核对出席人数"
        >
          <AttendanceSection sessionId={s.id} initial={attendance} canEdit={may.edit} />
        </Section>
      )}
      <Section id="votes" title="表决" description="以全体代表的过半数通过（地方组织法第二十五条）">
        <VotesList sessionId={s.id} votes={votes} agenda={agenda} canCorrect={may.correctRecord} />
        {may.vote && (
          <details className="no-print mt-3 rounded border border-stone-200 p-3">
            <summary className="cursor-pointer text-sm font-medium text-blue-800">登记表决</summary>
            <div className="mt-3">
              <VoteForm sessionId={s.id} agenda={agenda} present={present} />
            </div>
          </details>
        )}
      </Section>
      <Section
        id="elections"
        title="选举"
        description="以全体代表的过半数通过；获得过半数选票的候选人多于应选名额时，以得票多的当选（地方组织法第二十五条、第二十九条）"
      >
        <ElectionsSection
          sessionId={s.id}
          elections={elections}
          agenda={agenda}
          canCreate={may.addElection}
          canRecord={may.recordRound}
          canCorrect={may.correctRecord}
          staff={staff}
        />
      </Section>
      <SessionCorrections
        entries={corrections}
        canCorrect={may.correct}
        sessionId={s.id}
        version={s.version}
        startDate={s.startDate}
        endDate={s.endDate}
        venue={s.venue}
        agenda={agenda}
      />
      {staff && (
        <Section id="minutes" title="会议纪要">
          {may.edit ? (
            <MinutesForm sessionId={s.id} minutes={s.minutes} version={s.version} />
          ) : (
            <p className="whitespace-pre-wrap text-sm">{s.minutes || "尚未填写"}</p>
          )}
        </Section>
      )}
    </>
  );
}
