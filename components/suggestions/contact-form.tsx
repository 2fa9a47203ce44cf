"use client";

import { useRouter } from "next/navigation";
import { CONTACT_WAY_LABELS } from "@/lib/suggestions/labels";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { LabelOptions } from "@/components/ui/label-options";
import { OptionSelect, type Option } from "@/components/ui/option-select";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { OccurredOnField, OnBehalfNote } from "@/components/ui/occurred-on-field";

/**
 * 记录联系代表情况: the day, the way, who made contact and the deputy's opinion. The office keys a unit's paper
 * record in for it (代录) and names the unit.
 */
export function ContactForm({
  suggestionId,
  onBehalf,
  units,
}: {
  suggestionId: string;
  onBehalf: boolean;
  /** 代录: the suggestion's units, the lead unit first. */
  units: Option[];
}) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/suggestions/contact-schema").then((m) => m.ContactInput),
    url: `/api/v1/suggestions/${suggestionId}/contacts`,
    defaultValues: { way: "PHONE", occurredOn: "", opinion: "", contactedBy: "", unitId: units[0]?.id ?? "" },
    success: onBehalf ? "已代录联系代表情况" : "已记录联系代表情况",
    onSuccess: () => {
      form.reset();
      router.refresh();
    },
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={onBehalf ? "代录联系代表情况" : "记录联系代表情况"}
      className="grid gap-3 sm:grid-cols-2"
    >
      {onBehalf && (
        <div className="sm:col-span-2">
          <OnBehalfNote of="承办单位" />
        </div>
      )}
      {onBehalf && (
        <OptionSelect label="联系单位" options={units} error={e.unitId?.message} register={register("unitId")} />
      )}
      <OccurredOnField
        label="联系日期"
        hint="不早于交办日期"
        error={e.occurredOn?.message}
        register={register("occurredOn")}
      />
      <FormField label="联系方式" error={e.way?.message}>
        <select className={inputClass} {...register("way")}>
          <LabelOptions labels={CONTACT_WAY_LABELS} />
        </select>
      </FormField>
      <FormField label="联系人" error={e.contactedBy?.message} hint="承办单位联系代表的工作人员">
        <input className={inputClass} {...register("contactedBy")} />
      </FormField>
      <div className="sm:col-span-2">
        <FormField label="代表意见" error={e.opinion?.message}>
          <textarea rows={3} className={inputClass} {...register("opinion")} />
        </FormField>
      </div>
      <div className="flex flex-col gap-2 sm:col-span-2">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <SubmitButton pending={formState.isSubmitting}>{onBehalf ? "保存代录" : "保存联系情况"}</SubmitButton>
      </div>
    </form>
  );
}
