"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

type Message = { tone: "error" | "success"; text: string } | null;
const Result = ({ message }: { message: Message }) =>
  message ? <Alert tone={message.tone}>{message.text}</Alert> : null;

/** 生成全年接待日: the rule's day of each month moved to the next working day; months that have a day are kept. */
export function GenerateForm({ year, dayOfMonth }: { year: number; dayOfMonth: number }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/reception/schema").then((m) => m.ReceptionGenerateInput),
    url: "/api/v1/reception-days/generate",
    defaultValues: { year, place: "" },
    success: "已生成全年接待选民日",
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="生成全年接待选民日" className="flex flex-col gap-3">
      <input type="hidden" {...form.register("year")} />
      <FormField label="接待地点" error={e.place?.message} hint="如：镇人大代表之家；可逐日修改">
        <input className={inputClass} {...form.register("place")} />
      </FormField>
      <Result message={message} />
      <SubmitButton pending={form.formState.isSubmitting}>
        按每月{dayOfMonth}日生成{year}年接待日
      </SubmitButton>
    </form>
  );
}

/** One more reception day in the year (an extra day, or one the office keys from last year's paper records). */
export function AddDayForm({ year }: { year: number }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/reception/schema").then((m) => m.ReceptionDayCreateInput),
    url: "/api/v1/reception-days",
    defaultValues: { year, date: "", place: "" },
    success: "已新增接待选民日",
    onSuccess: () => {
      form.reset({ year, date: "", place: "" });
      router.refresh();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="新增接待选民日" className="flex flex-col gap-3">
      <input type="hidden" {...form.register("year")} />
      <FormField label="接待日期" error={e.date?.message ?? e.year?.message}>
        <input type="date" className={inputClass} {...form.register("date")} />
      </FormField>
      <FormField label="接待地点" error={e.place?.message}>
        <input className={inputClass} {...form.register("place")} />
      </FormField>
      <Result message={message} />
      <SubmitButton pending={form.formState.isSubmitting}>新增接待日</SubmitButton>
    </form>
  );
}
