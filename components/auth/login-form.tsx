"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { SignInInput, SIGN_IN_ERRORS } from "@/lib/auth/schema";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

export function LoginForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver: zodResolver(SignInInput) });

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
