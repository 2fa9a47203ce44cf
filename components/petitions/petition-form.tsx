"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { AttachmentPicker } from "@/components/suggestions/attachment-picker";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { PetitionCreateInput } from "@/lib/petitions/schema";
import { RegistrationFields } from "@/components/petitions/petition-fields";
import { PetitionerRows, blankPetitioner } from "@/components/petitions/petitioner-rows";
import { DuplicateCheck } from "@/components/petitions/duplicate-check";

interface Props {
  units: { id: string; name: string }[];
  today: string;
  maxRepresentatives: number;
  lookbackDays: number;
  attachmentMaxMb: number;
  /** Correcting a stored petition (PATCH at its version); absent: a new registration. */
  edit?: { id: string; version: number; values: PetitionCreateInput };
}

const blank = (today: string): PetitionCreateInput => ({
  channel: "" as PetitionCreateInput["channel"],
  receivedOn: today,
  sourceDocNo: "",
  sourceDocDate: "",
  category: "" as PetitionCreateInput["category"],
  collective: false,
  visitorCount: "",
  accusedUnitId: "",
  accusedName: "",
  subject: "",
  content: "",
  petitioners: [blankPetitioner],
  duplicateOfId: null,
});

/** 登记信访件 (or 修改登记信息): the same schema as the server; possible duplicates shown before saving. */
export function PetitionForm({ units, today, maxRepresentatives, lookbackDays, attachmentMaxMb, edit }: Props) {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const { form, onSubmit, message, fileError } = useApiForm({
    schema: () => import("@/lib/petitions/schema").then((m) => m.PetitionCreateInput),
    url: edit ? `/api/v1/petitions/${edit.id}` : "/api/v1/petitions",
    method: edit ? "PATCH" : "POST",
    defaultValues: edit?.values ?? blank(today),
    success: edit ? "已保存修改" : "已登记",
    files: () => files,
    payload: (values) => (edit ? { ...values, version: edit.version } : values),
    onSuccess: (data) => router.push(`/petitions/${edit?.id ?? (data as { id: string }).id}`),
  });
  const { register, formState, watch } = form;
  const e = formState.errors;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={edit ? "修改登记信息" : "登记信访件"}
      className="flex flex-col gap-4"
    >
      <RegistrationFields form={form} today={today} units={units} />
      <PetitionerRows form={form} collective={!!watch("collective")} max={maxRepresentatives} />
      <FormField label="标题" error={e.subject?.message} hint="一句话概括信访事项，如“砖厂拖欠工资”">
        <input className={inputClass} {...register("subject")} />
      </FormField>
      <FormField label="信访内容" error={e.content?.message}>
        <textarea rows={6} className={inputClass} {...register("content")} />
      </FormField>
      {!edit && (
        <AttachmentPicker
          files={files}
          onChange={setFiles}
          limits={{ maxMb: attachmentMaxMb, maxFiles: 10 }}
          error={fileError}
          label="附件（来信扫描件、上级来文等）"
        />
      )}
      <DuplicateCheck form={form} lookbackDays={lookbackDays} excludeId={edit?.id} />
      <input type="hidden" {...register("duplicateOfId")} />
      {e.duplicateOfId?.message && <Alert tone="error">{e.duplicateOfId.message}</Alert>}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <SubmitButton pending={formState.isSubmitting}>
        {formState.isSubmitting ? "正在保存…" : edit ? "保存修改" : "登记"}
      </SubmitButton>
    </form>
  );
}
