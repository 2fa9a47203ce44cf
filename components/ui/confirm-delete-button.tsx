"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSend } from "@/components/ui/api";

/** Sends DELETE to `url` after a second click to confirm, then refreshes the page; shows a refusal in place. */
export function ConfirmDeleteButton({ url, name }: { url: string; name: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function remove() {
    const res = await apiSend(url, "DELETE");
    setConfirming(false);
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }
  return (
    <span className="no-print flex items-center gap-2">
      {confirming ? (
        <>
          <button
            type="button"
            onClick={remove}
            className="min-h-10 text-red-800 underline"
            aria-label={`确认删除 ${name}`}
          >
            确认删除
          </button>
          <button type="button" onClick={() => setConfirming(false)} className="min-h-10 underline">
            取消
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className="min-h-10 text-red-800 underline"
          aria-label={`删除 ${name}`}
        >
          删除
        </button>
      )}
      {error && (
        <span role="alert" className="text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
