"use client";

import { useRouter } from "next/navigation";
import { ROLE_LABELS } from "@/lib/auth/labels";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Option } from "@/components/users/user-create-form";

type Role = keyof typeof ROLE_LABELS;
type Initial = { displayName: string; role: Role; deputyId?: string; unitId?: string; version: number };

/** 更正 an account's name or role (and then its linked deputy or unit), with the reason the history keeps. */
export function UserCorrectionForm(props: { id: string; initial: Initial; deputies: Option[]; units: Option[] }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/users/schema").then((m) => m.UserCorrectionInput),
    url: `/api/v1/users/${props.id}/corrections`,
    success: "已更正",
    defaultValues: { ...props.initial, reason: "" },
    onSuccess: (data) => {
      const u = data as {
        displayName: string;
        role: Role;
        deputyId: string | null;
        unitId: string | null;
        version: number;
      };
      const { displayName, role, version } = u;
      form.reset({
        displayName,
        role,
        version,
        deputyId: u.deputyId ?? undefined,
        unitId: u.unitId ?? undefined,
        reason: "",
      });
      router.refresh();
    },
  });
  const { register, formState, watch } = form;
  const role = watch("role");
  const e = formState.errors;
  const select = (name: "deputyId" | "unitId", label: string, options: Option[], error?: string) => (
    <FormField label={label} error={error}>
      <select className={inputClass} {...register(name)}>
        <option value="">请选择</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </FormField>
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="更正姓名或角色" className="grid gap-3 sm:grid-cols-2">
      <FormField label="姓名" error={e.displayName?.message}>
        <input className={inputClass} {...register("displayName")} />
      </FormField>
      <FormField label="角色" error={e.role?.message}>
        <select className={inputClass} {...register("role")}>
          {Object.entries(ROLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </FormField>
      {role === "DEPUTY" && select("deputyId", "关联代表", props.deputies, e.deputyId?.message)}
      {role === "UNIT" && select("unitId", "关联承办单位", props.units, e.unitId?.message)}
      <div className="sm:col-span-2">
        <FormField label="更正原因" error={e.reason?.message}>
          <textarea className={inputClass} rows={2} {...register("reason")} />
        </FormField>
      </div>
      <div className="flex flex-col gap-2 sm:col-span-2">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <SubmitButton pending={formState.isSubmitting}>保存更正</SubmitButton>
      </div>
    </form>
  );
}
