"use client";

import { useRouter } from "next/navigation";
import type { FieldErrors } from "react-hook-form";
import type { VoterReportCreateInput } from "@/lib/duties/schema";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { OptionSelect, type Option } from "@/components/ui/option-select";
import { asCount, CountInput } from "@/components/ui/count-input";

/** A scheduled report, for 修改述职安排: its record, the deputy's name and the values it has now. */
export interface ScheduledReport {
  id: string;
  version: number;
  deputy: string;
  values: { scheduledOn: string; place: string; note: string };
}

/**
 * 安排述职 (office): the deputy, the day and the place. With `report`, 修改述职安排 of that report before it is held:
 * its day, place and note moved or corrected (the deputy stays).
 */
export function VoterReportForm({ deputies = [], report }: { deputies?: Option[]; report?: ScheduledReport }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () =>
      import("@/lib/duties/schema").then((m) => (report ? m.VoterReportUpdateInput : m.VoterReportCreateInput)),
    url: report ? `/api/v1/voter-reports/${report.id}` : "/api/v1/voter-reports",
    method: report ? "PATCH" : "POST",
    defaultValues: report && { ...report.values, version: report.version },
    success: report ? "已修改述职安排" : "已安排述职",
    onSuccess: () => router.refresh(),
  });
  // The create input names every field either form shows (the edit form has no deputy, the schedule form no note).
  const e: FieldErrors<VoterReportCreateInput> = form.formState.errors;
  return (
    <form
      onSubmit={onSubmit}
      aria-label={report ? `修改${report.deputy}的述职安排` : "安排述职"}
      className="grid gap-3 sm:grid-cols-3"
    >
      {!report && (
        <OptionSelect
          label="述职代表"
          blank="请选择代表"
          options={deputies}
          error={e.deputyId?.message}
          register={form.register("deputyId")}
        />
      )}
      <FormField label="述职日期" error={e.scheduledOn?.message}>
        <input type="date" className={inputClass} {...form.register("scheduledOn")} />
      </FormField>
      <FormField label="述职地点" error={e.place?.message}>
        <input className={inputClass} {...form.register("place")} />
      </FormField>
      {report && (
        <FormField label="备注" error={e.note?.message}>
          <input className={inputClass} {...form.register("note")} />
        </FormField>
      )}
      {message && (
        <div className="sm:col-span-3">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      )}
      <button type="submit" className="min-h-10 rounded bg-brand-700 px-4 text-sm text-white sm:self-end">
        {report ? "保存修改" : "安排述职"}
      </button>
    </form>
  );
}

const SHEETS = [
  ["satisfied", "满意"],
  ["basic", "基本满意"],
  ["unsatisfied", "不满意"],
  ["invalid", "无效"],
] as const;

/** 录入测评结果: the meeting's day, the voters present and the paper sheets' counts (one sheet per meeting). */
export function RatingForm({ id, version, deputy }: { id: string; version: number; deputy: string }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/duties/schema").then((m) => m.VoterReportRatingInput),
    url: `/api/v1/voter-reports/${id}/rating`,
    defaultValues: { version, invalid: 0 },
    success: "测评结果已录入",
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors;
  return (
    <form
      onSubmit={onSubmit}
      aria-label={`录入${deputy}述职测评结果`}
      className="grid grid-cols-2 gap-2 sm:grid-cols-6"
    >
      <FormField label="述职日期" error={e.heldOn?.message} hint="不填即今天">
        <input type="date" className={inputClass} {...form.register("heldOn")} />
      </FormField>
      <FormField label="到会选民" error={e.votersPresent?.message}>
        <CountInput {...form.register("votersPresent", asCount)} />
      </FormField>
      {SHEETS.map(([k, label]) => (
        <FormField key={k} label={`${label}票`} error={e[k]?.message}>
          <CountInput {...form.register(k, asCount)} />
        </FormField>
      ))}
      {message && (
        <div className="col-span-2 sm:col-span-6">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      )}
      <button type="submit" className="col-span-2 min-h-10 rounded bg-brand-700 px-4 text-sm text-white sm:col-span-1">
        保存测评结果
      </button>
    </form>
  );
}
