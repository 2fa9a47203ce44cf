"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SessionStepView } from "@/lib/sessions/steps";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField, inputClass } from "@/components/ui/form-field";

/**
 * 开幕 (confirmed with what the step says is still open, and the reason when it is early) and 撤销开幕
 * (the same day, while nothing is voted; with the reason). What is open and why comes from the steps.
 */
export function OpeningActions({ sessionId, steps }: { sessionId: string; steps: SessionStepView[] }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<"open" | "revoke_open" | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const step = steps.find((s) => s.name === asking);
  async function send(action: "open" | "revoke_open") {
    setBusy(true);
    setError(null);
    const res = await apiSend(`/api/v1/sessions/${sessionId}/transitions`, "POST", {
      action,
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    });
    setBusy(false);
    if (!res.ok) {
      // A missing reason keeps the confirmation open to fill it in; any other refusal closes it.
      if (!res.error.fields?.reason) setAsking(null);
      return setError({ message: res.error.message, field: res.error.fields?.reason });
    }
    setAsking(null);
    setReason("");
    router.refresh();
  }
  const offered = (["open", "revoke_open"] as const).filter((n) => steps.some((s) => s.name === n && s.open));
  if (!offered.length) return null;
  return (
    <div className="no-print flex flex-col gap-2">
      {!asking && (
        <div className="flex flex-wrap gap-2">
          {offered.map((n) => (
            <Button key={n} variant={n === "open" ? "primary" : "secondary"} onClick={() => setAsking(n)}>
              {steps.find((s) => s.name === n)!.label}
            </Button>
          ))}
        </div>
      )}
      {asking && step && (
        <div
          role="group"
          aria-label={`确认${step.label}`}
          className="flex flex-col gap-2 rounded border border-stone-300 p-3"
        >
          <p className="text-sm font-medium">
            {asking === "open" ? "开幕前请核对：" : "撤销开幕后会议回到筹备中，签到名单不再固定。"}
          </p>
          {step.confirm && (
            <ul className="list-disc pl-5 text-sm">
              {step.confirm.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {step.needsReason && (
            <FormField label={asking === "open" ? "提前开幕原因" : "撤销原因"} error={error?.field}>
              <input
                className={inputClass}
                value={reason}
                maxLength={500}
                onChange={(e) => setReason(e.target.value)}
              />
            </FormField>
          )}
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => send(asking)} disabled={busy}>
              {`确认${step.label}`}
            </Button>
            <Button variant="secondary" onClick={() => (setAsking(null), setError(null))}>
              取消
            </Button>
          </div>
        </div>
      )}
      {error && <Alert tone="error">{error.message}</Alert>}
    </div>
  );
}
