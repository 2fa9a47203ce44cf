"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { FormField, inputClass } from "@/components/ui/form-field";
import { FileInput } from "@/components/ui/file-input";
import { Alert } from "@/components/ui/alert";
import { AgendaSelect } from "@/components/sessions/agenda-select";

/** Multipart upload of a session document (file, title, optional agenda item). */
export function DocumentUploadForm({
  sessionId,
  agenda,
}: {
  sessionId: string;
  agenda: { id: string; title: string }[];
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{
    tone: "error" | "success";
    text: string;
    fields?: Record<string, string>;
  } | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0)
      return setMessage({ tone: "error", text: "请选择文件", fields: { file: "请选择文件" } });
    if (!String(data.get("title") ?? "").trim()) data.set("title", file.name.replace(/\.[^.]+$/, ""));
    if (!data.get("agendaItemId")) data.delete("agendaItemId");
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch(`/api/v1/sessions/${sessionId}/documents`, { method: "POST", body: data });
      const body = await res.json().catch(() => null);
      if (!res.ok)
        return setMessage({
          tone: "error",
          text: body?.error?.message ?? "服务器错误，请稍后再试",
          fields: body?.error?.fields,
        });
      formRef.current?.reset();
      setMessage({ tone: "success", text: "文件已上传" });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: "网络连接失败，请检查网络后重试" });
    } finally {
      setBusy(false);
    }
  }

  const fields = message?.fields ?? {};
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="上传会议文件" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField label="文件" error={fields.file} hint="PDF、Word、Excel、JPG、PNG">
          <FileInput name="file" accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png" />
        </FormField>
        <FormField label="文件标题" hint="留空则用文件名" error={fields.title}>
          <input name="title" className={inputClass} />
        </FormField>
        <FormField label="所属议程" error={fields.agendaItemId}>
          <AgendaSelect name="agendaItemId" defaultValue="" agenda={agenda} />
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
