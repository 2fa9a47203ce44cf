"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSendWithFiles } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** 发起再测评: opens round 2 for the units whose rectification was accepted. */
export function RepollButton({ activityId, eligible }: { activityId: string; eligible: number }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function start() {
    setBusy(true);
    setError(null);
    const res = await apiSendWithFiles(`/api/v1/supervision/${activityId}/repoll`, "POST", {}, []);
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm">整改已全部验收的单位 {eligible} 个，可以发起再测评。</p>
      {error && <Alert tone="error">{error}</Alert>}
      <Button onClick={() => void start()} disabled={busy} className="self-start">
        发起再测评
      </Button>
    </div>
  );
}
