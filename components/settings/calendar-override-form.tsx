"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Sets one day as a holiday (放假) or a working day (上班), e.g. a year the package does not have yet. */
export function CalendarOverrideForm({ year }: { year: number }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/time/schema").then((m) => m.CalendarOverrideInput),
    url: "/api/v1/calendar/overrides",
    defaultValues: { date: `${year}-01-01`, kind: "HOLIDAY", note: "" },
    onSuccess: () => {
      form.reset({ date: form.getValues("date"), kind: form.getValues("kind"), note: "" });
      router.refresh();
    },
  });
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="添加日历调整" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField label="日期" error={formState.errors.date?.message}>
          <input type="date" className={inputClass} {...register("date")} />
        </FormField>
        <FormField label="类型" error={formState.errors.kind?.message}>
          <select className={inputClass} {...register("kind")}>
            <option value="HOLIDAY">放假</option>
            <option value="WORKDAY">上班（调休）</option>
          </select>
        </FormField>
        <FormField label="说明" hint="如：国庆节、国庆节调休上班" error={formState.errors.note?.message}>
          <input maxLength={100} className={inputClass} {...register("note")} />
        </FormField>
      </div>
      {message && <Alert tone={message.tone}>{message.tone === "success" ? "已添加调整" : message.text}</Alert>}
      <Button type="submit" disabled={formState.isSubmitting} className="self-start">
        添加
      </Button>
    </form>
  );
}
