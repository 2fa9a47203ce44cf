"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { AUDIENCE_LEVEL_LABELS, TRAINING_KIND_LABELS } from "@/lib/training/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { LabelOptions } from "@/components/ui/label-options";
import { Alert } from "@/components/ui/alert";
import { checkAndSend } from "@/components/training/send";
import { AudiencePicker } from "@/components/training/audience-picker";

type Option = { id: string; name: string };
const text = (data: FormData, name: string) => String(data.get(name) ?? "");

/** 新建培训: kind, name, dates and days, place, teacher, materials, and who is enrolled (by level, group or name). */
export function TrainingForm({ groups, plans, today }: { groups: Option[]; plans: Option[]; today: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const body = {
      kind: text(data, "kind"),
      title: text(data, "title"),
      planId: text(data, "planId"),
      startDate: text(data, "startDate"),
      endDate: text(data, "endDate"),
      days: text(data, "days"),
      place: text(data, "place"),
      teacher: text(data, "teacher"),
      materials: text(data, "materials"),
      audienceLevels: data.getAll("audienceLevels").map(String),
      audienceGroupIds: data.getAll("audienceGroupIds").map(String),
    };
    const res = await checkAndSend<{ id: string }>("TrainingCreateInput", "/api/v1/training-sessions", body);
    if (res.ok) return router.push(`/training/sessions/${res.data.id}`);
    setErrors(res.error.fields ?? {});
    setMessage(res.error.message);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="培训" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <FormField label="培训类型" error={errors.kind}>
          <select name="kind" className={inputClass} defaultValue="DUTY">
            <LabelOptions labels={TRAINING_KIND_LABELS} />
          </select>
        </FormField>
        <FormField label="培训名称" error={errors.title}>
          <input name="title" className={inputClass} />
        </FormField>
        <FormField label="培训计划" error={errors.planId} hint="可不选">
          <select name="planId" className={inputClass} defaultValue="">
            <option value="">（不属于计划）</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="开始日期" error={errors.startDate}>
          <input name="startDate" type="date" defaultValue={today} className={inputClass} />
        </FormField>
        <FormField label="结束日期" error={errors.endDate}>
          <input name="endDate" type="date" defaultValue={today} className={inputClass} />
        </FormField>
        <FormField label="培训天数" error={errors.days} hint="以半天为单位，如 1.5">
          <input name="days" type="number" step="0.5" min="0.5" defaultValue="1" className={inputClass} />
        </FormField>
        <FormField label="地点" error={errors.place}>
          <input name="place" className={inputClass} />
        </FormField>
        <FormField label="授课人" error={errors.teacher}>
          <input name="teacher" className={inputClass} />
        </FormField>
      </div>
      <FormField label="学习材料" error={errors.materials}>
        <textarea name="materials" rows={3} className={inputClass} />
      </FormField>
      <AudiencePicker
        legend="培训对象（报名培训开始当日在任的相应代表）"
        levels={AUDIENCE_LEVEL_LABELS}
        groups={groups}
        error={errors.audienceLevels ?? errors.audienceGroupIds ?? errors.deputyIds}
      />
      {message && <Alert tone="error">{message}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white">
        保存培训
      </button>
    </form>
  );
}
