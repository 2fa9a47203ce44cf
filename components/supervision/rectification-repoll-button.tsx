"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSendWithFiles } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Target = { id: string; name: string };

/** 发起再测评: the office chooses which of the units whose rectification was accepted are polled again. */
export function RepollButton({ activityId, targets }: { activityId: string; targets: Target[] }) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>(() => targets.map((t) => t.id));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = (id: string, on: boolean) =>
    setChosen((c) =>
      on ? targets.map((t) => t.id).filter((x) => x === id || c.includes(x)) : c.filter((x) => x !== id),
    );
  async function start() {
    if (!chosen.length) return setError("再测评对象：请至少选择一个单位");
    setBusy(true);
    setError(null);
    const res = await apiSendWithFiles(`/api/v1/supervision/${activityId}/repoll`, "POST", { targetIds: chosen }, []);
    setBusy(false);
    if (!res.ok) return setError(res.error.fields?.targetIds ?? res.error.message);
    router.refresh();
  }
  return (
    <div className="flex flex-col gap-2">
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm">整改已全部验收的单位 {targets.length} 个，选择要再测评的单位：</legend>
        {targets.map((t) => (
          <label key={t.id} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-5"
              checked={chosen.includes(t.id)}
              onChange={(e) => toggle(t.id, e.target.checked)}
            />
            {t.name}
          </label>
        ))}
      </fieldset>
      {error && <Alert tone="error">{error}</Alert>}
      <Button onClick={() => void start()} disabled={busy} className="self-start">
        发起再测评（{chosen.length} 个单位）
      </Button>
    </div>
  );
}
