// 更正 of a presidium meeting's record: a new event in its 更正记录 with the reason, never a silent overwrite
// (lib/audit/corrections.ts). The day stays within the term and a held meeting keeps a member present; the
// members and topics corrected are the meeting's own (who was on the roll and which topics were registered
// stay as registered: a member's attendance, a topic's wording and decision are corrected).
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { lockRow } from "@/lib/db/locks";
import { correctionHistory, recordCorrection, type CorrectionField } from "@/lib/audit/corrections";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { ATTENDANCE_LABELS } from "@/lib/sessions/labels";
import { rollProblem, termDayProblem } from "@/lib/sessions/meeting-rules";
import { meetingDetail, meetingInclude, type MeetingDetail } from "@/lib/sessions/meeting-read";
import type { PresidiumMeetingCorrectionInput } from "@/lib/sessions/meeting-correction-schema";

type Fields = Record<string, unknown>;
const SCALARS = ["venue", "presidedBy", "recorder", "guests", "decisions"] as const;
const memberKey = (id: string) => `member:${id}`;
const topicKey = (id: string, field: "title" | "reporter" | "decision") => `topic:${id}:${field}`;

/** Every member and topic named must be the meeting's own; 400 naming the row. */
function assertOwn(m: { members: { id: string }[]; topics: { id: string }[] }, input: PresidiumMeetingCorrectionInput) {
  const fields: Record<string, string> = {};
  const members = new Set(m.members.map((x) => x.id));
  const topics = new Set(m.topics.map((x) => x.id));
  input.members.forEach((x, i) => {
    if (!members.has(x.id)) fields[`members.${i}.id`] = "主席团成员：不是本次会议登记的成员";
  });
  input.topics.forEach((x, i) => {
    if (!topics.has(x.id)) fields[`topics.${i}.id`] = `议题${i + 1}：不是本次会议的议题`;
  });
  if (Object.keys(fields).length) throw validation(fields);
}

export async function correctPresidiumMeeting(
  actor: Actor,
  id: string,
  input: PresidiumMeetingCorrectionInput,
): Promise<MeetingDetail> {
  assertCan(actor, "presidium_meeting.manage");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockRow(tx, "PresidiumMeeting", id, actor.townshipId);
    const m = await tx.presidiumMeeting.findFirst({ where: { id }, include: { ...meetingInclude, term: true } });
    if (!m) throw notFound("主席团会议不存在");
    if (m.version !== input.version) throw conflict("会议记录已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
    assertOwn(m, input);
    const term = { number: m.term.number, startDate: formatDay(m.term.startDate), endDate: formatDay(m.term.endDate) };
    const dayProblem = termDayProblem(input.date, term);
    if (dayProblem) throw validation({ date: `会议日期：${dayProblem}` });
    const attendance = new Map(input.members.map((x) => [x.id, x.attendance]));
    const roll = m.members.map((x) => ({
      attendance: (attendance.get(x.id) ?? x.attendance) as "PRESENT" | "LEAVE" | "ABSENT",
    }));
    const rollWrong = rollProblem(input.date, formatDay(todayInChina()), roll);
    if (rollWrong) throw validation({ members: `主席团成员：${rollWrong}` });

    const before: Fields = { date: formatDay(m.date) };
    const after: Fields = { date: input.date };
    for (const k of SCALARS) [before[k], after[k]] = [m[k], input[k]];
    for (const x of m.members)
      if (attendance.has(x.id))
        [before[memberKey(x.id)], after[memberKey(x.id)]] = [x.attendance, attendance.get(x.id)];
    const topics = new Map(input.topics.map((t) => [t.id, t]));
    for (const t of m.topics) {
      const wanted = topics.get(t.id);
      if (!wanted) continue;
      for (const f of ["title", "reporter", "decision"] as const)
        [before[topicKey(t.id, f)], after[topicKey(t.id, f)]] = [t[f], wanted[f]];
    }

    await tx.presidiumMeeting.update({
      where: { id, version: input.version },
      data: {
        date: parseDay(input.date),
        ...Object.fromEntries(SCALARS.map((k) => [k, input[k]])),
        version: { increment: 1 },
      },
    });
    for (const x of m.members) {
      const to = attendance.get(x.id);
      if (to && to !== x.attendance)
        await tx.presidiumMeetingMember.update({ where: { id: x.id }, data: { attendance: to } });
    }
    for (const t of m.topics) {
      const w = topics.get(t.id);
      if (w && (w.title !== t.title || w.reporter !== t.reporter || w.decision !== t.decision))
        await tx.presidiumMeetingTopic.update({
          where: { id: t.id },
          data: { title: w.title, reporter: w.reporter, decision: w.decision },
        });
    }
    // Nothing changed: 400, and the transaction writes nothing.
    await recordCorrection(tx, actor, {
      action: "presidium_meeting.corrected",
      recordType: "PresidiumMeeting",
      recordId: id,
      before,
      after,
      reason: input.reason,
    });
    return meetingDetail(await tx.presidiumMeeting.findFirstOrThrow({ where: { id }, include: meetingInclude }));
  });
}

/** The fields a meeting's 更正记录 shows: its own, each member's attendance and each topic's wording. */
function correctionFields(m: MeetingDetail): Record<string, CorrectionField> {
  const fields: Record<string, CorrectionField> = {
    date: { label: "会议日期" },
    venue: { label: "会议地点" },
    presidedBy: { label: "主持人" },
    recorder: { label: "记录人" },
    guests: { label: "其他列席人员" },
  };
  for (const x of m.members) fields[memberKey(x.id)] = { label: `出席情况（${x.name}）`, values: ATTENDANCE_LABELS };
  for (const t of m.topics) {
    fields[topicKey(t.id, "title")] = { label: `议题${t.position}` };
    fields[topicKey(t.id, "reporter")] = { label: `议题${t.position}汇报人` };
    fields[topicKey(t.id, "decision")] = { label: `议题${t.position}决定事项` };
  }
  fields.decisions = { label: "其他决定事项" };
  return fields;
}

/** A meeting's 更正记录, oldest first. */
export const presidiumMeetingCorrections = (actor: Actor, m: MeetingDetail) =>
  correctionHistory(actor, { recordType: "PresidiumMeeting", recordId: m.id }, correctionFields(m));
