"use client";

import { useRef } from "react";
import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { FileInput } from "@/components/ui/file-input";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { DOCUMENT_CATEGORIES } from "@/lib/documents/labels";

type Direction = "INCOMING" | "OUTGOING";

/**
 * 收发文登记: one entry as the paper register has it (the real day received or sent), with its file if there
 * is a scan. The serial is assigned by the server (the next of the direction and year).
 */
export function RegisterForm({ direction, today }: { direction: Direction; today: string }) {
  const router = useRouter();
  const chosen = useRef<File[]>([]);
  const blank = { direction, date: today, counterpart: "", title: "", category: "综合" as const };
  const { form, onSubmit, message, fileError } = useApiForm({
    schema: () => import("@/lib/documents/schema").then((m) => m.DocumentCreateInput),
    url: "/api/v1/documents",
    defaultValues: blank,
    success: "已登记",
    files: () => chosen.current,
    filesField: "file",
    onSuccess: (data) => router.push(`/documents/${(data as { id: string }).id}`),
  });
  const e = form.formState.errors;
  const incoming = direction === "INCOMING";
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={incoming ? "收文登记" : "发文登记"}
      className="grid gap-3 md:grid-cols-2"
    >
      <input type="hidden" {...form.register("direction")} />
      <FormField
        label={incoming ? "收文日期" : "发文日期"}
        error={e.date?.message}
        hint="按纸质登记簿补录时填写实际日期"
      >
        <input type="date" className={inputClass} {...form.register("date")} />
      </FormField>
      <FormField label="文号" error={e.docNumber?.message} hint="如：县人大办〔2026〕3号；无文号可不填">
        <input className={inputClass} {...form.register("docNumber")} />
      </FormField>
      <FormField label={incoming ? "来文单位" : "主送单位"} error={e.counterpart?.message}>
        <input className={inputClass} {...form.register("counterpart")} />
      </FormField>
      <FormField label="档案分类" error={e.category?.message}>
        <select className={inputClass} {...form.register("category")}>
          {DOCUMENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </FormField>
      <div className="md:col-span-2">
        <FormField label="文件标题" error={e.title?.message}>
          <input className={inputClass} {...form.register("title")} />
        </FormField>
      </div>
      <div className="md:col-span-2">
        <FormField label="办理情况" error={e.handling?.message} hint="如：已呈主席阅批；可在登记后补充">
          <textarea rows={2} className={inputClass} {...form.register("handling")} />
        </FormField>
      </div>
      <FormField label="办结日期" error={e.handledOn?.message}>
        <input type="date" className={inputClass} {...form.register("handledOn")} />
      </FormField>
      <FormField label="文件（扫描件或电子文件，可不传）" error={fileError ?? undefined}>
        <FileInput
          accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png"
          name="file"
          onChange={(ev) => (chosen.current = Array.from(ev.currentTarget.files ?? []))}
        />
      </FormField>
      <div className="flex flex-col gap-2 md:col-span-2">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <SubmitButton pending={form.formState.isSubmitting}>{incoming ? "登记收文" : "登记发文"}</SubmitButton>
      </div>
    </form>
  );
}
