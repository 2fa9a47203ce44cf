"use client";

import { useState } from "react";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { OccurredOnField, OnBehalfNote } from "@/components/ui/occurred-on-field";
import { useSuggestionForm as useStepForm } from "@/components/suggestions/use-suggestion-form";
import { AttachmentPicker } from "@/components/suggestions/attachment-picker";

const url = (id: string, step: string) => `/api/v1/rectifications/${id}/${step}`;
const LIMITS = { maxMb: 10, maxFiles: 10 };

function Result({ message }: { message: { tone: "error" | "success"; text: string } | null }) {
  return message ? <Alert tone={message.tone}>{message.text}</Alert> : null;
}

/** 整改报告: the unit's written report with its files, or the office's 代录 of a paper one with its date. */
export function ReportForm({ taskId, version, onBehalf }: { taskId: string; version: number; onBehalf: boolean }) {
  const [files, setFiles] = useState<File[]>([]);
  const { form, onSubmit, message, error, fileError } = useStepForm({
    schema: () => import("@/lib/supervision/rectification/schema").then((m) => m.RectificationReportInput),
    url: url(taskId, "report"),
    version,
    defaultValues: { version, text: "", occurredOn: "" },
    success: onBehalf ? "已代录整改报告" : "整改报告已提交",
    files: () => files,
    onSuccess: () => setFiles([]),
  });
  const label = onBehalf ? "代录整改报告" : "提交整改报告";
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="flex flex-col gap-3">
      {onBehalf && <OnBehalfNote of="承办单位" />}
      <FormField label="整改报告" error={error("text")} hint="整改措施、完成情况和下一步打算">
        <textarea rows={6} className={inputClass} {...form.register("text")} />
      </FormField>
      {onBehalf && (
        <OccurredOnField
          label="报送日期"
          hint="纸质整改报告上单位落款的日期"
          error={error("occurredOn")}
          register={form.register("occurredOn")}
        />
      )}
      <AttachmentPicker files={files} onChange={setFiles} limits={LIMITS} error={fileError} label="报告附件" />
      <Result message={message} />
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        {label}
      </Button>
    </form>
  );
}

/** The office's review: 验收通过, or 退回 with the reasons and optionally a new due day. */
export function ReviewForm({ taskId, version }: { taskId: string; version: number }) {
  const { form, onSubmit, message, error } = useStepForm({
    schema: () => import("@/lib/supervision/rectification/schema").then((m) => m.RectificationReviewInput),
    url: url(taskId, "review"),
    version,
    defaultValues: { version, decision: "accept", note: "", occurredOn: "", dueDate: "" },
    success: "审核结果已保存",
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="审核整改报告" className="flex flex-col gap-3">
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">审核结果</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {(
            [
              ["accept", "验收通过"],
              ["return", "退回重新整改"],
            ] as const
          ).map(([value, text]) => (
            <label
              key={value}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded border border-stone-300 px-3 text-sm has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50"
            >
              <input type="radio" value={value} {...form.register("decision")} /> {text}
            </label>
          ))}
        </div>
      </fieldset>
      <FormField label="审核意见" error={error("note")} hint="退回时必须写明理由">
        <textarea rows={3} className={inputClass} {...form.register("note")} />
      </FormField>
      <FormField label="重新报送期限" error={error("dueDate")} hint="仅退回时填写；不填则沿用原期限">
        <input type="date" className={inputClass} {...form.register("dueDate")} />
      </FormField>
      <OccurredOnField
        label="审核日期"
        hint="审核的日期"
        error={error("occurredOn")}
        register={form.register("occurredOn")}
      />
      <Result message={message} />
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        保存审核结果
      </Button>
    </form>
  );
}

/** 催办 or 回访: what was said or found, with its day. */
export function EventForm({
  taskId,
  version,
  step,
}: {
  taskId: string;
  version: number;
  step: "reminders" | "visits";
}) {
  const remind = step === "reminders";
  const { form, onSubmit, message, error } = useStepForm({
    schema: () => import("@/lib/supervision/rectification/schema").then((m) => m.RectificationEventInput),
    url: url(taskId, step),
    version,
    defaultValues: { version, note: "", occurredOn: "" },
    success: remind ? "已登记催办" : "已登记回访",
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={remind ? "催办" : "回访"} className="flex flex-col gap-3">
      <FormField label={remind ? "催办情况" : "回访情况"} error={error("note")}>
        <textarea rows={3} className={inputClass} {...form.register("note")} />
      </FormField>
      <OccurredOnField
        label={remind ? "催办日期" : "回访日期"}
        hint={remind ? "电话或当面催办的日期" : "回访的日期"}
        error={error("occurredOn")}
        register={form.register("occurredOn")}
      />
      <Result message={message} />
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        {remind ? "登记催办" : "登记回访"}
      </Button>
    </form>
  );
}
