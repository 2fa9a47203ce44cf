"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { AUDIENCE_LEVEL_LABELS, PLAN_KIND_LABELS, QUARTER_LABELS } from "@/lib/training/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { LabelOptions } from "@/components/ui/label-options";
import { Alert } from "@/components/ui/alert";
import { checkAndSend } from "@/components/training/send";
import { AudiencePicker } from "@/components/training/audience-picker";

const text = (data: FormData, name: string) => String(data.get(name) ?? "");

function planBody(data: FormData, kind: "YEAR" | "TERM", slots: number[]) {
  const items = slots
    .map((slot) => ({ slot, text: text(data, `slot-${slot}`).trim() }))
    .filter((i) => i.text)
    .map((i) => (kind === "YEAR" ? { quarter: i.slot, text: i.text } : { year: i.slot, text: i.text }));
  return {
    kind,
    year: kind === "YEAR" ? Number(text(data, "year")) : null,
    title: text(data, "title"),
    guidingIdeas: text(data, "guidingIdeas"),
    purpose: text(data, "purpose"),
    audienceLevels: data.getAll("audienceLevels").map(String),
    audienceGroupIds: data.getAll("audienceGroupIds").map(String),
    audienceNote: text(data, "audienceNote"),
    content: text(data, "content"),
    form: text(data, "form"),
    items,
  };
}

function Schedule({ kind, slots, errors }: { kind: string; slots: number[]; errors: Record<string, string> }) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">六、时间安排（{kind === "YEAR" ? "按季度" : "按年度"}）</legend>
      {slots.map((slot, i) => (
        <FormField
          key={slot}
          label={kind === "YEAR" ? QUARTER_LABELS[slot - 1] : `${slot}年`}
          error={errors[`items.${i}.text`]}
        >
          <textarea name={`slot-${slot}`} rows={2} className={inputClass} />
        </FormField>
      ))}
    </fieldset>
  );
}

/** 新建培训计划: the documents' six headings; 时间安排 one box per quarter (year plan) or per year (five-year plan). */
export function PlanForm({
  groups,
  year,
  termYears,
}: {
  groups: { id: string; name: string }[];
  year: number;
  termYears: number[];
}) {
  const router = useRouter();
  const [kind, setKind] = useState<"YEAR" | "TERM">("YEAR");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const slots = kind === "YEAR" ? [1, 2, 3, 4] : termYears;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const body = planBody(new FormData(e.currentTarget), kind, slots);
    const res = await checkAndSend<{ id: string }>("PlanCreateInput", "/api/v1/training-plans", body);
    if (res.ok) return router.push(`/training/plans/${res.data.id}`);
    setErrors(res.error.fields ?? {});
    setMessage(res.error.message);
  }

  const area = (name: string, label: string, rows = 3) => (
    <FormField label={label} error={errors[name]}>
      <textarea name={name} rows={rows} className={inputClass} />
    </FormField>
  );
  return (
    <form onSubmit={submit} noValidate aria-label="培训计划" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField label="计划类型" error={errors.kind}>
          <select name="kind" className={inputClass} value={kind} onChange={(e) => setKind(e.target.value as "YEAR")}>
            <LabelOptions labels={PLAN_KIND_LABELS} />
          </select>
        </FormField>
        {kind === "YEAR" && (
          <FormField label="年度" error={errors.year}>
            <input name="year" type="number" defaultValue={year} className={inputClass} />
          </FormField>
        )}
        <FormField label="计划名称" error={errors.title}>
          <input name="title" className={inputClass} />
        </FormField>
      </div>
      {area("guidingIdeas", "一、指导思想")}
      {area("purpose", "二、目的意义")}
      <AudiencePicker
        legend="三、培训对象"
        levels={AUDIENCE_LEVEL_LABELS}
        groups={groups}
        error={errors.audienceLevels ?? errors.audienceGroupIds}
      />
      <FormField label="培训对象说明" error={errors.audienceNote} hint="可不填">
        <input name="audienceNote" className={inputClass} />
      </FormField>
      {area("content", "四、培训内容", 4)}
      {area("form", "五、培训形式")}
      <Schedule kind={kind} slots={slots} errors={errors} />
      {message && <Alert tone="error">{message}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white">
        保存为草稿
      </button>
    </form>
  );
}
