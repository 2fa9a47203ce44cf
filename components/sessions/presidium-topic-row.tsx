"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import type { PresidiumMeetingInput, PresidiumTopicInput } from "@/lib/sessions/meeting-schema";
import { PRESIDIUM_TOPIC_KIND_LABELS, TOPIC_KINDS } from "@/lib/sessions/labels";
import { FormField, inputClass } from "@/components/ui/form-field";

export interface ActivityOption {
  id: string;
  title: string;
  year: number;
}

export const blankTopic = { kind: "MATTER" as const, title: "", reporter: "", activityId: "", decision: "" };

/** One topic of the meeting: its kind, title, who reported, the supervision activity heard, the decision. */
export function PresidiumTopicRow({
  index: i,
  register,
  errors: e,
  activities,
  onRemove,
}: {
  index: number;
  register: UseFormRegister<z.input<typeof PresidiumMeetingInput>>;
  errors?: FieldErrors<z.input<typeof PresidiumTopicInput>>;
  activities: ActivityOption[];
  onRemove?: () => void;
}) {
  return (
    <div role="group" aria-label={`议题${i + 1}`} className="flex flex-col gap-2 rounded border border-stone-200 p-3">
      <div className="flex items-center justify-between">
        <span className="text-sm font-medium">议题{i + 1}</span>
        {onRemove && (
          <button type="button" onClick={onRemove} className="min-h-8 text-sm text-red-800 underline">
            删除议题{i + 1}
          </button>
        )}
      </div>
      <div className="grid gap-2 sm:grid-cols-[10rem_1fr]">
        <FormField label="议题类别" error={e?.kind?.message}>
          <select className={inputClass} {...register(`topics.${i}.kind`)}>
            {TOPIC_KINDS.map((k) => (
              <option key={k} value={k}>
                {PRESIDIUM_TOPIC_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="议题" error={e?.title?.message}>
          <input className={inputClass} {...register(`topics.${i}.title`)} />
        </FormField>
      </div>
      <div className="grid gap-2 sm:grid-cols-2">
        <FormField label="汇报人" hint="汇报单位或人员" error={e?.reporter?.message}>
          <input className={inputClass} {...register(`topics.${i}.reporter`)} />
        </FormField>
        <FormField label="关联监督活动" hint="听取的报告所属的监督活动" error={e?.activityId?.message}>
          <select className={inputClass} {...register(`topics.${i}.activityId`)}>
            <option value="">不关联</option>
            {activities.map((a) => (
              <option key={a.id} value={a.id}>
                {a.year}年 {a.title}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField label="决定事项" error={e?.decision?.message}>
        <textarea rows={2} className={inputClass} {...register(`topics.${i}.decision`)} />
      </FormField>
    </div>
  );
}
