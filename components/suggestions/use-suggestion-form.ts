"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldError, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import { lazyResolver, type SchemaLoader } from "@/components/ui/lazy-resolver";
import { apiSendWithFiles } from "@/components/ui/api";

/**
 * A workflow form on a suggestion, validated by the server's own schema. It always sends the
 * page's current `version`; when the server refuses (409: someone changed the record meanwhile)
 * the user's text stays in the form next to the message, and the page is refreshed only on success.
 */
export function useSuggestionForm<S extends z.ZodType<FieldValues, FieldValues>>(opts: {
  /** The server's zod schema, loaded on the first submit (components/ui/lazy-resolver.ts). */
  schema: SchemaLoader<S> | S;
  url: string;
  version: number;
  defaultValues: DefaultValues<z.input<S>>;
  success: string;
  /** Files that go with the step (a reply or a delay notice), sent as multipart. */
  files?: () => File[];
  onSuccess?: () => void;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [resolver] = useState(() => lazyResolver<z.input<S>, z.output<S>>(opts.schema));
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver,
    defaultValues: opts.defaultValues,
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    setFileError(null);
    const res = await apiSendWithFiles(opts.url, "POST", { ...values, version: opts.version }, opts.files?.() ?? []);
    if (!res.ok) {
      for (const [field, text] of Object.entries(res.error.fields ?? {})) {
        if (field === "attachments") setFileError(text);
        else form.setError(field as Path<z.input<S>>, { message: text });
      }
      setMessage({ tone: "error", text: res.error.message });
      return;
    }
    form.reset(opts.defaultValues);
    opts.onSuccess?.();
    setMessage({ tone: "success", text: opts.success });
    router.refresh();
  });
  // The schemas are unions (one member per action): read errors by field name.
  const errors = form.formState.errors as Record<string, FieldError | undefined>;
  const error = (name: string) => errors[name]?.message;
  return { form, onSubmit, message, error, fileError };
}
