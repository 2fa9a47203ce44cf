"use client";

import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { VoteInput } from "@/lib/sessions/schema";
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
  const vote = useApiForm({
    schema: VoteInput,
    url: `/api/v1/sessions/${sessionId}/votes`,
    defaultValues: { mode: "SHOW_OF_HANDS", byName: false, title: "", agendaItemId: "" },
    shouldUnregister: true,
    success: "表决结果已登记",
    onSuccess: () => {
      vote.form.reset();
      router.refresh();
    },
  });
  return vote;
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
  const { form, onSubmit, message } = useVoteForm(sessionId);
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
        <NamedBallots form={form} present={present} />
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

/** 记名: for, against or abstain for each deputy present. */
function NamedBallots({ form, present }: { form: VoteFormState; present: { id: string; name: string }[] }) {
  const { register, formState } = form;
  const e = formState.errors;
  return (
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
            {e.ballots?.[i]?.choice && <span className="w-full text-sm text-red-800">请选择{d.name}的表决意见</span>}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
