"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Controller, useWatch } from "react-hook-form";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import type { Option } from "@/components/suggestions/types";
import { AttachmentPicker, type AttachmentLimits } from "@/components/suggestions/attachment-picker";
import { KindChoice, RaisedAt, SubmitButtons } from "@/components/suggestions/suggestion-form-parts";
import { OptionSelect } from "@/components/ui/option-select";
import { CosignerPicker } from "@/components/suggestions/cosigner-picker";
import { kindWording, type CosignerOption } from "@/lib/suggestions/cosigners";

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
 * Submits (or keeps as a draft) with the attachments; the record's page then says which it was
 * (?submitted=1 or ?submitted=draft).
 */
function useCreateForm(defaultSessionId: string, files: () => File[], url: string) {
  const router = useRouter();
  const draft = useRef(false);
  const api = useApiForm({
    schema: () => import("@/lib/suggestions/schema").then((m) => m.SuggestionCreateInput),
    url,
    defaultValues: { ...EMPTY, sessionId: defaultSessionId },
    onSuccess: (data) =>
      router.push(`/suggestions/${(data as { id: string }).id}?submitted=${draft.current ? "draft" : "1"}`),
    files,
  });
  const send = (asDraft: boolean) => {
    draft.current = asDraft;
    api.form.setValue("draft", asDraft);
    return api.onSubmit();
  };
  return { ...api, send };
}

interface SuggestionFormProps {
  /** Where it is posted: a supervision activity's suggestions (…/supervision/{id}/suggestions) link it there. */
  url?: string;
  categories: Option[];
  /** Sitting deputies in 姓氏笔画 order, with their 小组. */
  deputies: CosignerOption[];
  /** 小组 in natural order. */
  groups: Option[];
  /** 会议: the sessions it may be raised at; the one in progress is the default, else 闭会期间 (""). */
  sessions: Option[];
  defaultSessionId: string;
  selfDeputyId: string | null;
  pickLead: boolean;
  motionMin: number;
  limits: AttachmentLimits;
}

/**
 * 提交建议: a deputy is always the lead proposer; the office picks the lead deputy when it enters
 * one on a deputy's behalf. Co-signers are sitting deputies; a motion (议案) needs `motionMin` in all.
 * Attachments go in the same request, so the suggestion is not saved without them.
 */
export function SuggestionForm({
  categories,
  deputies,
  groups,
  sessions,
  defaultSessionId,
  selfDeputyId,
  pickLead,
  motionMin,
  limits,
  url = "/api/v1/suggestions",
}: SuggestionFormProps) {
  const [files, setFiles] = useState<File[]>([]);
  const { form, send, message, fileError } = useCreateForm(defaultSessionId, () => files, url);
  const { register, formState, control } = form;
  const e = formState.errors;
  const lead = useWatch({ control, name: "deputyId" }) as string | undefined;
  const motion = useWatch({ control, name: "kind" }) === "MOTION";
  const cosignable = deputies.filter((d) => d.id !== (pickLead ? lead : selfDeputyId));
  const words = kindWording(motion);
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
        render={({ field }) => (
          <CosignerPicker
            label={words.cosigners}
            required={motion ? `议案须 ${motionMin} 名以上代表联名` : undefined}
            groups={groups}
            options={cosignable}
            picked={(field.value ?? []) as string[]}
            onChange={field.onChange}
            error={e.cosignerIds?.message}
          />
        )}
      />
      <AttachmentPicker files={files} onChange={setFiles} limits={limits} error={fileError} />
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
      <SubmitButtons busy={formState.isSubmitting} onDraft={() => void send(true)} label={words.submit} />
    </form>
  );
}
