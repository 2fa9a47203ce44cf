"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { VOTE_CHOICE_LABELS, VOTE_MODE_LABELS } from "@/lib/sessions/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { LabelOptions } from "@/components/ui/label-options";
import { SubmitButton } from "@/components/ui/submit-button";
import { useApiForm } from "@/components/ui/use-api-form";
import { AgendaSelect } from "@/components/sessions/agenda-select";
import { VoteTallyFields } from "@/components/sessions/vote-tally-fields";

function useVoteForm(sessionId: string) {
  const router = useRouter();
  // 其余全部赞成 was pressed: the server records every present deputy without a ballot as 赞成.
  const othersFor = useRef(false);
  const vote = useApiForm({
    schema: () => import("@/lib/sessions/schema").then((m) => m.VoteInput),
    url: `/api/v1/sessions/${sessionId}/votes`,
    defaultValues: { mode: "SHOW_OF_HANDS", byName: false, title: "", agendaItemId: "" },
    shouldUnregister: true,
    success: "表决结果已登记",
    payload: (v) => (v.byName && othersFor.current ? { ...v, othersFor: true } : v),
    onSuccess: () => {
      othersFor.current = false;
      vote.form.reset();
      router.refresh();
    },
  });
  return { ...vote, markOthersFor: () => (othersFor.current = true) };
}
type VoteFormState = ReturnType<typeof useVoteForm>["form"];

/**
 * 表决 (举手表决, 无记名投票 or 按表决器): three totals, or — not for 无记名投票 — a choice per present deputy. Inputs of the mode not chosen are
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
  const { form, onSubmit, message, markOthersFor } = useVoteForm(sessionId);
  const named = useWatch({ control: form.control, name: "byName" }) === true;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="登记表决" className="flex flex-col gap-3">
      <VoteSubject form={form} agenda={agenda} />
      {!named ? (
        <div className="grid grid-cols-3 gap-3 sm:max-w-md">
          <VoteTallyFields form={form} />
        </div>
      ) : present.length === 0 ? (
        <p className="text-sm text-stone-600">尚无登记出席的代表，无法记名表决</p>
      ) : (
        <NamedBallots form={form} present={present} onOthersFor={markOthersFor} />
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <SubmitButton pending={form.formState.isSubmitting}>登记表决结果</SubmitButton>
    </form>
  );
}

/** What is voted on, under which agenda item, how, and whether it is recorded deputy by deputy. */
function VoteSubject({ form, agenda }: { form: VoteFormState; agenda: { id: string; title: string }[] }) {
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <FormField label="表决事项" error={e.title?.message}>
        <input className={inputClass} {...register("title")} />
      </FormField>
      <FormField label="所属议程" error={e.agendaItemId?.message}>
        <AgendaSelect agenda={agenda} {...register("agendaItemId")} />
      </FormField>
      <FormField label="表决方式" error={e.mode?.message}>
        <select className={inputClass} {...register("mode")}>
          <LabelOptions labels={VOTE_MODE_LABELS} />
        </select>
      </FormField>
      <label className="flex min-h-11 items-center gap-2 text-sm sm:col-span-3">
        <input type="checkbox" {...register("byName")} /> 逐人登记（无记名投票不能逐人登记）
      </label>
      {e.byName?.message && <p className="text-sm text-red-800 sm:col-span-3">{e.byName.message}</p>}
    </div>
  );
}

/** 记名: for, against or abstain for each deputy present; 其余全部赞成 marks the rest in one step. */
function NamedBallots({
  form,
  present,
  onOthersFor,
}: {
  form: VoteFormState;
  present: { id: string; name: string }[];
  onOthersFor: () => void;
}) {
  const { register, formState } = form;
  const e = formState.errors;
  const [marked, setMarked] = useState<number | null>(null);
  function othersFor() {
    const rest = present.flatMap((_, i) => (form.getValues(`ballots.${i}.choice`) ? [] : [i]));
    for (const i of rest) form.setValue(`ballots.${i}.choice`, "FOR", { shouldValidate: formState.isSubmitted });
    onOthersFor();
    setMarked(rest.length);
  }
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium">逐人登记（出席代表 {present.length} 名）</legend>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={othersFor}
          className="min-h-11 rounded border border-stone-400 bg-white px-3 text-sm text-blue-800 hover:bg-stone-100"
        >
          其余全部赞成
        </button>
        <span role="status" className="text-sm text-stone-700">
          {marked !== null && `其余 ${marked} 名已标为赞成，核对后点击“登记表决结果”`}
        </span>
      </div>
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
            {e.ballots?.[i]?.choice && <span className="w-full text-sm text-red-800">请选择{d.name}的表决意见</span>}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
