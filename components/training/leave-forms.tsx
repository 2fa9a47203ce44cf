"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { checkAndSend } from "@/components/training/send";

type Option = { id: string; name: string };

/**
 * 请假: a deputy asks for themself (reason only), or the office keys a paper request (代录) naming the deputy
 * and the day it was asked.
 */
export function LeaveRequestForm({ id, deputies, today }: { id: string; deputies?: Option[]; today: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const onBehalf = !!deputies;
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const body = {
      reason: String(data.get("reason") ?? ""),
      ...(onBehalf
        ? { deputyId: String(data.get("deputyId") ?? ""), requestedOn: String(data.get("requestedOn") ?? "") }
        : {}),
    };
    const res = await checkAndSend("LeaveRequestInput", `/api/v1/training-sessions/${id}/leave`, body);
    if (!res.ok) {
      setErrors(res.error.fields ?? {});
      return setMessage({ tone: "error", text: res.error.message });
    }
    setErrors({});
    setMessage({ tone: "success", text: "请假申请已提交，等待主席审批" });
    router.refresh();
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={onBehalf ? "代录请假申请" : "请假申请"}
      className="flex flex-col gap-3"
    >
      {deputies && (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField label="代表" error={errors.deputyId}>
            <select name="deputyId" className={inputClass} defaultValue="">
              <option value="">请选择</option>
              {deputies.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label="申请日期" error={errors.requestedOn} hint="纸质请假条上的日期">
            <input name="requestedOn" type="date" defaultValue={today} max={today} className={inputClass} />
          </FormField>
        </div>
      )}
      <FormField label="请假事由" error={errors.reason ?? (!onBehalf ? errors.requestedOn : undefined)}>
        <textarea name="reason" rows={3} className={inputClass} />
      </FormField>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white">
        {onBehalf ? "代录请假申请" : "提交请假申请"}
      </button>
    </form>
  );
}

/** 审批: the chair approves or rejects one pending request. */
export function LeaveDecision({ id, leaveId, name }: { id: string; leaveId: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function decide(decision: "APPROVED" | "REJECTED") {
    const res = await checkAndSend("LeaveDecisionInput", `/api/v1/training-sessions/${id}/leave/${leaveId}`, {
      decision,
    });
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => decide("APPROVED")}
        aria-label={`批准${name}的请假`}
        className="min-h-10 rounded bg-brand-700 px-3 py-1 text-sm text-white"
      >
        批准
      </button>
      <button
        type="button"
        onClick={() => decide("REJECTED")}
        aria-label={`不批准${name}的请假`}
        className="min-h-10 rounded border border-stone-400 bg-white px-3 py-1 text-sm"
      >
        不批准
      </button>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
