"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { apiSend } from "@/components/ui/api";
import { LINK_MODULE_LABELS, LINK_MODULES } from "@/lib/documents/labels";

/** Links the entry to a record: pick the kind, then the record from the township's list. */
export function LinkForm({ id, year }: { id: string; year: number }) {
  const router = useRouter();
  const [module, setModule] = useState("");
  const [records, setRecords] = useState<{ id: string; label: string }[]>([]);
  const [recordId, setRecordId] = useState("");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const load = async (m: string) => {
    setModule(m);
    setRecordId("");
    setRecords([]);
    if (!m) return;
    const res = await fetch(`/api/v1/documents/records?module=${m}&year=${year}`);
    const data = await res.json().catch(() => null);
    setRecords(res.ok ? data.items : []);
    if (res.ok && data.items.length === 0) setMessage({ tone: "error", text: `${year}年还没有这类记录` });
    else setMessage(null);
  };
  return (
    <form
      aria-label="关联记录"
      className="flex flex-col gap-3"
      onSubmit={async (ev) => {
        ev.preventDefault();
        setPending(true);
        const res = await apiSend(`/api/v1/documents/${id}/links`, "POST", { module, recordId });
        setPending(false);
        if (res.ok) {
          setMessage({ tone: "success", text: "已关联" });
          router.refresh();
        } else
          setMessage({
            tone: "error",
            text: Object.values(res.error.fields ?? {})[0] ?? res.error.message,
          });
      }}
    >
      <FormField label="记录类别">
        <select className={inputClass} value={module} onChange={(ev) => load(ev.target.value)}>
          <option value="">请选择</option>
          {LINK_MODULES.map((k) => (
            <option key={k} value={k}>
              {LINK_MODULE_LABELS[k]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="记录">
        <select className={inputClass} value={recordId} onChange={(ev) => setRecordId(ev.target.value)}>
          <option value="">请选择</option>
          {records.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </FormField>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <SubmitButton pending={pending}>关联</SubmitButton>
    </form>
  );
}

/** 取消关联 of a link made by mistake. */
export function UnlinkButton({ id, linkId, label }: { id: string; linkId: string; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        aria-label={`取消关联：${label}`}
        className="min-h-10 rounded border border-stone-300 bg-white px-3 text-sm"
        onClick={async () => {
          const res = await apiSend(`/api/v1/documents/${id}/links/${linkId}`, "DELETE");
          if (res.ok) router.refresh();
          else setError(res.error.message);
        }}
      >
        取消关联
      </button>
      {error && <span className="text-sm text-red-800">{error}</span>}
    </span>
  );
}
