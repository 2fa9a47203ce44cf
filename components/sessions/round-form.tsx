"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch, type DefaultValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { ElectionRoundInput } from "@/lib/sessions/election-schema";
import { apiSend } from "@/components/ui/api";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

type In = z.input<typeof ElectionRoundInput>;
type Out = z.output<typeof ElectionRoundInput>;
/** A write-in row starts with an empty name and no votes; the schema asks for them on submit. */
type ResultRow = NonNullable<In["results"]>[number];
const asCount = { setValueAs: (v: unknown) => (v === "" || v === undefined || v === null ? undefined : Number(v)) };
const cell = "min-h-11 w-full rounded border border-stone-400 bg-white px-2 text-base sm:text-sm";

/**
 * One round keyed in from the paper tally sheet (计票单): ballots issued, returned and invalid; for,
 * against and abstain per candidate standing; names written in (另选他人) with their votes. In a
 * further round (另行选举) the office ticks who stands again among those not yet elected (sent as
 * `candidateIds`); the tally sheet follows the ticks.
 */
export function RoundForm({
  sessionId,
  electionId,
  roundNo,
  seats,
  candidates,
  standing,
}: {
  sessionId: string;
  electionId: string;
  roundNo: number;
  /** Seats to fill in this round. */
  seats: number;
  /** Round 1: all candidates; a further round: those not yet elected, any of whom may stand. */
  candidates: { id: string; name: string }[];
  /** Who stands by default (a further round: the election's nextRoundCandidateIds). */
  standing: string[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const further = roundNo > 1;
  const initial = candidates.filter((c) => standing.includes(c.id)).map((c) => c.id);
  const defaults: DefaultValues<In> = {
    roundNo,
    invalidBallots: 0,
    results: initial.map((candidateId) => ({ candidateId })),
    ...(further ? { candidateIds: initial } : {}),
  };
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(ElectionRoundInput) as unknown as Resolver<In, unknown, Out>,
    defaultValues: defaults,
  });
  const { register, formState, control } = form;
  const { fields, append, remove, insert } = useFieldArray({ control, name: "results" });
  const chosen = useWatch({ control, name: "candidateIds" }) ?? initial;
  const e = formState.errors;
  /** Candidate rows stay first and in ballot order, so a ticked candidate's row goes where its rank among the ticked is. */
  const toggle = (id: string, on: boolean) => {
    const current = form.getValues("candidateIds") ?? [];
    const next = candidates.map((c) => c.id).filter((x) => (x === id ? on : current.includes(x)));
    form.setValue("candidateIds", next, { shouldValidate: formState.isSubmitted });
    if (on) insert(next.indexOf(id), { candidateId: id } as ResultRow);
    else remove(fields.findIndex((f) => f.candidateId === id));
  };
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await apiSend(`/api/v1/sessions/${sessionId}/elections/${electionId}/rounds`, "POST", values);
    if (!res.ok) {
      for (const [field, text] of Object.entries(res.error.fields ?? {}))
        form.setError(field as Path<In>, { message: text });
      return setMessage({ tone: "error", text: res.error.message });
    }
    setMessage({ tone: "success", text: `第${roundNo}轮计票结果已登记` });
    router.refresh();
  });
  const name = (i: number) => candidates.find((c) => c.id === fields[i].candidateId)?.name;
  const resultsError = e.results?.message ?? e.results?.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`第${roundNo}轮计票`} className="flex flex-col gap-3">
      <div className="grid grid-cols-3 gap-2 sm:max-w-lg">
        <FormField label="发出选票" error={e.ballotsIssued?.message}>
          <input
            type="number"
            min={0}
            inputMode="numeric"
            className={inputClass}
            {...register("ballotsIssued", asCount)}
          />
        </FormField>
        <FormField label="收回选票" error={e.ballotsReturned?.message}>
          <input
            type="number"
            min={0}
            inputMode="numeric"
            className={inputClass}
            {...register("ballotsReturned", asCount)}
          />
        </FormField>
        <FormField label="无效票" error={e.invalidBallots?.message}>
          <input
            type="number"
            min={0}
            inputMode="numeric"
            className={inputClass}
            {...register("invalidBallots", asCount)}
          />
        </FormField>
      </div>
      {further && (
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium">
            参加第{roundNo}轮另行选举的候选人（待选 {seats} 名，候选人不得少于待选名额）
          </legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {candidates.map((c) => (
              <label key={c.id} className="flex min-h-10 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  checked={chosen.includes(c.id)}
                  onChange={(ev) => toggle(c.id, ev.target.checked)}
                />
                {c.name}
              </label>
            ))}
          </div>
          {e.candidateIds?.message && <p className="text-sm text-red-800">{e.candidateIds.message}</p>}
          {chosen.length > 0 && (
            <a
              href={`/sessions/${sessionId}/print/ballot/${electionId}?candidates=${chosen.join(",")}`}
              className="mt-2 inline-block text-sm text-blue-800 underline"
            >
              按所选候选人打印选票和计票单
            </a>
          )}
        </fieldset>
      )}
      <table className="w-full text-sm sm:max-w-2xl">
        <caption className="mb-1 text-left font-medium">计票单（每行一名候选人或另选人）</caption>
        <thead>
          <tr className="text-left text-stone-700">
            <th scope="col" className="py-1 pr-2 font-medium">
              姓名
            </th>
            <th scope="col" className="px-1 font-medium">
              赞成
            </th>
            <th scope="col" className="px-1 font-medium">
              反对
            </th>
            <th scope="col" className="px-1 font-medium">
              弃权
            </th>
            <th scope="col">
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f, i) => {
            const writeIn = !f.candidateId;
            const label = writeIn ? `另选人 ${i + 1 - chosen.length}` : name(i)!;
            const rowError = e.results?.[i];
            return (
              <tr key={f.id} className="border-t border-stone-200 align-top">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {writeIn ? (
                    <input
                      aria-label={`${label} 姓名`}
                      placeholder="另选人姓名"
                      className={cell}
                      {...register(`results.${i}.writeInName`)}
                    />
                  ) : (
                    label
                  )}
                  {rowError && (
                    <span className="block text-red-800">
                      {rowError.candidateId?.message ??
                        rowError.writeInName?.message ??
                        rowError.votesFor?.message ??
                        rowError.votesAgainst?.message ??
                        rowError.votesAbstain?.message}
                    </span>
                  )}
                </th>
                <td className="w-16 px-1 py-1 sm:w-24">
                  <input
                    type="number"
                    min={0}
                    inputMode="numeric"
                    aria-label={`${label} 赞成票`}
                    className={cell}
                    {...register(`results.${i}.votesFor`, asCount)}
                  />
                </td>
                <td className="w-16 px-1 py-1 sm:w-24">
                  {!writeIn && (
                    <input
                      type="number"
                      min={0}
                      inputMode="numeric"
                      aria-label={`${label} 反对票`}
                      className={cell}
                      {...register(`results.${i}.votesAgainst`, asCount)}
                    />
                  )}
                </td>
                <td className="w-16 px-1 py-1 sm:w-24">
                  {!writeIn && (
                    <input
                      type="number"
                      min={0}
                      inputMode="numeric"
                      aria-label={`${label} 弃权票`}
                      className={cell}
                      {...register(`results.${i}.votesAbstain`, asCount)}
                    />
                  )}
                </td>
                <td className="py-1 pl-1">
                  {writeIn && (
                    <button
                      type="button"
                      onClick={() => remove(i)}
                      className="min-h-11 px-1 text-blue-800 underline"
                      aria-label={`删除${label}`}
                    >
                      删除
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {resultsError && <p className="text-sm text-red-800">{resultsError}</p>}
      <button
        type="button"
        onClick={() => append({ writeInName: "" } as ResultRow)}
        className="min-h-10 self-start rounded border border-stone-400 bg-white px-3 text-sm"
      >
        添加另选人
      </button>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
      >
        登记第{roundNo}轮计票结果
      </button>
    </form>
  );
}
