"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { signIn } from "next-auth/react";
import type { SignInInput } from "@/lib/auth/schema";
import { SIGN_IN_ERRORS } from "@/lib/auth/labels";
import { lazyResolver } from "@/components/ui/lazy-resolver";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

// zod comes with the first submit, not with the login page (components/ui/lazy-resolver.ts).
const resolver = lazyResolver<SignInInput, SignInInput>(() => import("@/lib/auth/schema").then((m) => m.SignInInput));

export function LoginForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (!res || res.error) {
      setError(SIGN_IN_ERRORS[res?.error ?? ""] ?? "登录失败，请稍后再试");
      return;
    }
    router.replace("/");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {error && <Alert tone="error">{error}</Alert>}
      <FormField label="用户名" error={formState.errors.username?.message}>
        <input className={inputClass} autoComplete="username" autoCapitalize="none" {...register("username")} />
      </FormField>
      <FormField label="密码" error={formState.errors.password?.message}>
        <input className={inputClass} type="password" autoComplete="current-password" {...register("password")} />
      </FormField>
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:bg-stone-500"
      >
        {formState.isSubmitting ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
