"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import { lazyResolver, type SchemaLoader } from "@/components/ui/lazy-resolver";
import { apiSendWithFiles } from "@/components/ui/api";

/**
 * A form validated by the same zod schema the server uses; on submit it calls the API and maps
 * the server's field messages back onto the fields.
 */
export function useApiForm<S extends z.ZodType<FieldValues, FieldValues>>(opts: {
  /** The server's zod schema, loaded on the first submit (components/ui/lazy-resolver.ts). */
  schema: SchemaLoader<S> | S;
  url: string;
  method?: "POST" | "PATCH" | "PUT";
  defaultValues?: DefaultValues<z.input<S>>;
  onSuccess?: (data: unknown) => void;
  /** What the success message says (default 已保存). */
  success?: string;
  /** Drop the values of inputs no longer shown (react-hook-form's shouldUnregister). */
  shouldUnregister?: boolean;
  /** Files to send with the values (multipart); the server's `attachments` errors go to `fileError`. */
  files?: () => File[];
  /** The multipart field of the files and the key of their errors (default `attachments`; photos: `photos`). */
  filesField?: string;
  /** What is sent, from the checked values (default: the values themselves). */
  payload?: (values: z.output<S>) => unknown;
}) {
  const [fileError, setFileError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [resolver] = useState(() => lazyResolver<z.input<S>, z.output<S>>(opts.schema));
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver,
    defaultValues: opts.defaultValues,
    shouldUnregister: opts.shouldUnregister,
  });
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    setFileError(null);
    const body = opts.payload ? opts.payload(values) : values;
    const res = await apiSendWithFiles(opts.url, opts.method ?? "POST", body, opts.files?.() ?? [], opts.filesField);
    if (res.ok) {
      setMessage({ tone: "success", text: opts.success ?? "已保存" });
      opts.onSuccess?.(res.data);
      return;
    }
    for (const [field, text] of Object.entries(res.error.fields ?? {})) {
      if (field === (opts.filesField ?? "attachments")) setFileError(text);
      else form.setError(field as Path<z.input<S>>, { message: text });
    }
    setMessage({ tone: "error", text: res.error.message });
  });
  return { form, onSubmit, message, fileError };
}
