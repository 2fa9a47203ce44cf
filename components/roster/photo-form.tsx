"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { apiSend } from "@/components/ui/api";
import { FormField } from "@/components/ui/form-field";
import { FileInput } from "@/components/ui/file-input";
import { Alert } from "@/components/ui/alert";

const MAX_MB = 2; // the server's limit (lib/roster/photo.ts), checked here first to save a slow upload

type Message = { tone: "error" | "success"; text: string; field?: string };

/** The photo's upload (multipart, size checked first) and removal, with what to tell the user. */
function usePhoto(deputyId: string) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const url = `/api/v1/deputies/${deputyId}/photo`;

  async function upload(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0)
      return setMessage({ tone: "error", text: "请选择照片", field: "请选择照片" });
    if (file.size > MAX_MB * 1024 * 1024)
      return setMessage({
        tone: "error",
        text: `照片超过 ${MAX_MB} MB 的上限，请压缩后再上传`,
        field: `照片超过 ${MAX_MB} MB`,
      });
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch(url, { method: "POST", body: data });
      const body = await res.json().catch(() => null);
      if (!res.ok)
        return setMessage({
          tone: "error",
          text: body?.error?.message ?? "服务器错误，请稍后再试",
          field: body?.error?.fields?.file,
        });
      formRef.current?.reset();
      setMessage({ tone: "success", text: "照片已上传" });
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: "网络连接失败，请检查网络后重试" });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    const res = await apiSend(url, "DELETE");
    if (!res.ok) return setMessage({ tone: "error", text: res.error.message });
    setMessage({ tone: "success", text: "照片已删除" });
    router.refresh();
  }

  return { formRef, busy, message, upload, remove };
}

/** The office uploads, replaces or removes a deputy's photo (JPG or PNG, at most 2 MB). */
export function PhotoForm({ deputyId, hasPhoto }: { deputyId: string; hasPhoto: boolean }) {
  const { formRef, busy, message, upload, remove } = usePhoto(deputyId);
  return (
    <form ref={formRef} onSubmit={upload} noValidate aria-label="上传代表照片" className="flex flex-col gap-2">
      <FormField label="照片" hint={`JPG 或 PNG，不超过 ${MAX_MB} MB，宜用 3:4 的证件照`} error={message?.field}>
        <FileInput name="file" accept=".jpg,.jpeg,.png,image/jpeg,image/png" />
      </FormField>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={busy}
          className="min-h-10 rounded border border-stone-400 bg-white px-4 py-2 text-sm"
        >
          {busy ? "正在上传…" : hasPhoto ? "更换照片" : "上传照片"}
        </button>
        {hasPhoto && <RemovePhoto onRemove={remove} />}
      </div>
    </form>
  );
}

/** 删除照片, then 确认删除照片 or 取消. */
function RemovePhoto({ onRemove }: { onRemove: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="min-h-10 px-2 text-sm text-red-800 underline"
      >
        删除照片
      </button>
    );
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setConfirming(false);
          onRemove();
        }}
        className="min-h-10 px-2 text-sm text-red-800 underline"
      >
        确认删除照片
      </button>
      <button type="button" onClick={() => setConfirming(false)} className="min-h-10 px-2 text-sm underline">
        取消
      </button>
    </>
  );
}
