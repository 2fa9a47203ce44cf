"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { apiSend } from "@/components/ui/api";
import { PUBLICITY_KIND_LABELS, PUBLICITY_KINDS } from "@/lib/publicity/rules";

/** 登记宣传稿件: the kind picks the points from the county's table (shown beside each kind). */
export function PublicityForm({ today, table }: { today: string; table: Record<string, number> }) {
  const router = useRouter();
  const blank = { kind: "COUNTY_INFO" as const, title: "", outlet: "", sentOn: today, publishedOn: "", author: "" };
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/publicity/schema").then((m) => m.PublicityCreateInput),
    url: "/api/v1/publicity",
    defaultValues: blank,
    success: "已登记",
    onSuccess: () => {
      form.reset(blank);
      router.refresh();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="登记宣传稿件" className="grid gap-3 md:grid-cols-2">
      <div className="md:col-span-2">
        <FormField label="稿件标题" error={e.title?.message}>
          <input className={inputClass} {...form.register("title")} />
        </FormField>
      </div>
      <FormField label="计分类别" error={e.kind?.message}>
        <select className={inputClass} {...form.register("kind")}>
          {PUBLICITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {PUBLICITY_KIND_LABELS[k]}（{table[k]}分）
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="报送或刊发单位" error={e.outlet?.message} hint="如：县人大常委会办公室、《XX人大》">
        <input className={inputClass} {...form.register("outlet")} />
      </FormField>
      <FormField label="报送日期" error={e.sentOn?.message}>
        <input type="date" className={inputClass} {...form.register("sentOn")} />
      </FormField>
      <FormField label="刊发日期" error={e.publishedOn?.message}>
        <input type="date" className={inputClass} {...form.register("publishedOn")} />
      </FormField>
      <FormField label="作者" error={e.author?.message}>
        <input className={inputClass} {...form.register("author")} />
      </FormField>
      <div className="flex flex-col gap-2 md:col-span-2">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <SubmitButton pending={form.formState.isSubmitting}>登记稿件</SubmitButton>
      </div>
    </form>
  );
}

/** 删除 an item recorded by mistake, with the reason (kept in the audit log). */
export function DeletePublicityButton({ id, version, title }: { id: string; version: number; title: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button
        type="button"
        className="min-h-10 rounded border border-stone-300 bg-white px-3 text-sm"
        aria-label={`删除：${title}`}
        onClick={() => setOpen(true)}
      >
        删除
      </button>
    );
  return (
    <form
      aria-label={`删除：${title}`}
      className="flex flex-wrap items-end gap-2"
      onSubmit={async (ev) => {
        ev.preventDefault();
        const res = await apiSend(`/api/v1/publicity/${id}`, "DELETE", { version, reason });
        if (res.ok) router.refresh();
        else setError(res.error.fields?.reason ?? res.error.message);
      }}
    >
      <FormField label="删除原因" error={error ?? undefined}>
        <input className={inputClass} value={reason} onChange={(ev) => setReason(ev.target.value)} />
      </FormField>
      <button type="submit" className="min-h-10 rounded border border-red-700 bg-white px-3 text-sm text-red-800">
        确认删除
      </button>
    </form>
  );
}
