"use client";

import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

export function PasswordForm() {
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/users/schema").then((m) => m.PasswordChangeInput),
    url: "/api/v1/me/password",
    onSuccess: () => form.reset({ currentPassword: "", newPassword: "" }),
  });
  const { register, formState } = form;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="修改密码"
      className="flex max-w-sm flex-col gap-3 rounded border border-stone-200 bg-white p-4"
    >
      <FormField label="当前密码" error={formState.errors.currentPassword?.message}>
        <input
          className={inputClass}
          type="password"
          autoComplete="current-password"
          {...register("currentPassword")}
        />
      </FormField>
      <FormField label="新密码" error={formState.errors.newPassword?.message} hint="至少 8 个字符，不能是常见密码">
        <input className={inputClass} type="password" autoComplete="new-password" {...register("newPassword")} />
      </FormField>
      {message && (
        <Alert tone={message.tone}>
          {message.tone === "success" ? "密码已修改，其他设备上的登录已失效" : message.text}
        </Alert>
      )}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-10 rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
      >
        修改密码
      </button>
    </form>
  );
}
