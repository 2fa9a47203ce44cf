// 主席团会议纪要 as a Word file in the GB/T 9704 layout of lib/docx/official.ts: who sat, each topic with the
// report heard and what was decided, signed by the presidium.
import type { Actor } from "@/lib/auth/actor";
import { body, heading, pack, signOff, title, type DocBlock } from "@/lib/docx/official";
import { cnDate } from "@/lib/text/dates";
import { headingNumber } from "@/lib/text/numerals";
import { presidiumMeetingOfficialName } from "@/lib/text/names";
import { townshipName } from "@/lib/text/township";
import { PRESIDIUM_TOPIC_KIND_LABELS } from "@/lib/sessions/labels";
import { getPresidiumMeeting, type MeetingDetail } from "@/lib/sessions/meetings";

export const meetingMinutesTitle = (township: string, m: MeetingDetail) =>
  `${presidiumMeetingOfficialName(township, m.termNumber, m.number)}纪要`;

const names = (list: readonly string[]) => (list.length ? list.join("、") : "无");

/** The people of the meeting, one line each (时间、地点、主持人、出席、请假、缺席、列席、记录人). */
function rollLines(m: MeetingDetail): string[] {
  const sitIn = [...m.invitees.map((d) => `${d.name}（代表）`), ...(m.guests ? [m.guests] : [])];
  return [
    `时间：${cnDate(m.date)}`,
    ...(m.venue ? [`地点：${m.venue}`] : []),
    ...(m.presidedBy ? [`主持人：${m.presidedBy}`] : []),
    `出席：${names(m.present)}`,
    ...(m.legacyAttendees ? [`出席（原记录）：${m.legacyAttendees}`] : []),
    ...(m.onLeave.length ? [`请假：${names(m.onLeave)}`] : []),
    ...(m.absent.length ? [`缺席：${names(m.absent)}`] : []),
    `列席：${names(sitIn)}`,
    ...(m.recorder ? [`记录人：${m.recorder}`] : []),
  ];
}

function topicBlocks(m: MeetingDetail): DocBlock[] {
  return m.topics.flatMap((t, i) => [
    heading(`${headingNumber(i)}${t.title}`),
    ...body(
      [
        PRESIDIUM_TOPIC_KIND_LABELS[t.kind],
        t.reporter ? `汇报人：${t.reporter}` : null,
        t.activity ? `监督活动：${t.activity.title}` : null,
      ]
        .filter(Boolean)
        .join("；") + "。",
    ),
    ...body(t.decision ? `会议决定：${t.decision}` : "会议决定：未记录。"),
  ]);
}

export function meetingMinutesDocx(township: string, m: MeetingDetail): Promise<Buffer> {
  const name = presidiumMeetingOfficialName(township, m.termNumber, m.number);
  const children: DocBlock[] = [
    title(meetingMinutesTitle(township, m)),
    ...rollLines(m).flatMap((line) => body(line, { indent: false })),
    ...body(
      `${cnDate(m.date)}，${name}召开，会议共${m.topics.length}项议题${m.reportsHeard ? `，听取报告${m.reportsHeard}项` : ""}。现将会议议定事项纪要如下：`,
    ),
    ...topicBlocks(m),
    ...(m.decisions ? [heading(`${headingNumber(m.topics.length)}其他决定事项`), ...body(m.decisions)] : []),
    ...signOff(`${township}人民代表大会主席团`, cnDate(m.date)),
  ];
  return pack(meetingMinutesTitle(township, m), children);
}

/** The minutes of one meeting of the actor's township, and its file name. */
export async function presidiumMeetingMinutes(actor: Actor, id: string) {
  const [m, township] = await Promise.all([getPresidiumMeeting(actor, id), townshipName(actor)]);
  const buffer = await meetingMinutesDocx(township, m);
  return { buffer, filename: `${meetingMinutesTitle(township, m)}.docx` };
}
