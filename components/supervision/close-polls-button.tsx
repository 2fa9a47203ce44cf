"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** 结束测评: closes the round's open polls (no more ballots or paper counts); the results then show. */
export function ClosePollsButton({ id, round }: { id: string; round: number }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function close() {
    const res = await apiSend(`/api/v1/supervision/${id}/ballots`, "POST", { action: "close", round });
    setConfirming(false);
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }
  return (
    <div className="no-print flex flex-col gap-2">
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">结束后不能再投票或修改纸质票数。确定结束测评？</span>
          <Button onClick={close}>确认结束测评</Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            取消
          </Button>
        </div>
      ) : (
        <Button variant="secondary" className="self-start" onClick={() => setConfirming(true)}>
          结束测评
        </Button>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
