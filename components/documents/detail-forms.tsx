"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { useCorrectionForm, CorrectionForm } from "@/components/ui/correction-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { FileInput } from "@/components/ui/file-input";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { apiSendWithFiles } from "@/components/ui/api";
import { DOCUMENT_CATEGORIES } from "@/lib/documents/labels";

interface Entry {
  id: string;
  version: number;
  date: string;
  docNumber: string | null;
  counterpart: string;
  counterpartLabel: string;
  title: string;
  category: string;
  handling: string | null;
  handledOn: string | null;
}

const schema = () => import("@/lib/documents/schema").then((m) => m.DocumentUpdateInput);

/** 办理情况: recorded as the document is handled (no reason needed). */
export function HandlingForm({ entry }: { entry: Entry }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema,
    url: `/api/v1/documents/${entry.id}`,
    method: "PATCH",
    defaultValues: { version: entry.version, handling: entry.handling ?? "", handledOn: entry.handledOn ?? "" },
    success: "已保存办理情况",
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="办理情况" className="flex flex-col gap-3">
      <FormField label="办理情况" error={e.handling?.message}>
        <textarea rows={3} className={inputClass} {...form.register("handling")} />
      </FormField>
      <FormField label="办结日期" error={e.handledOn?.message}>
        <input type="date" className={inputClass} {...form.register("handledOn")} />
      </FormField>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <SubmitButton pending={form.formState.isSubmitting}>保存办理情况</SubmitButton>
    </form>
  );
}

/** 更正: the registered facts, with the reason kept in the entry's 更正记录. */
export function DocumentCorrectionForm({ entry }: { entry: Entry }) {
  const values = (d: Entry) => ({
    version: d.version,
    date: d.date,
    docNumber: d.docNumber ?? "",
    counterpart: d.counterpart,
    title: d.title,
    category: d.category as (typeof DOCUMENT_CATEGORIES)[number],
  });
  const c = useCorrectionForm({
    schema,
    url: `/api/v1/documents/${entry.id}`,
    method: "PATCH",
    initial: values(entry),
    saved: (data) => values(data as Entry),
  });
  const e = c.form.formState.errors;
  return (
    <CorrectionForm
      label="更正登记内容"
      onSubmit={c.onSubmit}
      message={c.message}
      pending={c.form.formState.isSubmitting}
      reason={c.reason}
    >
      <FormField label="收发日期" error={e.date?.message}>
        <input type="date" className={inputClass} {...c.form.register("date")} />
      </FormField>
      <FormField label="文号" error={e.docNumber?.message}>
        <input className={inputClass} {...c.form.register("docNumber")} />
      </FormField>
      <FormField label={entry.counterpartLabel} error={e.counterpart?.message}>
        <input className={inputClass} {...c.form.register("counterpart")} />
      </FormField>
      <FormField label="文件标题" error={e.title?.message}>
        <input className={inputClass} {...c.form.register("title")} />
      </FormField>
      <FormField label="档案分类" error={e.category?.message}>
        <select className={inputClass} {...c.form.register("category")}>
          {DOCUMENT_CATEGORIES.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </select>
      </FormField>
    </CorrectionForm>
  );
}

/** The entry's one file, uploaded once. */
export function FileUploadForm({ id }: { id: string }) {
  const router = useRouter();
  const chosen = useRef<File[]>([]);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      aria-label="上传文件"
      className="flex flex-col gap-3"
      onSubmit={async (ev) => {
        ev.preventDefault();
        setPending(true);
        const res = await apiSendWithFiles(`/api/v1/documents/${id}/file`, "POST", {}, chosen.current, "file");
        setPending(false);
        if (res.ok) {
          setMessage({ tone: "success", text: "已上传" });
          router.refresh();
        } else setMessage({ tone: "error", text: res.error.fields?.file ?? res.error.message });
      }}
    >
      <FormField label="文件" hint="PDF、Word、Excel、JPG、PNG；上传后作为原件保存，不能替换">
        <FileInput
          accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png"
          name="file"
          onChange={(ev) => (chosen.current = Array.from(ev.currentTarget.files ?? []))}
        />
      </FormField>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <SubmitButton pending={pending}>上传文件</SubmitButton>
    </form>
  );
}
