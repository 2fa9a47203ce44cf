"use client";

import { useRouter } from "next/navigation";
import { EXTRAORDINARY_CALL_LABELS, SESSION_KIND_LABELS } from "@/lib/sessions/labels";
import { LabelOptions } from "@/components/ui/label-options";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

/** 筹备新会议: numbered by the server; an extraordinary session records who called it (主席团 or 1/5 of deputies). */
export function SessionCreateForm({ sitting }: { sitting: number }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/sessions/schema").then((m) => m.SessionCreateInput),
    url: "/api/v1/sessions",
    defaultValues: { kind: "REGULAR", callBy: "DEPUTIES", venue: "镇人大会议室" },
    onSuccess: (data) => router.push(`/sessions/${(data as { id: string }).id}`),
  });
  const { register, formState, watch } = form;
  const e = formState.errors;
  const extraordinary = watch("kind") === "EXTRAORDINARY";
  const byDeputies = watch("callBy") !== "PRESIDIUM";
  return (
    <form onSubmit={onSubmit} noValidate aria-label="筹备新会议" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FormField label="会议类型" error={e.kind?.message}>
          <select className={inputClass} {...register("kind")}>
            {Object.entries(SESSION_KIND_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="开幕日期" error={e.startDate?.message}>
          <input type="date" className={inputClass} {...register("startDate")} />
        </FormField>
        <FormField label="闭幕日期" error={e.endDate?.message}>
          <input type="date" className={inputClass} {...register("endDate")} />
        </FormField>
        <FormField label="会场" error={e.venue?.message}>
          <input className={inputClass} {...register("venue")} />
        </FormField>
      </div>
      {extraordinary && (
        <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
          <FormField label="召集依据" error={e.callBy?.message} hint="地方组织法第十四条第三款">
            <select className={inputClass} {...register("callBy")}>
              <LabelOptions labels={EXTRAORDINARY_CALL_LABELS} />
            </select>
          </FormField>
          {byDeputies && (
            <FormField
              label="提议代表人数"
              error={e.requestedBy?.message}
              hint={`须五分之一以上代表提议（本届在任 ${sitting} 名）`}
            >
              <input
                type="number"
                min={0}
                inputMode="numeric"
                className={inputClass}
                {...register("requestedBy", {
                  setValueAs: (v) => (v === "" || v === undefined ? undefined : Number(v)),
                })}
              />
            </FormField>
          )}
          <FormField
            label={byDeputies ? "提议记录" : "主席团决定"}
            error={e.requestNote?.message}
            hint={byDeputies ? "提议的时间、提议代表和事由" : "主席团会议的时间和决定"}
          >
            <textarea rows={3} className={inputClass} {...register("requestNote")} />
          </FormField>
        </div>
      )}
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
      >
        筹备会议
      </button>
    </form>
  );
}
