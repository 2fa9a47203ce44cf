"use client";

import { useState } from "react";
import { REPLY_CLASS_LABELS } from "@/lib/suggestions/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useSuggestionForm } from "@/components/suggestions/use-suggestion-form";
import { AttachmentPicker, type AttachmentLimits } from "@/components/suggestions/attachment-picker";
import { OccurredOnField, OnBehalfNote } from "@/components/ui/occurred-on-field";

const url = (id: string) => `/api/v1/suggestions/${id}/transitions`;

/**
 * 答复: the lead unit's written reply with its class (A, B or C), and its files in the same request;
 * or the office keying the unit's paper reply in (代录), with the unit's date.
 */
export function ReplyForm({
  suggestionId,
  version,
  limits,
  onBehalf = false,
  contactNote,
}: {
  suggestionId: string;
  version: number;
  limits: AttachmentLimits;
  onBehalf?: boolean;
  /** Whether the lead unit has contacted the deputy (联系代表), as the page read it. */
  contactNote: string;
}) {
  const [files, setFiles] = useState<File[]>([]);
  const { form, onSubmit, message, error, fileError } = useSuggestionForm({
    schema: () => import("@/lib/suggestions/schema").then((m) => m.TransitionInput),
    url: url(suggestionId),
    version,
    defaultValues: { action: "reply", version, note: "", occurredOn: "" },
    success: onBehalf ? "已代录答复" : "已答复",
    files: () => files,
    onSuccess: () => setFiles([]),
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={onBehalf ? "代录答复" : "答复建议"}
      className="flex flex-col gap-3"
    >
      {onBehalf && <OnBehalfNote of="主办单位" />}
      <p className="text-sm text-stone-700">
        联系代表：{contactNote}
        <a href="#contacts" className="ml-2 text-blue-800 underline">
          查看联系记录
        </a>
      </p>
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">答复类别</legend>
        <div className="mt-1 flex flex-col gap-1">
          {(["A", "B", "C"] as const).map((c) => (
            <label
              key={c}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded border border-stone-300 px-3 text-sm has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50"
            >
              <input type="radio" value={c} {...form.register("replyClass")} /> {REPLY_CLASS_LABELS[c]}
            </label>
          ))}
        </div>
        {error("replyClass") && <p className="mt-1 text-sm text-red-800">{error("replyClass")}</p>}
      </fieldset>
      <FormField label="答复内容" error={error("note")} hint="C 类请说明受什么条件限制、何时可以解决">
        <textarea rows={6} className={inputClass} {...form.register("note")} />
      </FormField>
      {onBehalf && (
        <OccurredOnField
          label="答复日期"
          hint="纸质答复上单位落款的日期"
          error={error("occurredOn")}
          register={form.register("occurredOn")}
        />
      )}
      <AttachmentPicker files={files} onChange={setFiles} limits={limits} error={fileError} label="答复附件" />
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        提交答复
      </Button>
    </form>
  );
}

/** 延办反馈书: once, with the latest date (no later than six months from assignment) and the measures. */
export function DelayForm({
  suggestionId,
  version,
  latest,
  limits,
}: {
  suggestionId: string;
  version: number;
  latest: string | null;
  limits: AttachmentLimits;
}) {
  const [files, setFiles] = useState<File[]>([]);
  const { form, onSubmit, message, error, fileError } = useSuggestionForm({
    schema: () => import("@/lib/suggestions/schema").then((m) => m.TransitionInput),
    url: url(suggestionId),
    version,
    defaultValues: { action: "delay", version, date: "", note: "" },
    success: "延办反馈书已提交",
    files: () => files,
    onSuccess: () => setFiles([]),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="延办反馈书" className="flex flex-col gap-3">
      <FormField label="延期办结日期" error={error("date")} hint={latest ? `不能晚于 ${latest}` : undefined}>
        <input type="date" max={latest ?? undefined} className={inputClass} {...form.register("date")} />
      </FormField>
      <FormField label="办理措施" error={error("note")}>
        <textarea rows={3} className={inputClass} {...form.register("note")} />
      </FormField>
      <AttachmentPicker files={files} onChange={setFiles} limits={limits} error={fileError} label="延办附件" />
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting} className="self-start">
        提交延办反馈书
      </Button>
    </form>
  );
}

/** 退回: a wrong assignment goes back to the office, within seven working days, with the reason. */
export function ReturnForm({ suggestionId, version }: { suggestionId: string; version: number }) {
  const { form, onSubmit, message, error } = useSuggestionForm({
    schema: () => import("@/lib/suggestions/schema").then((m) => m.TransitionInput),
    url: url(suggestionId),
    version,
    defaultValues: { action: "return", version, note: "" },
    success: "已退回",
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="退回交办" className="flex flex-col gap-3">
      <FormField label="退回理由" error={error("note")} hint="交办之日起 7 个工作日内可以退回">
        <textarea rows={2} className={inputClass} {...form.register("note")} />
      </FormField>
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
      <Button type="submit" variant="danger" disabled={form.formState.isSubmitting} className="self-start">
        退回人大办
      </Button>
    </form>
  );
}

const NOTE = {
  progress: { title: "记录办理进展", label: "办理进展", button: "保存进展" },
} as const;

/** 办理进展: lead and co-units alike, while it is being handled (联系代表 has its own record: contact-section.tsx). */
export function NoteForm({
  suggestionId,
  version,
  action,
}: {
  suggestionId: string;
  version: number;
  action: "progress";
}) {
  const t = NOTE[action];
  const { form, onSubmit, message, error } = useSuggestionForm({
    schema: () => import("@/lib/suggestions/schema").then((m) => m.TransitionInput),
    url: url(suggestionId),
    version,
    defaultValues: { action, version, note: "" },
    success: "已保存",
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t.title} className="flex flex-col gap-3">
      <FormField label={t.label} error={error("note")}>
        <textarea rows={3} className={inputClass} {...form.register("note")} />
      </FormField>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting} className="self-start">
        {t.button}
      </Button>
    </form>
  );
}
