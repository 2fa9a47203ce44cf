"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { FormField, inputClass } from "@/components/ui/form-field";

export interface Step {
  name: "approve" | "start" | "conclude";
  label: string;
  open: boolean;
  reason?: string;
}

type Send = (body: Record<string, unknown>) => void;

/** A step's form: its fields and its button; the values go to the transitions endpoint with the action. */
function StepForm({ step, send, busy, children }: { step: Step; send: Send; busy: boolean; children: ReactNode }) {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    send({ action: step.name, ...Object.fromEntries(new FormData(e.currentTarget)) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={step.label} className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">{children}</div>
      <button
        type="submit"
        disabled={busy}
        className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
      >
        {step.label}
      </button>
    </form>
  );
}

/** One step as the record's `steps` say: a form (批准方案, 结束活动), a button (开始活动), or its reason. */
function StepControl({
  step,
  send,
  busy,
  errors,
  today,
}: {
  step: Step;
  send: Send;
  busy: boolean;
  errors: Record<string, string>;
  today: string;
}) {
  if (!step.open)
    return (
      <p className="text-sm text-stone-600">
        {step.label}：{step.reason}
      </p>
    );
  if (step.name === "approve")
    return (
      <StepForm step={step} send={send} busy={busy}>
        <FormField label="党委同意日期" error={errors.partyConsentOn}>
          <input name="partyConsentOn" type="date" defaultValue={today} className={inputClass} />
        </FormField>
        <FormField label="党委意见" error={errors.partyConsentNote} hint="如：经镇党委会议研究同意">
          <input name="partyConsentNote" className={inputClass} />
        </FormField>
      </StepForm>
    );
  if (step.name === "conclude")
    return (
      <StepForm step={step} send={send} busy={busy}>
        <FormField label="结束日期" error={errors.concludedOn} hint="不填即今天">
          <input name="concludedOn" type="date" className={inputClass} />
        </FormField>
        <FormField label="活动总结" error={errors.summary}>
          <textarea name="summary" rows={3} className={inputClass} />
        </FormField>
      </StepForm>
    );
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => send({ action: step.name })}
      className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
    >
      {step.label}
    </button>
  );
}

/** The plan's steps the actor may take: 批准方案 with the party committee's consent, 开始活动, 结束活动. */
export function TransitionPanel({
  id,
  version,
  steps,
  today,
}: {
  id: string;
  version: number;
  steps: Step[];
  today: string;
}) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!steps.length) return null;
  const send: Send = async (body) => {
    setBusy(true);
    setMessage(null);
    const res = await apiSend(`/api/v1/supervision/${id}/transitions`, "POST", { ...body, version });
    setBusy(false);
    if (!res.ok) {
      setErrors(res.error.fields ?? {});
      return setMessage(res.error.message);
    }
    setErrors({});
    router.refresh();
  };
  return (
    <div className="no-print flex flex-col gap-3">
      {steps.map((s) => (
        <StepControl key={s.name} step={s} send={send} busy={busy} errors={errors} today={today} />
      ))}
      {message && <Alert tone="error">{message}</Alert>}
    </div>
  );
}
