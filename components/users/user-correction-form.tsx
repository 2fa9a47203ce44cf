"use client";

import { UserCorrectionInput } from "@/lib/users/schema";
import { ROLE_LABELS } from "@/lib/auth/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { CorrectionForm, useCorrectionForm } from "@/components/ui/correction-form";
import type { Option } from "@/components/users/user-create-form";

type Role = keyof typeof ROLE_LABELS;
type Initial = { displayName: string; role: Role; deputyId?: string; unitId?: string; version: number };
type Saved = { displayName: string; role: Role; deputyId: string | null; unitId: string | null; version: number };

/** 更正 an account's name or role (and then its linked deputy or unit), with the reason the history keeps. */
export function UserCorrectionForm(props: { id: string; initial: Initial; deputies: Option[]; units: Option[] }) {
  const { form, onSubmit, message, reason } = useCorrectionForm({
    schema: UserCorrectionInput,
    url: `/api/v1/users/${props.id}/corrections`,
    initial: props.initial,
    saved: (data) => {
      const u = data as Saved;
      return { ...u, deputyId: u.deputyId ?? undefined, unitId: u.unitId ?? undefined };
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
    <CorrectionForm
      label="更正姓名或角色"
      onSubmit={onSubmit}
      message={message}
      pending={formState.isSubmitting}
      reason={reason}
    >
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
    </CorrectionForm>
  );
}
