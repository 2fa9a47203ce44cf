"use client";

import { useRouter } from "next/navigation";
import { AGENDA_KIND_LABELS } from "@/lib/sessions/labels";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

/** Adds an agenda item at the end of the agenda. */
export function AgendaItemForm({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/sessions/schema").then((m) => m.AgendaItemInput),
    url: `/api/v1/sessions/${sessionId}/agenda`,
    defaultValues: { kind: "OTHER", title: "" },
    onSuccess: () => {
      form.reset({ kind: "OTHER", title: "" });
      router.refresh();
    },
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="新增议程" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[14rem_1fr]">
        <FormField label="议程类型" error={e.kind?.message}>
          <select className={inputClass} {...register("kind")}>
            {Object.entries(AGENDA_KIND_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="议程名称" error={e.title?.message}>
          <input className={inputClass} {...register("title")} />
        </FormField>
      </div>
      {message && <Alert tone={message.tone}>{message.tone === "success" ? "已加入议程" : message.text}</Alert>}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
      >
        加入议程
      </button>
    </form>
  );
}
