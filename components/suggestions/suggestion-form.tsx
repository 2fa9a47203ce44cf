"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useWatch } from "react-hook-form";
import { SuggestionCreateInput } from "@/lib/suggestions/schema";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import type { Option } from "@/components/suggestions/types";
import { AttachmentPicker, type AttachmentLimits } from "@/components/suggestions/attachment-picker";
import { CosignerPicker, KindChoice, RaisedAt, SubmitButtons } from "@/components/suggestions/suggestion-form-parts";
import { OptionSelect } from "@/components/ui/option-select";

const EMPTY = {
  kind: "SUGGESTION" as const,
  title: "",
  content: "",
  categoryId: "",
  deputyId: "",
  sessionId: "",
  raisedOn: "",
  cosignerIds: [],
  draft: false,
};

/**
 * 提交建议: a deputy is always the lead proposer; the office picks the lead deputy when it enters
 * one on a deputy's behalf. Co-signers are sitting deputies; a motion (议案) needs `motionMin` in all.
 * Attachments go in the same request, so the suggestion is not saved without them.
 */
export function SuggestionForm({
  categories,
  deputies,
  sessions,
  defaultSessionId,
  selfDeputyId,
  pickLead,
  motionMin,
  limits,
}: {
  categories: Option[];
  deputies: Option[];
  /** 会议: the sessions it may be raised at; the one in progress is the default, else 闭会期间 (""). */
  sessions: Option[];
  defaultSessionId: string;
  selfDeputyId: string | null;
  pickLead: boolean;
  motionMin: number;
  limits: AttachmentLimits;
}) {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const { form, onSubmit, message, fileError } = useApiForm({
    schema: SuggestionCreateInput,
    url: "/api/v1/suggestions",
    defaultValues: { ...EMPTY, sessionId: defaultSessionId },
    onSuccess: (data) => router.push(`/suggestions/${(data as { id: string }).id}`),
    files: () => files,
  });
  const { register, formState, control, setValue } = form;
  const e = formState.errors;
  const lead = useWatch({ control, name: "deputyId" }) as string | undefined;
  const motion = useWatch({ control, name: "kind" }) === "MOTION";
  const cosignable = deputies.filter((d) => d.id !== (pickLead ? lead : selfDeputyId));
  const send = (draft: boolean) => {
    setValue("draft", draft);
    return onSubmit();
  };
  return (
    <form
      onSubmit={(ev) => {
        ev.preventDefault();
        void send(false);
      }}
      noValidate
      aria-label="提交建议"
      className="flex flex-col gap-4"
    >
      <KindChoice register={register("kind")} motion={motion} motionMin={motionMin} />
      {pickLead && (
        <OptionSelect label="领衔代表" options={deputies} error={e.deputyId?.message} register={register("deputyId")} />
      )}
      <FormField label="标题" error={e.title?.message} hint="最多 100 字">
        <input className={inputClass} {...register("title")} />
      </FormField>
      <FormField label="内容" error={e.content?.message} hint="写明问题、原因和具体建议">
        <textarea rows={8} className={inputClass} {...register("content")} />
      </FormField>
      <OptionSelect label="类别" options={categories} error={e.categoryId?.message} register={register("categoryId")} />
      <RaisedAt sessions={sessions} errors={e} register={register} />
      <Controller
        control={control}
        name="cosignerIds"
        render={({ field }) => {
          const picked = (field.value ?? []) as string[];
          return (
            <CosignerPicker
              options={cosignable}
              picked={picked}
              onChange={field.onChange}
              error={e.cosignerIds?.message}
            />
          );
        }}
      />
      <AttachmentPicker files={files} onChange={setFiles} limits={limits} error={fileError} />
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
      <SubmitButtons busy={formState.isSubmitting} onDraft={() => void send(true)} />
    </form>
  );
}
