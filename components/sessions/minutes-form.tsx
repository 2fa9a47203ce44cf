"use client";

import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { SessionUpdateInput } from "@/lib/sessions/schema";
import { lazyResolver } from "@/components/ui/lazy-resolver";
import { apiSend } from "@/components/ui/api";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

type In = z.input<typeof SessionUpdateInput>;
type Out = z.output<typeof SessionUpdateInput>;
const resolver = lazyResolver<In, Out>(() => import("@/lib/sessions/schema").then((m) => m.SessionUpdateInput));
interface Saved {
  minutes: string | null;
  version: number;
}

/**
 * 会议纪要, saved with the session's version. When someone else saved first (409) the text typed here
 * stays; their text is shown beside it, and the next save deliberately replaces it.
 */
export function MinutesForm({
  sessionId,
  minutes,
  version,
}: {
  sessionId: string;
  minutes: string | null;
  version: number;
}) {
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [theirs, setTheirs] = useState<string | null>(null);
  const form = useForm<In, unknown, Out>({
    resolver,
    defaultValues: { minutes: minutes ?? "", version },
  });
  const { register, formState } = form;
  // Opening or closing the session also bumps its version; when the minutes themselves did not
  // change on the server, take the new version quietly instead of reporting a false conflict.
  const [base, setBase] = useState(minutes ?? "");
  useEffect(() => {
    if ((minutes ?? "") !== base || form.getValues("version") >= version) return;
    form.setValue("version", version);
  }, [form, base, minutes, version]);
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await apiSend<Saved>(`/api/v1/sessions/${sessionId}`, "PATCH", values);
    if (res.ok) {
      setTheirs(null);
      setBase(values.minutes ?? "");
      form.reset({ minutes: values.minutes ?? "", version: res.data.version });
      return setMessage({ tone: "success", text: "纪要已保存" });
    }
    setMessage({ tone: "error", text: res.error.message });
    if (res.error.code !== "CONFLICT") return;
    const latest = await fetch(`/api/v1/sessions/${sessionId}`)
      .then((r) => (r.ok ? (r.json() as Promise<Saved>) : null))
      .catch(() => null);
    if (!latest) return;
    setTheirs(latest.minutes ?? "");
    setBase(latest.minutes ?? "");
    form.setValue("version", latest.version);
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="会议纪要" className="flex flex-col gap-3">
      <FormField label="纪要正文" error={formState.errors.minutes?.message} hint="会议的主要议程、讨论情况和议定事项">
        <textarea rows={12} className={inputClass} {...register("minutes")} />
      </FormField>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {theirs !== null && (
        <details open className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <summary className="cursor-pointer font-medium">他人刚保存的纪要（再次保存将以您的文本替换它）</summary>
          <p className="mt-2 whitespace-pre-wrap">{theirs || "（空）"}</p>
        </details>
      )}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
      >
        保存纪要
      </button>
    </form>
  );
}
