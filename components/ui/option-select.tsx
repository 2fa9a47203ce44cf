import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField, inputClass } from "@/components/ui/form-field";

export type Option = { id: string; name: string };

/** A required choice from a list (领衔代表, 类别, an account's deputy or unit), with 请选择 (or `blank`) first. */
export function OptionSelect({
  label,
  options,
  error,
  register,
  blank = "请选择",
}: {
  label: string;
  options: Option[];
  error?: string;
  register: UseFormRegisterReturn;
  /** The empty first choice's text (default 请选择; 述职代表: 请选择代表). */
  blank?: string;
}) {
  return (
    <FormField label={label} error={error}>
      <select className={inputClass} {...register}>
        <option value="">{blank}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </FormField>
  );
}
