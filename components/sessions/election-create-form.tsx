"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { ElectionCreateInput } from "@/lib/sessions/election-schema";
import { NOMINATION_LABELS } from "@/lib/i18n/zh-CN";
import { apiSend } from "@/components/ui/api";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

interface Values {
  title: string;
  agendaItemId: string;
  seats: string;
  candidates: { name: string; nominatedBy: "PRESIDIUM" | "DEPUTIES"; nominatorCount: string }[];
  scrutineers: string;
  counters: string;
}

const splitNames = (t: string) =>
  t
    .split(/[,，、;；\s]+/)
    .map((n) => n.trim())
    .filter(Boolean);
const num = (t: string) => (t.trim() === "" ? undefined : Number(t));
const blank: Values = {
  title: "",
  agendaItemId: "",
  seats: "1",
  candidates: [{ name: "", nominatedBy: "PRESIDIUM", nominatorCount: "" }],
  scrutineers: "",
  counters: "",
};

/**
 * 新建选举. Scrutineers and counters are typed as one line of names; the form is checked with the
 * server's schema (ElectionCreateInput) after turning those lines into lists.
 */
export function ElectionCreateForm({
  sessionId,
  agenda,
}: {
  sessionId: string;
  agenda: { id: string; title: string }[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<Values>({ defaultValues: blank });
  const { register, formState, setError, clearErrors, control } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "candidates" });
  const nominations = useWatch({ control, name: "candidates" });
  const e = formState.errors;
  const fieldErrors = (fields: Record<string, string>) => {
    for (const [path, text] of Object.entries(fields))
      setError((/^(scrutineers|counters)\b/.exec(path)?.[1] ?? (path === "_" ? "root" : path)) as never, {
        message: text,
      });
  };
  const onSubmit = form.handleSubmit(async (v) => {
    setMessage(null);
    clearErrors();
    const body = {
      title: v.title,
      agendaItemId: v.agendaItemId,
      seats: num(v.seats),
      scrutineers: splitNames(v.scrutineers),
      counters: splitNames(v.counters),
      candidates: v.candidates.map((c) => ({
        name: c.name,
        nominatedBy: c.nominatedBy,
        ...(c.nominatedBy === "DEPUTIES" ? { nominatorCount: num(c.nominatorCount) } : {}),
      })),
    };
    const parsed = ElectionCreateInput.safeParse(body);
    if (!parsed.success) {
      fieldErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "_", i.message])));
      return setMessage({ tone: "error", text: "请按提示修改后再提交" });
    }
    const res = await apiSend(`/api/v1/sessions/${sessionId}/elections`, "POST", parsed.data);
    if (!res.ok) {
      fieldErrors(res.error.fields ?? {});
      return setMessage({ tone: "error", text: res.error.message });
    }
    form.reset(blank);
    setMessage({ tone: "success", text: "选举已建立" });
    router.refresh();
  });
  const candidatesError = e.candidates?.message ?? e.candidates?.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="新建选举" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_14rem_8rem]">
        <FormField label="选举事项" error={e.title?.message} hint="如：选举镇人民代表大会主席">
          <input className={inputClass} {...register("title")} />
        </FormField>
        <FormField label="所属议程" error={e.agendaItemId?.message}>
          <select className={inputClass} {...register("agendaItemId")}>
            <option value="">不属于具体议程</option>
            {agenda.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="应选名额" error={e.seats?.message}>
          <input type="number" min={1} inputMode="numeric" className={inputClass} {...register("seats")} />
        </FormField>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">候选人（按选票上的顺序）</legend>
        {candidatesError && <p className="text-sm text-red-800">{candidatesError}</p>}
        {fields.map((f, i) => (
          <div
            key={f.id}
            className="grid grid-cols-2 items-end gap-2 rounded border border-stone-200 p-2 sm:grid-cols-[1fr_10rem_8rem_auto]"
          >
            <FormField label={`候选人 ${i + 1} 姓名`} error={e.candidates?.[i]?.name?.message}>
              <input className={inputClass} {...register(`candidates.${i}.name`)} />
            </FormField>
            <FormField label="提名方式">
              <select className={inputClass} {...register(`candidates.${i}.nominatedBy`)}>
                {Object.entries(NOMINATION_LABELS).map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            </FormField>
            {nominations?.[i]?.nominatedBy === "DEPUTIES" ? (
              <FormField label="联名人数" error={e.candidates?.[i]?.nominatorCount?.message}>
                <input
                  type="number"
                  min={0}
                  inputMode="numeric"
                  className={inputClass}
                  {...register(`candidates.${i}.nominatorCount`)}
                />
              </FormField>
            ) : (
              <span className="hidden sm:block" />
            )}
            <button
              type="button"
              onClick={() => remove(i)}
              disabled={fields.length === 1}
              className="min-h-10 rounded border border-stone-300 px-3 text-sm disabled:text-stone-400"
              aria-label={`删除候选人 ${i + 1}`}
            >
              删除
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => append({ name: "", nominatedBy: "PRESIDIUM", nominatorCount: "" })}
          className="min-h-10 self-start rounded border border-stone-400 bg-white px-3 text-sm"
        >
          添加候选人
        </button>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="监票人" error={e.scrutineers?.message} hint="姓名之间用逗号或顿号分隔">
          <input className={inputClass} {...register("scrutineers")} />
        </FormField>
        <FormField label="计票人" error={e.counters?.message} hint="姓名之间用逗号或顿号分隔">
          <input className={inputClass} {...register("counters")} />
        </FormField>
      </div>
      {e.root?.message && <p className="text-sm text-red-800">{e.root.message}</p>}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
      >
        建立选举
      </button>
    </form>
  );
}
