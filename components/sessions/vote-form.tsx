"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { VoteInput } from "@/lib/sessions/schema";
import { VOTE_CHOICE_LABELS, VOTE_MODE_LABELS } from "@/lib/i18n/zh-CN";
import { apiSend } from "@/components/ui/api";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

type In = z.input<typeof VoteInput>;
const asCount = { setValueAs: (v: unknown) => (v === "" || v === undefined || v === null ? undefined : Number(v)) };

/**
 * 表决: 计数 (three totals) or 记名 (a choice per present deputy). Inputs of the mode not chosen are
 * unregistered, so only the chosen mode's fields are sent.
 */
export function VoteForm({
  sessionId,
  agenda,
  present,
}: {
  sessionId: string;
  agenda: { id: string; title: string }[];
  present: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<In, unknown, z.output<typeof VoteInput>>({
    resolver: zodResolver(VoteInput) as unknown as Resolver<In, unknown, z.output<typeof VoteInput>>,
    defaultValues: { mode: "COUNT", title: "", agendaItemId: "" },
    shouldUnregister: true,
  });
  const { register, formState, control } = form;
  const e = formState.errors;
  const named = useWatch({ control, name: "mode" }) === "NAMED";
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await apiSend(`/api/v1/sessions/${sessionId}/votes`, "POST", values);
    if (!res.ok) {
      for (const [field, text] of Object.entries(res.error.fields ?? {}))
        form.setError(field as Path<In>, { message: text });
      return setMessage({ tone: "error", text: res.error.message });
    }
    form.reset();
    setMessage({ tone: "success", text: "表决结果已登记" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="登记表决" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField label="表决事项" error={e.title?.message}>
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
        <FormField label="表决方式" error={e.mode?.message}>
          <select className={inputClass} {...register("mode")}>
            {Object.entries(VOTE_MODE_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      {!named ? (
        <div className="grid grid-cols-3 gap-3 sm:max-w-md">
          <FormField label="赞成票" error={e.votesFor?.message}>
            <input
              type="number"
              min={0}
              inputMode="numeric"
              className={inputClass}
              {...register("votesFor", asCount)}
            />
          </FormField>
          <FormField label="反对票" error={e.votesAgainst?.message}>
            <input
              type="number"
              min={0}
              inputMode="numeric"
              className={inputClass}
              {...register("votesAgainst", asCount)}
            />
          </FormField>
          <FormField label="弃权票" error={e.votesAbstain?.message}>
            <input
              type="number"
              min={0}
              inputMode="numeric"
              className={inputClass}
              {...register("votesAbstain", asCount)}
            />
          </FormField>
        </div>
      ) : present.length === 0 ? (
        <p className="text-sm text-stone-600">尚无登记出席的代表，无法记名表决</p>
      ) : (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium">逐人登记（出席代表 {present.length} 名）</legend>
          {e.ballots?.message && <p className="text-sm text-red-800">{e.ballots.message}</p>}
          <ul className="flex flex-col divide-y divide-stone-200 rounded border border-stone-200">
            {present.map((d, i) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-1.5">
                <input type="hidden" value={d.id} {...register(`ballots.${i}.deputyId`)} />
                <span id={`ballot-${d.id}`} className="min-w-0">
                  {d.name}
                </span>
                <span role="radiogroup" aria-labelledby={`ballot-${d.id}`} className="flex gap-1">
                  {(["FOR", "AGAINST", "ABSTAIN"] as const).map((c) => (
                    <label
                      key={c}
                      className="flex min-h-11 cursor-pointer items-center gap-1 rounded border border-stone-300 px-2 text-sm has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50"
                    >
                      <input type="radio" value={c} {...register(`ballots.${i}.choice`)} /> {VOTE_CHOICE_LABELS[c]}
                    </label>
                  ))}
                </span>
                {e.ballots?.[i]?.choice && (
                  <span className="w-full text-sm text-red-800">请选择{d.name}的表决意见</span>
                )}
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
      >
        登记表决结果
      </button>
    </form>
  );
}
