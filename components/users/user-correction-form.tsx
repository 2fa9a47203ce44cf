"use client";

import type { TownshipRole } from "@/lib/auth/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { RoleFields } from "@/components/users/role-fields";
import { CorrectionForm, useCorrectionForm } from "@/components/ui/correction-form";
import type { Option } from "@/components/users/user-create-form";

type Role = TownshipRole;
type Initial = { displayName: string; role: Role; deputyId?: string; unitId?: string; version: number };
type Saved = { displayName: string; role: Role; deputyId: string | null; unitId: string | null; version: number };

/** 更正 an account's name or role (and then its linked deputy or unit), with the reason the history keeps. */
export function UserCorrectionForm(props: { id: string; initial: Initial; deputies: Option[]; units: Option[] }) {
  const { form, onSubmit, message, reason } = useCorrectionForm({
    schema: () => import("@/lib/users/schema").then((m) => m.UserCorrectionInput),
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
      <RoleFields
        role={role}
        fields={{ role: register("role"), deputyId: register("deputyId"), unitId: register("unitId") }}
        errors={{ role: e.role?.message, deputyId: e.deputyId?.message, unitId: e.unitId?.message }}
        deputies={props.deputies}
        units={props.units}
      />
    </CorrectionForm>
  );
}
