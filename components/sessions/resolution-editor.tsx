"use client";

import { useRouter } from "next/navigation";
import type { AgendaKind } from "@/lib/generated/prisma/enums";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

/** The resolution text (or outcome) of one agenda item; kind and title are sent unchanged. */
export function ResolutionEditor({
  sessionId,
  item,
}: {
  sessionId: string;
  item: { id: string; kind: AgendaKind; title: string; resolution: string | null };
}) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/sessions/schema").then((m) => m.AgendaItemInput),
    url: `/api/v1/sessions/${sessionId}/agenda/${item.id}`,
    method: "PATCH",
    defaultValues: { kind: item.kind, title: item.title, resolution: item.resolution ?? "" },
    onSuccess: () => router.refresh(),
  });
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`${item.title}决议内容`} className="flex flex-col gap-2">
      <FormField label="决议内容" error={formState.errors.resolution?.message}>
        <textarea rows={4} className={inputClass} {...register("resolution")} />
      </FormField>
      {message && <Alert tone={message.tone}>{message.tone === "success" ? "决议内容已保存" : message.text}</Alert>}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-10 self-start rounded border border-stone-400 bg-white px-4 py-2 text-sm"
      >
        保存决议内容
      </button>
    </form>
  );
}
