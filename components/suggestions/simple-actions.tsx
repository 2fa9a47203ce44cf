"use client";

import { useState } from "react";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useSuggestionForm } from "@/components/suggestions/use-suggestion-form";

type Simple = "register" | "submit" | "close" | "publish";

const CONFIRM: Partial<Record<Simple, string>> = {
  close: "办结后不能再答复或评价。确定办结？",
  publish: "公开后，其他代表可以看到建议和答复（不含个人信息）。确定公开？",
};

/** A step that needs nothing but a click (and, for 办结 and 公开, a confirmation). */
export function ActionButton({
  suggestionId,
  version,
  action,
  label,
  variant = "primary",
  confirm,
}: {
  suggestionId: string;
  version: number;
  action: Simple;
  label: string;
  variant?: "primary" | "secondary";
  confirm?: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const { form, onSubmit, message } = useSuggestionForm({
    schema: () => import("@/lib/suggestions/schema").then((m) => m.TransitionInput),
    url: `/api/v1/suggestions/${suggestionId}/transitions`,
    version,
    defaultValues: { action, version },
    success: `${label}成功`,
  });
  const ask = confirm ?? CONFIRM[action];
  return (
    <form onSubmit={onSubmit} aria-label={label} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        {ask && !confirming ? (
          <Button variant={variant} onClick={() => setConfirming(true)}>
            {label}
          </Button>
        ) : (
          <>
            {ask && <span className="text-sm">{ask}</span>}
            <Button type="submit" variant={variant} disabled={form.formState.isSubmitting}>
              {ask ? `确认${label}` : label}
            </Button>
            {ask && (
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                取消
              </Button>
            )}
          </>
        )}
      </div>
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
    </form>
  );
}

/** 撤回: the lead proposer (or the office) before assignment, with an optional reason. */
export function WithdrawForm({ suggestionId, version }: { suggestionId: string; version: number }) {
  const { form, onSubmit, message, error } = useSuggestionForm({
    schema: () => import("@/lib/suggestions/schema").then((m) => m.TransitionInput),
    url: `/api/v1/suggestions/${suggestionId}/transitions`,
    version,
    defaultValues: { action: "withdraw", version, note: "" },
    success: "已撤回",
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="撤回建议" className="flex flex-col gap-3">
      <FormField label="撤回原因（可选）" error={error("note")}>
        <textarea rows={2} className={inputClass} {...form.register("note")} />
      </FormField>
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
      <Button type="submit" variant="danger" disabled={form.formState.isSubmitting} className="self-start">
        撤回建议
      </Button>
    </form>
  );
}
