"use client";

import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { AddRowButton, SubmitButton } from "@/components/ui/submit-button";
import { PresidiumTopicRow, blankTopic, type ActivityOption } from "@/components/sessions/presidium-topic-row";
import { PresidiumInviteeFields, PresidiumRollFields } from "@/components/sessions/presidium-roll-fields";

interface Props {
  today: string;
  members: { id: string; name: string; deputyId: string | null }[];
  deputies: { id: string; name: string }[];
  activities: ActivityOption[];
}

/** 登记主席团会议: the roll, 列席, topics in order (a report heard may name its supervision activity), decisions. */
export function PresidiumMeetingForm({ today, members, deputies, activities }: Props) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/sessions/meeting-schema").then((m) => m.PresidiumMeetingInput),
    url: "/api/v1/presidium-meetings",
    success: "已登记",
    defaultValues: {
      date: today,
      venue: "",
      presidedBy: "",
      recorder: "",
      members: members.map((m) => ({ userId: m.id, attendance: "PRESENT" as const })),
      inviteeIds: [],
      guests: "",
      topics: [blankTopic],
      decisions: "",
    },
    onSuccess: (data) => router.push(`/presidium-meetings/${(data as { id: string }).id}`),
  });
  const { register, control, formState } = form;
  const topics = useFieldArray({ control, name: "topics" });
  const e = formState.errors;
  const memberDeputies = new Set(members.flatMap((m) => (m.deputyId ? [m.deputyId] : [])));
  return (
    <form onSubmit={onSubmit} noValidate aria-label="登记主席团会议" className="flex flex-col gap-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FormField label="会议日期" error={e.date?.message}>
          <input type="date" className={inputClass} {...register("date")} />
        </FormField>
        <FormField label="会议地点" error={e.venue?.message}>
          <input className={inputClass} {...register("venue")} />
        </FormField>
        <FormField label="主持人" error={e.presidedBy?.message}>
          <input className={inputClass} {...register("presidedBy")} />
        </FormField>
        <FormField label="记录人" error={e.recorder?.message}>
          <input className={inputClass} {...register("recorder")} />
        </FormField>
      </div>
      <PresidiumRollFields
        members={members}
        register={register}
        error={e.members?.message ?? e.members?.root?.message}
      />
      <PresidiumInviteeFields
        deputies={deputies.filter((d) => !memberDeputies.has(d.id))}
        register={register}
        error={e.inviteeIds ? (e.inviteeIds.message ?? "列席代表有误") : undefined}
      />
      <FormField label="其他列席人员" hint="非代表的列席人员，如政府分管领导、汇报单位负责人" error={e.guests?.message}>
        <input className={inputClass} {...register("guests")} />
      </FormField>
      <fieldset className="flex flex-col gap-3 rounded border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium">议题（按顺序）</legend>
        {topics.fields.map((f, i) => (
          <PresidiumTopicRow
            key={f.id}
            index={i}
            register={register}
            errors={e.topics?.[i]}
            activities={activities}
            onRemove={topics.fields.length > 1 ? () => topics.remove(i) : undefined}
          />
        ))}
        {(e.topics?.message ?? e.topics?.root?.message) && (
          <p className="text-sm text-red-800">{e.topics?.message ?? e.topics?.root?.message}</p>
        )}
        <AddRowButton onClick={() => topics.append(blankTopic)}>添加议题</AddRowButton>
      </fieldset>
      <FormField label="其他决定事项" error={e.decisions?.message}>
        <textarea rows={3} className={inputClass} {...register("decisions")} />
      </FormField>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <SubmitButton pending={formState.isSubmitting}>登记会议</SubmitButton>
    </form>
  );
}
