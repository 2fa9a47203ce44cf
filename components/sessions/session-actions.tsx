"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** 闭会 (office or chair, confirmed first). 开幕 and 撤销开幕 are in opening-actions.tsx. */
export function SessionActions({ sessionId, canClose }: { sessionId: string; canClose: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function transition(action: "close") {
    setBusy(true);
    setError(null);
    const res = await apiSend(`/api/v1/sessions/${sessionId}/transitions`, "POST", { action });
    setBusy(false);
    setConfirming(false);
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }
  if (!canClose) return null;
  return (
    <div className="no-print flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {canClose && !confirming && (
          <Button variant="danger" onClick={() => setConfirming(true)} disabled={busy}>
            闭会
          </Button>
        )}
        {canClose && confirming && (
          <>
            <span className="self-center text-sm">闭会后会议归档，只有人大办可以更正。确定闭会？</span>
            <Button variant="danger" onClick={() => transition("close")} disabled={busy}>
              确认闭会
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              取消
            </Button>
          </>
        )}
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
