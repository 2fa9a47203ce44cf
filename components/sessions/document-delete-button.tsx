"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSend } from "@/components/ui/api";

/** Removes an uploaded document after a second click to confirm. */
export function DocumentDeleteButton({ sessionId, docId, title }: { sessionId: string; docId: string; title: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    const res = await apiSend(`/api/v1/sessions/${sessionId}/documents/${docId}`, "DELETE");
    setConfirming(false);
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }
  return (
    <span className="flex items-center gap-2">
      {confirming ? (
        <>
          <button type="button" onClick={remove} className="min-h-10 text-red-800 underline" aria-label={`确认删除 ${title}`}>确认删除</button>
          <button type="button" onClick={() => setConfirming(false)} className="min-h-10 underline">取消</button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="min-h-10 text-red-800 underline" aria-label={`删除 ${title}`}>删除</button>
      )}
      {error && <span role="alert" className="text-red-800">{error}</span>}
    </span>
  );
}
