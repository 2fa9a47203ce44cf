import type { UseFormRegisterReturn } from "react-hook-form";
import { FormField, inputClass } from "@/components/ui/form-field";

/**
 * The day a paper form was really given (代录, back-entry; lib/records/on-behalf.ts): not after
 * today, not before the step it follows (the server checks both). Blank means today.
 */
export function OccurredOnField({
  label,
  hint,
  error,
  register,
}: {
  label: string;
  hint: string;
  error?: string;
  register: UseFormRegisterReturn;
}) {
  return (
    <FormField label={label} error={error} hint={`${hint}；不填即今天`}>
      <input type="date" className={inputClass} {...register} />
    </FormField>
  );
}

/** The note a 代录 form carries above its fields. */
export function OnBehalfNote({ of }: { of: string }) {
  return <p className="rounded bg-amber-50 p-2 text-sm text-amber-900">代录：按{of}的纸质材料录入，将标注由您录入</p>;
}
