"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { SUPERVISION_DOCUMENT_KIND_LABELS } from "@/lib/supervision/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { LabelOptions } from "@/components/ui/label-options";
import { Alert } from "@/components/ui/alert";

/** Uploads one document or photo of the activity (multipart: `file`, `kind`). */
export function DocumentUpload({ id }: { id: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setMessage({ tone: "error", text: "请选择文件" });
    setBusy(true);
    try {
      const res = await fetch(`/api/v1/supervision/${id}/documents`, { method: "POST", body: data });
      const body = await res.json().catch(() => null);
      if (!res.ok) return setMessage({ tone: "error", text: body?.error?.message ?? "服务器错误，请稍后再试" });
      formRef.current?.reset();
      setMessage({ tone: "success", text: "已上传" });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: "网络连接失败，请检查网络后重试" });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="上传材料或照片" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <FormField label="材料类别">
          <select name="kind" defaultValue="PHOTO" className={inputClass}>
            <LabelOptions labels={SUPERVISION_DOCUMENT_KIND_LABELS} />
          </select>
        </FormField>
        <FormField label="文件" hint="PDF、Word、Excel、JPG、PNG">
          <input type="file" name="file" accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png" className={inputClass} />
        </FormField>
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button
        type="submit"
        disabled={busy}
        className="min-h-10 self-start rounded border border-stone-400 bg-white px-4 py-2 text-sm"
      >
        {busy ? "正在上传…" : "上传"}
      </button>
    </form>
  );
}
