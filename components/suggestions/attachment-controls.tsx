"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AttachmentPicker, type AttachmentLimits } from "@/components/suggestions/attachment-picker";

/** Adds files to a draft or submitted suggestion (multipart `attachments`). */
export function AttachmentUploadForm({
  suggestionId,
  limits,
  already,
}: {
  suggestionId: string;
  limits: AttachmentLimits;
  already: number;
}) {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string; field?: string } | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!files.length)
      return setMessage({ tone: "error", text: "请选择要上传的文件", field: "附件：请选择要上传的文件" });
    const form = new FormData();
    for (const f of files) form.append("attachments", f);
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch(`/api/v1/suggestions/${suggestionId}/attachments`, { method: "POST", body: form });
      const body = await res.json().catch(() => null);
      if (!res.ok)
        return setMessage({
          tone: "error",
          text: body?.error?.message ?? "附件过大或服务器错误，请稍后再试",
          field: body?.error?.fields?.attachments,
        });
      setFiles([]);
      setMessage({ tone: "success", text: "附件已上传" });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: "网络连接失败，请检查网络后重试" });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-label="上传附件" className="flex flex-col gap-3">
      <AttachmentPicker
        files={files}
        onChange={setFiles}
        limits={limits}
        error={message?.field}
        already={already}
        label="添加附件"
      />
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="submit" variant="secondary" disabled={busy} className="self-start">
        {busy ? "正在上传…" : "上传附件"}
      </Button>
    </form>
  );
}
