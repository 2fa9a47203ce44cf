"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { FormField, inputClass } from "@/components/ui/form-field";

export interface Step {
  name: "approve" | "start" | "conclude";
  label: string;
  open: boolean;
  reason?: string;
}

/**
 * The plan's steps the actor may take, as the record's `steps` say: 批准方案 with the party committee's
 * consent (day and note), 开始活动, 结束活动 with its day and summary. A closed step shows its reason.
 */
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

  async function send(body: Record<string, unknown>) {
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
  }
  const submit = (name: Step["name"]) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    void send({ action: name, ...data });
  };

  return (
    <div className="no-print flex flex-col gap-3">
      {steps.map((s) =>
        !s.open ? (
          <p key={s.name} className="text-sm text-stone-600">
            {s.label}：{s.reason}
          </p>
        ) : s.name === "approve" ? (
          <form
            key={s.name}
            onSubmit={submit("approve")}
            noValidate
            aria-label="批准方案"
            className="flex flex-col gap-3"
          >
            <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
              <FormField label="党委同意日期" error={errors.partyConsentOn}>
                <input name="partyConsentOn" type="date" defaultValue={today} className={inputClass} />
              </FormField>
              <FormField label="党委意见" error={errors.partyConsentNote} hint="如：经镇党委会议研究同意">
                <input name="partyConsentNote" className={inputClass} />
              </FormField>
            </div>
            <button
              type="submit"
              disabled={busy}
              className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
            >
              批准方案
            </button>
          </form>
        ) : s.name === "conclude" ? (
          <form
            key={s.name}
            onSubmit={submit("conclude")}
            noValidate
            aria-label="结束活动"
            className="flex flex-col gap-3"
          >
            <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
              <FormField label="结束日期" error={errors.concludedOn} hint="不填即今天">
                <input name="concludedOn" type="date" className={inputClass} />
              </FormField>
              <FormField label="活动总结" error={errors.summary}>
                <textarea name="summary" rows={3} className={inputClass} />
              </FormField>
            </div>
            <button
              type="submit"
              disabled={busy}
              className="min-h-10 self-start rounded border border-stone-400 bg-white px-4 py-2 text-sm"
            >
              结束活动
            </button>
          </form>
        ) : (
          <button
            key={s.name}
            type="button"
            disabled={busy}
            onClick={() => send({ action: s.name })}
            className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
          >
            {s.label}
          </button>
        ),
      )}
      {message && <Alert tone="error">{message}</Alert>}
    </div>
  );
}
