"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { FileInput } from "@/components/ui/file-input";
import { Alert } from "@/components/ui/alert";
import { apiSendWithFiles } from "@/components/ui/api";

/** 补充总结和跟踪落实: the record completed after the meeting. */
export function CompleteForm({
  id,
  version,
  summary,
  followUp,
}: {
  id: string;
  version: number;
  summary: string | null;
  followUp: string | null;
}) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/group-activities/schema").then((m) => m.GroupActivityUpdateInput),
    url: `/api/v1/group-activities/${id}`,
    method: "PATCH",
    defaultValues: { summary: summary ?? "", followUp: followUp ?? "", version },
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} aria-label="补充总结和跟踪落实" className="flex flex-col gap-3">
      <FormField label="活动总结" error={e.summary?.message}>
        <textarea rows={3} className={inputClass} {...form.register("summary")} />
      </FormField>
      <FormField label="跟踪落实" error={e.followUp?.message}>
        <textarea rows={3} className={inputClass} {...form.register("followUp")} />
      </FormField>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 text-sm text-white">
        保存
      </button>
    </form>
  );
}

/** 修改活动记录: the day, place, topic, content, record and attendees corrected (the group's members). */
export function EditActivityForm({
  id,
  version,
  members,
  values,
}: {
  id: string;
  version: number;
  members: { id: string; name: string }[];
  values: { heldOn: string; place: string; topic: string; content: string; record: string; attendeeIds: string[] };
}) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/group-activities/schema").then((m) => m.GroupActivityUpdateInput),
    url: `/api/v1/group-activities/${id}`,
    method: "PATCH",
    defaultValues: { ...values, version },
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} aria-label="修改活动记录" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="活动日期" error={e.heldOn?.message}>
          <input type="date" className={inputClass} {...form.register("heldOn")} />
        </FormField>
        <FormField label="活动地点" error={e.place?.message}>
          <input className={inputClass} {...form.register("place")} />
        </FormField>
      </div>
      <FormField label="活动主题" error={e.topic?.message}>
        <input className={inputClass} {...form.register("topic")} />
      </FormField>
      <FormField label="活动内容" error={e.content?.message}>
        <textarea rows={3} className={inputClass} {...form.register("content")} />
      </FormField>
      <FormField label="活动记录" error={e.record?.message}>
        <textarea rows={3} className={inputClass} {...form.register("record")} />
      </FormField>
      {members.length > 0 && (
        <fieldset>
          <legend className="text-sm font-medium">出席代表</legend>
          <div className="flex flex-wrap gap-x-4">
            {members.map((m) => (
              <label key={m.id} className="flex min-h-10 items-center gap-2 text-sm">
                <input type="checkbox" value={m.id} className="h-5 w-5" {...form.register("attendeeIds")} />
                {m.name}
              </label>
            ))}
          </div>
          {e.attendeeIds?.message && <p className="mt-1 text-sm text-red-800">{e.attendeeIds.message}</p>}
        </fieldset>
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 text-sm text-white">
        保存修改
      </button>
    </form>
  );
}

/** 上传活动照片 (JPG/PNG). */
export function PhotoUpload({ id }: { id: string }) {
  const router = useRouter();
  const files = useRef<File[]>([]);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    if (!files.current.length) return setMessage({ tone: "error", text: "照片：请选择要上传的照片" });
    const res = await apiSendWithFiles(`/api/v1/group-activities/${id}/photos`, "POST", {}, files.current, "photos");
    if (!res.ok) return setMessage({ tone: "error", text: res.error.fields?.photos ?? res.error.message });
    formEl.reset();
    files.current = [];
    setMessage({ tone: "success", text: "照片已上传" });
    router.refresh();
  }
  return (
    <form onSubmit={submit} aria-label="上传活动照片" className="flex flex-col gap-2">
      <label className="text-sm font-medium" htmlFor={`photos-${id}`}>
        活动照片（JPG 或 PNG）
      </label>
      <FileInput
        id={`photos-${id}`}
        multiple
        accept="image/jpeg,image/png"
        onChange={(ev) => (files.current = Array.from(ev.currentTarget.files ?? []))}
      />
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded border border-stone-400 px-3 text-sm">
        上传照片
      </button>
    </form>
  );
}
