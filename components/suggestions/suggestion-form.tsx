"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useWatch } from "react-hook-form";
import { SuggestionCreateInput } from "@/lib/suggestions/schema";
import { SUGGESTION_KIND_LABELS } from "@/lib/suggestions/labels";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import type { Option } from "@/components/suggestions/types";
import { AttachmentPicker, type AttachmentLimits } from "@/components/suggestions/attachment-picker";

/**
 * 提交建议: a deputy is always the lead proposer; the office picks the lead deputy when it enters
 * one on a deputy's behalf. Co-signers are sitting deputies; a motion (议案) needs `motionMin` in all.
 * Attachments go in the same request, so the suggestion is not saved without them.
 */
export function SuggestionForm({
  categories,
  deputies,
  selfDeputyId,
  pickLead,
  motionMin,
  limits,
}: {
  categories: Option[];
  deputies: Option[];
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
    defaultValues: {
      kind: "SUGGESTION",
      title: "",
      content: "",
      categoryId: "",
      deputyId: "",
      cosignerIds: [],
      draft: false,
    },
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
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-stone-800">类型</legend>
        <div className="flex gap-2">
          {(["SUGGESTION", "MOTION"] as const).map((k) => (
            <label
              key={k}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded border border-stone-300 bg-white px-3 text-sm has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50"
            >
              <input type="radio" value={k} {...register("kind")} /> {SUGGESTION_KIND_LABELS[k]}
            </label>
          ))}
        </div>
        {motion && (
          <p className="text-xs text-stone-600">议案须由 {motionMin} 名以上代表联名提出，请在下方选择附议代表</p>
        )}
      </fieldset>
      {pickLead && (
        <FormField label="领衔代表" error={e.deputyId?.message}>
          <select className={inputClass} {...register("deputyId")}>
            <option value="">请选择</option>
            {deputies.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <FormField label="标题" error={e.title?.message} hint="最多 100 字">
        <input className={inputClass} {...register("title")} />
      </FormField>
      <FormField label="内容" error={e.content?.message} hint="写明问题、原因和具体建议">
        <textarea rows={8} className={inputClass} {...register("content")} />
      </FormField>
      <FormField label="类别" error={e.categoryId?.message}>
        <select className={inputClass} {...register("categoryId")}>
          <option value="">请选择</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </FormField>
      <Controller
        control={control}
        name="cosignerIds"
        render={({ field }) => {
          const picked = (field.value ?? []) as string[];
          return (
            <details className="rounded border border-stone-200 bg-white p-3">
              <summary className="cursor-pointer text-sm font-medium text-blue-800">
                附议代表（可选，已选 {picked.length} 名）
              </summary>
              <fieldset className="mt-2">
                <legend className="sr-only">附议代表</legend>
                {cosignable.length === 0 ? (
                  <p className="text-sm text-stone-600">没有其他在任代表</p>
                ) : (
                  <ul className="grid grid-cols-2 gap-1 sm:grid-cols-4">
                    {cosignable.map((d) => (
                      <li key={d.id}>
                        <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
                          <input
                            type="checkbox"
                            className="size-5"
                            checked={picked.includes(d.id)}
                            onChange={(ev) =>
                              field.onChange(ev.target.checked ? [...picked, d.id] : picked.filter((x) => x !== d.id))
                            }
                          />
                          {d.name}
                        </label>
                      </li>
                    ))}
                  </ul>
                )}
                {e.cosignerIds?.message && <p className="mt-1 text-sm text-red-800">{e.cosignerIds.message}</p>}
              </fieldset>
            </details>
          );
        }}
      />
      <AttachmentPicker files={files} onChange={setFiles} limits={limits} error={fileError} />
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
      <div className="flex flex-col gap-2 sm:flex-row">
        <button
          type="submit"
          disabled={formState.isSubmitting}
          className="min-h-11 rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          提交建议
        </button>
        <button
          type="button"
          disabled={formState.isSubmitting}
          onClick={() => void send(true)}
          className="min-h-11 rounded border border-stone-300 bg-white px-4 py-2 text-sm text-stone-800 hover:bg-stone-100"
        >
          存为草稿
        </button>
      </div>
    </form>
  );
}
