"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { FileInput } from "@/components/ui/file-input";
import { SubmitButton } from "@/components/ui/submit-button";

/** The office adds files (a letter's scan, the county's document) to an open petition. */
export function PetitionFileUpload({ petitionId }: { petitionId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const files = Array.from((formEl.elements.namedItem("attachments") as HTMLInputElement).files ?? []);
    if (!files.length) return setMessage({ tone: "error", text: "附件：请选择要上传的文件" });
    setBusy(true);
    const form = new FormData();
    for (const f of files) form.append("attachments", f);
    const res = await fetch(`/api/v1/petitions/${petitionId}/attachments`, { method: "POST", body: form }).catch(
      () => null,
    );
    setBusy(false);
    if (!res?.ok) {
      const error = (await res?.json().catch(() => null))?.error;
      return setMessage({
        tone: "error",
        text: error?.fields?.attachments ?? error?.message ?? "网络连接失败，请检查网络后重试",
      });
    }
    formEl.reset();
    setMessage({ tone: "success", text: "已上传" });
    router.refresh();
  }
  return (
    <form onSubmit={submit} aria-label="上传附件" className="no-print mt-3 flex flex-col gap-2">
      <label htmlFor="petition-files" className="text-sm font-medium">
        添加附件（PDF、Word、图片等，每个不超过 10 MB）
      </label>
      <FileInput id="petition-files" name="attachments" multiple />
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <SubmitButton pending={busy}>{busy ? "正在上传…" : "上传"}</SubmitButton>
    </form>
  );
}
