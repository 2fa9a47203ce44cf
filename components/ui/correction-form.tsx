"use client";

import type { FormEventHandler, ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { DefaultValues, FieldValues, Path, UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import { useApiForm } from "@/components/ui/use-api-form";
import type { SchemaLoader } from "@/components/ui/lazy-resolver";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * A record's 更正 form (lib/audit/corrections.ts): the record's fields as they are, and the reason the history
 * keeps. Once saved the form starts again from the record as corrected (`saved` reads it from the answer).
 */
export function useCorrectionForm<S extends z.ZodType<FieldValues, FieldValues>>(opts: {
  /** The record's correction schema, loaded on the first submit (components/ui/lazy-resolver.ts). */
  schema: SchemaLoader<S>;
  url: string;
  /** POST to a record's `/corrections` (the default), or PATCH where the record itself takes the correction. */
  method?: "POST" | "PATCH";
  initial: Omit<z.input<S>, "reason">;
  saved: (data: unknown) => Omit<z.input<S>, "reason">;
}) {
  const router = useRouter();
  const withReason = (values: Omit<z.input<S>, "reason">) => ({ ...values, reason: "" }) as DefaultValues<z.input<S>>;
  const api = useApiForm({
    schema: opts.schema,
    url: opts.url,
    method: opts.method,
    success: "已更正",
    defaultValues: withReason(opts.initial),
    onSuccess: (data) => {
      api.form.reset(withReason(opts.saved(data)));
      router.refresh();
    },
  });
  const error = api.form.formState.errors.reason?.message;
  return {
    ...api,
    reason: {
      field: api.form.register("reason" as Path<z.input<S>>),
      error: typeof error === "string" ? error : undefined,
    },
  };
}

/** The form around a record's own fields: then 更正原因, the answer and 保存更正. */
export function CorrectionForm({
  label,
  onSubmit,
  message,
  pending,
  reason,
  children,
}: {
  label: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  message: { tone: "error" | "success"; text: string } | null;
  pending: boolean;
  reason: { field: UseFormRegisterReturn; error?: string };
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="grid gap-3 sm:grid-cols-2">
      {children}
      <div className="sm:col-span-2">
        <FormField label="更正原因" error={reason.error}>
          <textarea className={inputClass} rows={2} {...reason.field} />
        </FormField>
      </div>
      <div className="flex flex-col gap-2 sm:col-span-2">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <SubmitButton pending={pending}>保存更正</SubmitButton>
      </div>
    </form>
  );
}
