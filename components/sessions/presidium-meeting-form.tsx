"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

/** 登记主席团会议: numbered within the current term by the server. */
export function PresidiumMeetingForm({ today }: { today: string }) {
  const router = useRouter();
  const blank = { date: today, attendees: "", topics: "", decisions: "" };
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/sessions/schema").then((m) => m.PresidiumMeetingInput),
    url: "/api/v1/presidium-meetings",
    defaultValues: blank,
    onSuccess: () => {
      form.reset(blank);
      router.refresh();
    },
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="登记主席团会议" className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">会议次序在本届内自动编号</p>
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <FormField label="会议日期" error={e.date?.message}>
          <input type="date" className={inputClass} {...register("date")} />
        </FormField>
        <FormField label="出席人员" error={e.attendees?.message} hint="姓名之间用顿号分隔">
          <input className={inputClass} {...register("attendees")} />
        </FormField>
      </div>
      <FormField label="议题" error={e.topics?.message}>
        <textarea rows={4} className={inputClass} {...register("topics")} />
      </FormField>
      <FormField label="决定事项" error={e.decisions?.message}>
        <textarea rows={4} className={inputClass} {...register("decisions")} />
      </FormField>
      {message && <Alert tone={message.tone}>{message.tone === "success" ? "已登记" : message.text}</Alert>}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
      >
        登记会议
      </button>
    </form>
  );
}
