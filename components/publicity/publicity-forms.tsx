"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { CorrectionForm, useCorrectionForm } from "@/components/ui/correction-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { apiSend } from "@/components/ui/api";
import { PUBLICITY_KIND_LABELS, PUBLICITY_KINDS, type PublicityKind } from "@/lib/publicity/rules";

/** The kinds of the county's table, each with its points in force. */
function KindOptions({ table }: { table: Record<string, number> }) {
  return PUBLICITY_KINDS.map((k) => (
    <option key={k} value={k}>
      {PUBLICITY_KIND_LABELS[k]}（{table[k]}分）
    </option>
  ));
}

/**
 * 登记宣传稿件: the kind picks the points from the county's table (shown beside each kind). 代录: the office keys
 * in the real days (sent, published); an item sent in another year is shown in that year's list once saved.
 */
export function PublicityForm({ today, year, table }: { today: string; year: number; table: Record<string, number> }) {
  const router = useRouter();
  const blank = { kind: "COUNTY_INFO" as const, title: "", outlet: "", sentOn: today, publishedOn: "", author: "" };
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/publicity/schema").then((m) => m.PublicityCreateInput),
    url: "/api/v1/publicity",
    defaultValues: blank,
    success: "已登记",
    onSuccess: (data) => {
      form.reset(blank);
      const sent = (data as { year?: number }).year;
      if (sent && sent !== year) router.push(`/publicity?year=${sent}#items`);
      else router.refresh();
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
          <KindOptions table={table} />
        </select>
      </FormField>
      <FormField label="报送或刊发单位" error={e.outlet?.message} hint="如：县人大常委会办公室、《XX人大》">
        <input className={inputClass} {...form.register("outlet")} />
      </FormField>
      <FormField label="报送日期" error={e.sentOn?.message} hint="代录以往稿件时填写实际报送日期，计入该日期所在年度">
        <input type="date" max={today} className={inputClass} {...form.register("sentOn")} />
      </FormField>
      <FormField label="刊发日期" error={e.publishedOn?.message} hint="尚未刊发的留空">
        <input type="date" max={today} className={inputClass} {...form.register("publishedOn")} />
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

export interface PublicityItemFields {
  id: string;
  version: number;
  kind: string;
  title: string;
  outlet: string;
  sentOn: string;
  publishedOn: string | null;
  author: string | null;
}

const correctSchema = () => import("@/lib/publicity/schema").then((m) => m.PublicityCorrectInput);

/**
 * 更正 an item with the reason (records are history: the original stays in the item's 更正记录). Every field is
 * sent as it stands; the server keeps only the changed ones. A changed kind is scored again by the table in force.
 */
export function PublicityCorrectionForm({
  item,
  today,
  table,
}: {
  item: PublicityItemFields;
  today: string;
  table: Record<string, number>;
}) {
  const values = (p: PublicityItemFields) => ({
    version: p.version,
    kind: p.kind as PublicityKind,
    title: p.title,
    outlet: p.outlet,
    sentOn: p.sentOn,
    publishedOn: p.publishedOn ?? "",
    author: p.author ?? "",
  });
  const c = useCorrectionForm({
    schema: correctSchema,
    url: `/api/v1/publicity/${item.id}/corrections`,
    initial: values(item),
    saved: (data) => values(data as PublicityItemFields),
  });
  const e = c.form.formState.errors;
  return (
    <CorrectionForm
      label="更正稿件"
      onSubmit={c.onSubmit}
      message={c.message}
      pending={c.form.formState.isSubmitting}
      reason={c.reason}
    >
      <div className="sm:col-span-2">
        <FormField label="稿件标题" error={e.title?.message}>
          <input className={inputClass} {...c.form.register("title")} />
        </FormField>
      </div>
      <FormField label="计分类别" error={e.kind?.message} hint="改变类别时按现行计分标准重新计分">
        <select className={inputClass} {...c.form.register("kind")}>
          <KindOptions table={table} />
        </select>
      </FormField>
      <FormField label="报送或刊发单位" error={e.outlet?.message}>
        <input className={inputClass} {...c.form.register("outlet")} />
      </FormField>
      <FormField label="报送日期" error={e.sentOn?.message} hint="实际报送日期；改到其他年份时计入该年度">
        <input type="date" max={today} className={inputClass} {...c.form.register("sentOn")} />
      </FormField>
      <FormField label="刊发日期" error={e.publishedOn?.message} hint="尚未刊发的留空">
        <input type="date" max={today} className={inputClass} {...c.form.register("publishedOn")} />
      </FormField>
      <FormField label="作者" error={e.author?.message}>
        <input className={inputClass} {...c.form.register("author")} />
      </FormField>
    </CorrectionForm>
  );
}
