"use client";
// The year plan's form parts: a form that sends its body and refreshes, the reason of a correction, an item's fields.

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { FormField, inputClass } from "@/components/ui/form-field";
import { LabelOptions } from "@/components/ui/label-options";
import { Alert } from "@/components/ui/alert";
import { checkAndSend } from "@/components/work-plans/send";
import { WORK_PLAN_MODULE_LABELS } from "@/lib/work-plans/labels";

export const button = "min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white";
export const plain = "min-h-10 rounded border border-stone-400 bg-white px-3 py-2 text-sm";
export const MONTHS = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [String(i + 1), `${i + 1}月`]));
export const text = (data: FormData, name: string) => String(data.get(name) ?? "");

type Send = Parameters<typeof checkAndSend>;

/** One form: sends its body, shows the server's field messages, refreshes the page when done. */
export function useSend() {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const send = async (
    schema: Send[0],
    url: string,
    method: Send[2],
    body: unknown,
    after?: (data: unknown) => void,
  ) => {
    const res = await checkAndSend(schema, url, method, body);
    if (!res.ok) {
      setErrors(res.error.fields ?? {});
      setMessage(res.error.message);
      return false;
    }
    setErrors({});
    setMessage(null);
    after?.(res.data);
    router.refresh();
    return true;
  };
  return { errors, message, send };
}

export function Reason({ approved, error }: { approved: boolean; error?: string }) {
  if (!approved) return null;
  return (
    <FormField label="更正原因" error={error} hint="工作要点已经党委审定，修改作为更正记录，原内容保留">
      <input name="reason" className={inputClass} />
    </FormField>
  );
}

export function Form({
  label,
  onSubmit,
  message,
  submit,
  children,
}: {
  label: string;
  onSubmit: (data: FormData) => void;
  message: string | null;
  submit: string;
  children: ReactNode;
}) {
  return (
    <form
      aria-label={label}
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        onSubmit(new FormData(e.currentTarget));
      }}
    >
      {children}
      {message && <Alert tone="error">{message}</Alert>}
      <button type="submit" className={button}>
        {submit}
      </button>
    </form>
  );
}

export const reasonOf = (data: FormData) => (data.get("reason") === null ? {} : { reason: text(data, "reason") });

export function ItemFields({
  errors,
  initial,
}: {
  errors: Record<string, string>;
  initial?: { month: number | null; title: string; content: string | null; responsible: string; module: string };
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <FormField label="月份" error={errors.month} hint="不选为全年">
        <select name="month" defaultValue={initial?.month ? String(initial.month) : ""} className={inputClass}>
          <option value="">全年</option>
          <LabelOptions labels={MONTHS} />
        </select>
      </FormField>
      <FormField label="所属工作" error={errors.module}>
        <select name="module" defaultValue={initial?.module ?? "SESSION"} className={inputClass}>
          <LabelOptions labels={WORK_PLAN_MODULE_LABELS} />
        </select>
      </FormField>
      <FormField label="工作事项" error={errors.title}>
        <input name="title" defaultValue={initial?.title} className={inputClass} />
      </FormField>
      <FormField label="责任人" error={errors.responsible}>
        <input name="responsible" defaultValue={initial?.responsible} className={inputClass} />
      </FormField>
      <div className="sm:col-span-2">
        <FormField label="具体内容" error={errors.content} hint="可不填">
          <textarea name="content" rows={2} defaultValue={initial?.content ?? ""} className={inputClass} />
        </FormField>
      </div>
    </div>
  );
}

export const itemBody = (data: FormData) => ({
  month: text(data, "month"),
  title: text(data, "title"),
  content: text(data, "content"),
  responsible: text(data, "responsible"),
  module: text(data, "module"),
});

/** An item as its tools on the plan page need it. */
export interface ItemProps {
  planId: string;
  planVersion: number;
  approved: boolean;
  item: {
    id: string;
    version: number;
    month: number | null;
    title: string;
    content: string | null;
    responsible: string;
    module: string;
    officeStatus: string;
    statusNote: string | null;
    links: { linkId: string; label: string; date: string; module: string }[];
  };
  /** The item ids in order, for moving up and down. */
  order: string[];
}
