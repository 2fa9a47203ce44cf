"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { RoleFields } from "@/components/users/role-fields";

import type { Option } from "@/components/ui/option-select";

export type { Option };

export function UserCreateForm({ deputies, units }: { deputies: Option[]; units: Option[] }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/users/schema").then((m) => m.UserCreateInput),
    url: "/api/v1/users",
    defaultValues: { role: "OFFICE" },
    onSuccess: () => {
      form.reset({ role: "OFFICE", username: "", displayName: "", password: "" });
      router.refresh();
    },
  });
  const { register, formState, watch } = form;
  const role = watch("role");
  const e = formState.errors;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="新建账号"
      className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2"
    >
      <FormField label="用户名" error={e.username?.message} hint="登录用，字母、数字或下划线">
        <input className={inputClass} autoCapitalize="none" {...register("username")} />
      </FormField>
      <FormField label="姓名" error={e.displayName?.message}>
        <input className={inputClass} {...register("displayName")} />
      </FormField>
      <FormField label="初始密码" error={e.password?.message} hint="至少 8 位；对方首次登录后应自行修改">
        <input className={inputClass} type="password" autoComplete="new-password" {...register("password")} />
      </FormField>
      <RoleFields
        role={role}
        fields={{ role: register("role"), deputyId: register("deputyId"), unitId: register("unitId") }}
        errors={{ role: e.role?.message, deputyId: e.deputyId?.message, unitId: e.unitId?.message }}
        deputies={deputies}
        units={units}
      />
      <div className="flex flex-col gap-2 sm:col-span-2">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <button
          type="submit"
          disabled={formState.isSubmitting}
          className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          新建账号
        </button>
      </div>
    </form>
  );
}
