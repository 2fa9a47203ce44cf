"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { LabelOptions } from "@/components/ui/label-options";
import { Alert } from "@/components/ui/alert";
import { AUDIENCE_LEVEL_LABELS, QUARTER_LABELS, TRAINING_KIND_LABELS } from "@/lib/training/labels";
import type { PlanDetail } from "@/lib/training/plans";
import type { TrainingUpdateInput } from "@/lib/training/schema";

type Option = { id: string; name: string };
const box = "flex min-h-10 items-center gap-2 text-sm";

type PlanForm = ReturnType<typeof usePlanEdit>["form"];

/** 三、培训对象: deputy levels and groups as checkboxes. */
function Audience({ form, groups }: { form: PlanForm; groups: Option[] }) {
  const e = form.formState.errors;
  const error = e.audienceLevels?.message ?? e.audienceGroupIds?.message;
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-medium">三、培训对象</legend>
      <div className="flex flex-wrap gap-x-4">
        {Object.entries(AUDIENCE_LEVEL_LABELS).map(([value, label]) => (
          <label key={value} className={box}>
            <input type="checkbox" value={value} className="h-5 w-5" {...form.register("audienceLevels")} />
            {label}
          </label>
        ))}
        {groups.map((g) => (
          <label key={g.id} className={box}>
            <input type="checkbox" value={g.id} className="h-5 w-5" {...form.register("audienceGroupIds")} />
            {g.name}
          </label>
        ))}
      </div>
      {error && <p className="text-sm text-red-800">{error}</p>}
    </fieldset>
  );
}

/** The plan's slots (quarters or the term's years) and the form's state. */
function usePlanEdit(plan: PlanDetail) {
  const router = useRouter();
  const slots =
    plan.kind === "YEAR"
      ? [1, 2, 3, 4]
      : Array.from({ length: plan.termYears[1] - plan.termYears[0] + 1 }, (_, i) => plan.termYears[0] + i);
  const slotText = (slot: number) =>
    plan.items.find((i) => (plan.kind === "YEAR" ? i.quarter === slot : i.year === slot))?.text ?? "";
  const api = useApiForm({
    schema: () => import("@/lib/training/schema").then((m) => m.PlanEditForm),
    url: `/api/v1/training-plans/${plan.id}`,
    method: "PATCH",
    defaultValues: {
      version: plan.version,
      year: plan.year,
      title: plan.title,
      guidingIdeas: plan.guidingIdeas,
      purpose: plan.purpose,
      audienceLevels: plan.audienceLevels,
      audienceGroupIds: plan.audienceGroups.map((g) => g.id),
      audienceNote: plan.audienceNote ?? "",
      content: plan.content,
      form: plan.form,
      slots: slots.map(slotText),
    },
    payload: ({ slots: texts, ...v }) => ({
      ...v,
      year: plan.kind === "YEAR" ? v.year : null,
      items: slots
        .map((slot, i) => ({ slot, text: texts[i] }))
        .filter((x) => x.text)
        .map((x) => (plan.kind === "YEAR" ? { quarter: x.slot, text: x.text } : { year: x.slot, text: x.text })),
    }),
    success: "培训计划已修改",
    onSuccess: () => router.refresh(),
  });
  return { ...api, slots };
}

/** 修改培训计划 (a draft): every heading, the audience and the schedule, as the new plan's form has them. */
export function PlanEditForm({ plan, groups }: { plan: PlanDetail; groups: Option[] }) {
  const { form, onSubmit, message, slots } = usePlanEdit(plan);
  const e = form.formState.errors;
  const area = (name: "guidingIdeas" | "purpose" | "content" | "form", label: string, rows = 3) => (
    <FormField label={label} error={e[name]?.message}>
      <textarea rows={rows} className={inputClass} {...form.register(name)} />
    </FormField>
  );
  return (
    <form onSubmit={onSubmit} aria-label="修改培训计划" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        {plan.kind === "YEAR" && (
          <FormField label="年度" error={e.year?.message}>
            <input type="number" className={inputClass} {...form.register("year")} />
          </FormField>
        )}
        <FormField label="计划名称" error={e.title?.message}>
          <input className={inputClass} {...form.register("title")} />
        </FormField>
      </div>
      {area("guidingIdeas", "一、指导思想")}
      {area("purpose", "二、目的意义")}
      <Audience form={form} groups={groups} />
      <FormField label="培训对象说明" error={e.audienceNote?.message} hint="可不填">
        <input className={inputClass} {...form.register("audienceNote")} />
      </FormField>
      {area("content", "四、培训内容", 4)}
      {area("form", "五、培训形式")}
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">六、时间安排（{plan.kind === "YEAR" ? "按季度" : "按年度"}）</legend>
        {slots.map((slot, i) => (
          <FormField
            key={slot}
            label={plan.kind === "YEAR" ? QUARTER_LABELS[slot - 1] : `${slot}年`}
            error={e.slots?.[i]?.message}
          >
            <textarea rows={2} className={inputClass} {...form.register(`slots.${i}`)} />
          </FormField>
        ))}
      </fieldset>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white">
        保存修改
      </button>
    </form>
  );
}

/** 修改培训: kind, name, plan, dates and days, place, teacher and materials (enrolment has its own form). */
export function TrainingEditForm({
  id,
  version,
  plans,
  values,
}: {
  id: string;
  version: number;
  plans: Option[];
  values: Omit<TrainingUpdateInput, "version" | "cancelled">;
}) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/training/schema").then((m) => m.TrainingUpdateInput),
    url: `/api/v1/training-sessions/${id}`,
    method: "PATCH",
    defaultValues: { ...values, planId: values.planId ?? "", version },
    success: "培训已修改",
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} aria-label="修改培训" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <FormField label="培训类型" error={e.kind?.message}>
          <select className={inputClass} {...form.register("kind")}>
            <LabelOptions labels={TRAINING_KIND_LABELS} />
          </select>
        </FormField>
        <FormField label="培训名称" error={e.title?.message}>
          <input className={inputClass} {...form.register("title")} />
        </FormField>
        <FormField label="培训计划" error={e.planId?.message} hint="可不选">
          <select className={inputClass} {...form.register("planId")}>
            <option value="">（不属于计划）</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="开始日期" error={e.startDate?.message}>
          <input type="date" className={inputClass} {...form.register("startDate")} />
        </FormField>
        <FormField label="结束日期" error={e.endDate?.message}>
          <input type="date" className={inputClass} {...form.register("endDate")} />
        </FormField>
        <FormField label="培训天数" error={e.days?.message} hint="以半天为单位，如 1.5">
          <input type="number" step="0.5" min="0.5" className={inputClass} {...form.register("days")} />
        </FormField>
        <FormField label="地点" error={e.place?.message}>
          <input className={inputClass} {...form.register("place")} />
        </FormField>
        <FormField label="授课人" error={e.teacher?.message}>
          <input className={inputClass} {...form.register("teacher")} />
        </FormField>
      </div>
      <FormField label="学习材料" error={e.materials?.message}>
        <textarea rows={3} className={inputClass} {...form.register("materials")} />
      </FormField>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white">
        保存修改
      </button>
    </form>
  );
}
