"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { AddRowButton } from "@/components/ui/submit-button";
import type { PetitionCreateInput } from "@/lib/petitions/schema";

type Form = UseFormReturn<PetitionCreateInput>;

export const blankPetitioner = { name: "", phone: "", idNumber: "", address: "" };

/** The petitioners (a collective visit: its representatives, at most `max`, Art. 20). */
export function PetitionerRows({ form, collective, max }: { form: Form; collective: boolean; max: number }) {
  const { register, control, formState } = form;
  const rows = useFieldArray({ control, name: "petitioners" });
  const e = formState.errors.petitioners;
  return (
    <fieldset className="flex flex-col gap-3 rounded border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium">
        {collective ? `信访人（多人走访推选的代表，不超过 ${max} 人，信访工作条例第二十条）` : "信访人"}
      </legend>
      {rows.fields.map((f, i) => (
        <div
          key={f.id}
          className="grid gap-2 border-b border-stone-100 pb-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1.4fr_2fr_auto]"
        >
          <FormField label={`姓名（第 ${i + 1} 人）`} error={e?.[i]?.name?.message}>
            <input className={inputClass} autoComplete="off" {...register(`petitioners.${i}.name`)} />
          </FormField>
          <FormField label="联系电话" error={e?.[i]?.phone?.message} hint="手机或区号加座机">
            <input className={inputClass} type="tel" autoComplete="off" {...register(`petitioners.${i}.phone`)} />
          </FormField>
          <FormField label="身份证号" error={e?.[i]?.idNumber?.message} hint="可不填；填写时核对校验位">
            <input className={inputClass} autoComplete="off" {...register(`petitioners.${i}.idNumber`)} />
          </FormField>
          <FormField label="住址" error={e?.[i]?.address?.message}>
            <input className={inputClass} autoComplete="off" {...register(`petitioners.${i}.address`)} />
          </FormField>
          {rows.fields.length > 1 && (
            <button
              type="button"
              onClick={() => rows.remove(i)}
              className="min-h-10 self-end rounded border border-stone-400 bg-white px-3 text-sm"
            >
              删除第 {i + 1} 人
            </button>
          )}
        </div>
      ))}
      {e?.message && <p className="text-sm text-red-800">{e.message}</p>}
      {e?.root?.message && <p className="text-sm text-red-800">{e.root.message}</p>}
      <AddRowButton onClick={() => rows.append(blankPetitioner)}>添加信访人</AddRowButton>
    </fieldset>
  );
}
