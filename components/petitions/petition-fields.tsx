"use client";

import type { UseFormReturn } from "react-hook-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { LabelOptions } from "@/components/ui/label-options";
import { PETITION_CATEGORY_LABELS, PETITION_CHANNEL_LABELS } from "@/lib/petitions/labels";
import type { PetitionCreateInput } from "@/lib/petitions/schema";

type Form = UseFormReturn<PetitionCreateInput>;

/** Channel, day received (代录: the real day), the county's document, category, accused, collective visit. */
export function RegistrationFields({
  form,
  today,
  units,
}: {
  form: Form;
  today: string;
  units: { id: string; name: string }[];
}) {
  const { register, watch, formState } = form;
  const e = formState.errors;
  const [channel, category, collective] = watch(["channel", "category", "collective"]);
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FormField label="信访渠道" error={e.channel?.message}>
          <select className={inputClass} {...register("channel")}>
            <option value="">请选择</option>
            <LabelOptions labels={PETITION_CHANNEL_LABELS} />
          </select>
        </FormField>
        <FormField label="收到日期" error={e.receivedOn?.message} hint="按实际收到的日期填写（补录纸质件时为原日期）">
          <input type="date" max={today} className={inputClass} {...register("receivedOn")} />
        </FormField>
        <FormField label="信访类别" error={e.category?.message} hint="信访工作条例第二十九条至第三十一条">
          <select className={inputClass} {...register("category")}>
            <option value="">请选择</option>
            <LabelOptions labels={PETITION_CATEGORY_LABELS} />
          </select>
        </FormField>
        <label className="flex min-h-10 items-center gap-2 self-end text-sm">
          <input type="checkbox" className="h-5 w-5" {...register("collective")} />
          多人走访
        </label>
      </div>
      {channel === "COUNTY_TRANSFER" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField label="来文文号" error={e.sourceDocNo?.message} hint="上级人大转办、交办文件的文号">
            <input className={inputClass} {...register("sourceDocNo")} />
          </FormField>
          <FormField label="来文日期" error={e.sourceDocDate?.message}>
            <input type="date" max={today} className={inputClass} {...register("sourceDocDate")} />
          </FormField>
        </div>
      )}
      {collective && (
        <FormField label="来访人数" error={e.visitorCount?.message}>
          <input
            type="number"
            min={2}
            inputMode="numeric"
            className={`${inputClass} sm:max-w-40`}
            {...register("visitorCount")}
          />
        </FormField>
      )}
      {category === "ACCUSATION" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField
            label="被检举单位"
            error={e.accusedUnitId?.message}
            hint="检举控告材料不得转送被检举单位（第三十条第三款）"
          >
            <select className={inputClass} {...register("accusedUnitId")}>
              <option value="">无（非本镇承办单位）</option>
              <LabelOptions labels={Object.fromEntries(units.map((u) => [u.id, u.name]))} />
            </select>
          </FormField>
          <FormField label="被检举人" error={e.accusedName?.message}>
            <input className={inputClass} {...register("accusedName")} />
          </FormField>
        </div>
      )}
    </>
  );
}
