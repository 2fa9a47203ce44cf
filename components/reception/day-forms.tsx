"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { OccurredOnField } from "@/components/ui/occurred-on-field";

type Message = { tone: "error" | "success"; text: string } | null;
const Result = ({ message }: { message: Message }) =>
  message ? <Alert tone={message.tone}>{message.text}</Alert> : null;
const updateSchema = () => import("@/lib/reception/schema").then((m) => m.ReceptionDayUpdateInput);
const url = (id: string) => `/api/v1/reception-days/${id}`;

interface DayProps {
  id: string;
  version: number;
}

/** 修改日期或地点: a moved day's published notice is withdrawn (publish it again). */
export function DayEditForm({ id, version, date, place }: DayProps & { date: string; place: string | null }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: updateSchema,
    url: url(id),
    method: "PATCH",
    defaultValues: { version, date, place: place ?? "" },
    payload: (v) => ({ version, date: v.date, place: v.place }),
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="修改日期或地点" className="flex flex-col gap-3">
      <FormField label="接待日期" error={e.date?.message} hint="应在本年度内；改期后需重新发布公告">
        <input type="date" className={inputClass} {...form.register("date")} />
      </FormField>
      <FormField label="接待地点" error={e.place?.message}>
        <input className={inputClass} {...form.register("place")} />
      </FormField>
      <Result message={message} />
      <SubmitButton pending={form.formState.isSubmitting}>保存修改</SubmitButton>
    </form>
  );
}

/** 取消 with the reason (the deputies on duty are told). */
export function CancelForm({ id, version }: DayProps) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: updateSchema,
    url: url(id),
    method: "PATCH",
    defaultValues: { version, cancelReason: "" },
    payload: (v) => ({ version, cancelReason: v.cancelReason ?? "" }),
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="取消接待日" className="flex flex-col gap-3">
      <FormField label="取消原因" error={form.formState.errors.cancelReason?.message} hint="将通知值班代表">
        <input className={inputClass} {...form.register("cancelReason")} />
      </FormField>
      <Result message={message} />
      <SubmitButton pending={form.formState.isSubmitting}>取消接待日</SubmitButton>
    </form>
  );
}

/** 标记为已举行: a day held with no visitor is still held. */
export function HeldForm({ id, version }: DayProps) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: updateSchema,
    url: url(id),
    method: "PATCH",
    defaultValues: { version, held: true },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="标记为已举行" className="flex flex-col gap-2">
      <Result message={message} />
      <SubmitButton pending={form.formState.isSubmitting}>标记为已举行（无人来访也算）</SubmitButton>
    </form>
  );
}

/** 发布公告: the day it went up (代录 when keyed later); the deputies on duty are told. */
export function PublishForm({ id, version }: DayProps) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/reception/schema").then((m) => m.ReceptionNoticeInput),
    url: `${url(id)}/notice`,
    defaultValues: { version, publishedOn: "" },
    success: "公告已发布，已通知值班代表",
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="发布公告" className="flex flex-col gap-3">
      <OccurredOnField
        label="公告发布日期"
        hint="公告张贴或发出的日期"
        error={form.formState.errors.publishedOn?.message}
        register={form.register("publishedOn")}
      />
      <Result message={message} />
      <SubmitButton pending={form.formState.isSubmitting}>发布公告并通知值班代表</SubmitButton>
    </form>
  );
}
