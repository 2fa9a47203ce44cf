import type { UseFormRegisterReturn } from "react-hook-form";
import { TOWNSHIP_ROLE_LABELS } from "@/lib/auth/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { LabelOptions } from "@/components/ui/label-options";
import { OptionSelect, type Option } from "@/components/ui/option-select";

/** An account's role, and for a deputy's or a unit's account the deputy or unit it is linked to. */
export function RoleFields({
  role,
  fields,
  errors,
  deputies,
  units,
}: {
  /** The role chosen now. */
  role: string | undefined;
  fields: { role: UseFormRegisterReturn; deputyId: UseFormRegisterReturn; unitId: UseFormRegisterReturn };
  errors: { role?: string; deputyId?: string; unitId?: string };
  deputies: Option[];
  units: Option[];
}) {
  return (
    <>
      <FormField label="角色" error={errors.role}>
        <select className={inputClass} {...fields.role}>
          <LabelOptions labels={TOWNSHIP_ROLE_LABELS} />
        </select>
      </FormField>
      {role === "DEPUTY" && (
        <OptionSelect label="关联代表" options={deputies} error={errors.deputyId} register={fields.deputyId} />
      )}
      {role === "UNIT" && (
        <OptionSelect label="关联承办单位" options={units} error={errors.unitId} register={fields.unitId} />
      )}
    </>
  );
}
