"use client";

import { ELECTION_CONTEXT_LABELS, ELECTION_POST_LABELS, NOMINATION_LABELS } from "@/lib/sessions/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { CountInput } from "@/components/ui/count-input";
import { LabelOptions } from "@/components/ui/label-options";
import { AddRowButton, SubmitButton } from "@/components/ui/submit-button";
import { AgendaSelect } from "@/components/sessions/agenda-select";
import {
  blankCandidate,
  useElectionCreateForm,
  type ElectionCreateState,
} from "@/components/sessions/use-election-create-form";

/**
 * 新建选举: what is elected and how many, the candidates in ballot order, the scrutineers and
 * counters (each typed as one line of names).
 */
export function ElectionCreateForm({
  sessionId,
  agenda,
}: {
  sessionId: string;
  agenda: { id: string; title: string }[];
}) {
  const election = useElectionCreateForm(sessionId);
  const { form, onSubmit, message } = election;
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="新建选举" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_14rem_8rem]">
        <FormField label="选举事项" error={e.title?.message} hint="如：选举镇人民代表大会主席">
          <input className={inputClass} {...register("title")} />
        </FormField>
        <FormField label="所属议程" error={e.agendaItemId?.message}>
          <AgendaSelect agenda={agenda} {...register("agendaItemId")} />
        </FormField>
        <FormField label="应选名额" error={e.seats?.message}>
          <input type="number" min={1} inputMode="numeric" className={inputClass} {...register("seats")} />
        </FormField>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          label="选举类型"
          error={e.context?.message}
          hint="换届选举副职须差额；补选可以等额（地方组织法第二十七条、第三十条）"
        >
          <select className={inputClass} {...register("context")}>
            <LabelOptions labels={ELECTION_CONTEXT_LABELS} />
          </select>
        </FormField>
        <FormField label="所选职务" error={e.post?.message}>
          <select className={inputClass} {...register("post")}>
            <LabelOptions labels={ELECTION_POST_LABELS} />
          </select>
        </FormField>
      </div>
      <CandidateList election={election} />
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
      <SubmitButton pending={formState.isSubmitting}>建立选举</SubmitButton>
    </form>
  );
}

/** 候选人: one row each, in ballot order; at least one stays. */
function CandidateList({ election }: { election: ElectionCreateState }) {
  const { fields, append } = election.candidates;
  const e = election.form.formState.errors;
  const candidatesError = e.candidates?.message ?? e.candidates?.root?.message;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">候选人（按选票上的顺序）</legend>
      {candidatesError && <p className="text-sm text-red-800">{candidatesError}</p>}
      {fields.map((f, i) => (
        <CandidateRow key={f.id} election={election} index={i} />
      ))}
      <AddRowButton onClick={() => append({ ...blankCandidate })}>添加候选人</AddRowButton>
    </fieldset>
  );
}

/** A candidate's name and nomination; the number of deputies nominating jointly (联名) when it applies. */
function CandidateRow({ election, index: i }: { election: ElectionCreateState; index: number }) {
  const { register, formState } = election.form;
  const e = formState.errors.candidates?.[i];
  return (
    <div className="grid grid-cols-2 items-end gap-2 rounded border border-stone-200 p-2 sm:grid-cols-[1fr_10rem_8rem_auto]">
      <FormField label={`候选人 ${i + 1} 姓名`} error={e?.name?.message}>
        <input className={inputClass} {...register(`candidates.${i}.name`)} />
      </FormField>
      <FormField label="提名方式">
        <select className={inputClass} {...register(`candidates.${i}.nominatedBy`)}>
          <LabelOptions labels={NOMINATION_LABELS} />
        </select>
      </FormField>
      {election.nominations?.[i]?.nominatedBy === "DEPUTIES" ? (
        <FormField label="联名人数" error={e?.nominatorCount?.message}>
          <CountInput {...register(`candidates.${i}.nominatorCount`)} />
        </FormField>
      ) : (
        <span className="hidden sm:block" />
      )}
      <button
        type="button"
        onClick={() => election.candidates.remove(i)}
        disabled={election.candidates.fields.length === 1}
        className="min-h-10 rounded border border-stone-300 px-3 text-sm disabled:text-stone-400"
        aria-label={`删除候选人 ${i + 1}`}
      >
        删除
      </button>
    </div>
  );
}
