"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { apiSend } from "@/components/ui/api";
import { Button } from "@/components/ui/button";

/** 全部标为已读: POST /api/v1/notifications, then the page reloads its data. */
export function MarkReadButton() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState(false);
  async function markRead() {
    setBusy(true);
    setError(null);
    const res = await apiSend<{ updated: number }>("/api/v1/notifications", "POST");
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    startTransition(() => router.refresh());
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button variant="secondary" onClick={markRead} disabled={busy || pending} className="min-h-9 py-1">
        全部标为已读
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
