"use client";

import { FormField, inputClass } from "@/components/ui/form-field";
import { CorrectionForm, useCorrectionForm } from "@/components/ui/correction-form";
import { ATTENDANCE_LABELS, MEETING_ATTENDANCE } from "@/lib/sessions/labels";
import type { MeetingDetail } from "@/lib/sessions/meeting-read";

type Meeting = Pick<
  MeetingDetail,
  "id" | "version" | "date" | "venue" | "presidedBy" | "recorder" | "guests" | "decisions" | "members" | "topics"
>;
const values = (m: Meeting) => ({
  version: m.version,
  date: m.date,
  venue: m.venue ?? "",
  presidedBy: m.presidedBy ?? "",
  recorder: m.recorder ?? "",
  guests: m.guests ?? "",
  decisions: m.decisions ?? "",
  members: m.members.map((x) => ({ id: x.id, attendance: x.attendance as (typeof MEETING_ATTENDANCE)[number] })),
  topics: m.topics.map((t) => ({ id: t.id, title: t.title, reporter: t.reporter ?? "", decision: t.decision ?? "" })),
});

/** 更正 a presidium meeting's record: its facts, each member's attendance, each topic; then the reason. */
export function MeetingCorrectionForm({ meeting }: { meeting: Meeting }) {
  const { form, onSubmit, message, reason } = useCorrectionForm({
    schema: () => import("@/lib/sessions/meeting-correction-schema").then((m) => m.PresidiumMeetingCorrectionInput),
    url: `/api/v1/presidium-meetings/${meeting.id}/corrections`,
    initial: values(meeting),
    saved: (data) => values(data as Meeting),
  });
  const e = form.formState.errors;
  return (
    <CorrectionForm
      label="更正会议记录"
      onSubmit={onSubmit}
      message={message}
      pending={form.formState.isSubmitting}
      reason={reason}
    >
      <FormField label="会议日期" error={e.date?.message}>
        <input type="date" className={inputClass} {...form.register("date")} />
      </FormField>
      <FormField label="会议地点" error={e.venue?.message}>
        <input className={inputClass} {...form.register("venue")} />
      </FormField>
      <FormField label="主持人" error={e.presidedBy?.message}>
        <input className={inputClass} {...form.register("presidedBy")} />
      </FormField>
      <FormField label="记录人" error={e.recorder?.message}>
        <input className={inputClass} {...form.register("recorder")} />
      </FormField>
      {meeting.members.map((x, i) => (
        <FormField key={x.id} label={`出席情况（${x.name}）`} error={e.members?.[i]?.attendance?.message}>
          <select className={inputClass} {...form.register(`members.${i}.attendance`)}>
            {MEETING_ATTENDANCE.map((a) => (
              <option key={a} value={a}>
                {ATTENDANCE_LABELS[a]}
              </option>
            ))}
          </select>
        </FormField>
      ))}
      <div className="sm:col-span-2">
        <FormField label="其他列席人员" error={e.guests?.message}>
          <input className={inputClass} {...form.register("guests")} />
        </FormField>
      </div>
      {meeting.topics.map((t, i) => (
        <fieldset key={t.id} className="grid gap-3 rounded border border-stone-200 p-3 sm:col-span-2 sm:grid-cols-2">
          <legend className="px-1 text-sm font-medium">议题{t.position}</legend>
          <FormField label={`议题${t.position}名称`} error={e.topics?.[i]?.title?.message}>
            <input className={inputClass} {...form.register(`topics.${i}.title`)} />
          </FormField>
          <FormField label={`议题${t.position}汇报人`} error={e.topics?.[i]?.reporter?.message}>
            <input className={inputClass} {...form.register(`topics.${i}.reporter`)} />
          </FormField>
          <div className="sm:col-span-2">
            <FormField label={`议题${t.position}决定事项`} error={e.topics?.[i]?.decision?.message}>
              <textarea rows={3} className={inputClass} {...form.register(`topics.${i}.decision`)} />
            </FormField>
          </div>
        </fieldset>
      ))}
      <div className="sm:col-span-2">
        <FormField label="其他决定事项" error={e.decisions?.message}>
          <textarea rows={3} className={inputClass} {...form.register("decisions")} />
        </FormField>
      </div>
    </CorrectionForm>
  );
}
