"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, type DefaultValues, type Path, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { ElectionRoundInput } from "@/lib/sessions/schema";
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
 * against and abstain per candidate standing; names written in (另选他人) with their votes.
 */
export function RoundForm({ sessionId, electionId, roundNo, standing }: { sessionId: string; electionId: string; roundNo: number; standing: { id: string; name: string }[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const defaults: DefaultValues<In> = { invalidBallots: 0, results: standing.map((c) => ({ candidateId: c.id })) };
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(ElectionRoundInput) as unknown as Resolver<In, unknown, Out>, defaultValues: defaults });
  const { register, formState, control } = form;
  const { fields, append, remove } = useFieldArray({ control, name: "results" });
  const e = formState.errors;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const res = await apiSend(`/api/v1/sessions/${sessionId}/elections/${electionId}/rounds`, "POST", values);
    if (!res.ok) {
      for (const [field, text] of Object.entries(res.error.fields ?? {})) form.setError(field as Path<In>, { message: text });
      return setMessage({ tone: "error", text: res.error.message });
    }
    setMessage({ tone: "success", text: `第${roundNo}轮计票结果已登记` });
    router.refresh();
  });
  const name = (i: number) => standing.find((c) => c.id === fields[i].candidateId)?.name;
  const resultsError = e.results?.message ?? e.results?.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`第${roundNo}轮计票`} className="flex flex-col gap-3">
      <div className="grid grid-cols-3 gap-2 sm:max-w-lg">
        <FormField label="发出选票" error={e.ballotsIssued?.message}><input type="number" min={0} inputMode="numeric" className={inputClass} {...register("ballotsIssued", asCount)} /></FormField>
        <FormField label="收回选票" error={e.ballotsReturned?.message}><input type="number" min={0} inputMode="numeric" className={inputClass} {...register("ballotsReturned", asCount)} /></FormField>
        <FormField label="无效票" error={e.invalidBallots?.message}><input type="number" min={0} inputMode="numeric" className={inputClass} {...register("invalidBallots", asCount)} /></FormField>
      </div>
      <table className="w-full text-sm sm:max-w-2xl">
        <caption className="mb-1 text-left font-medium">计票单（每行一名候选人或另选人）</caption>
        <thead>
          <tr className="text-left text-stone-700"><th scope="col" className="py-1 pr-2 font-medium">姓名</th><th scope="col" className="px-1 font-medium">赞成</th><th scope="col" className="px-1 font-medium">反对</th><th scope="col" className="px-1 font-medium">弃权</th><th scope="col"><span className="sr-only">操作</span></th></tr>
        </thead>
        <tbody>
          {fields.map((f, i) => {
            const writeIn = !f.candidateId;
            const label = writeIn ? `另选人 ${i + 1 - standing.length}` : name(i)!;
            const rowError = e.results?.[i];
            return (
              <tr key={f.id} className="border-t border-stone-200 align-top">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {writeIn ? <input aria-label={`${label} 姓名`} placeholder="另选人姓名" className={cell} {...register(`results.${i}.writeInName`)} /> : label}
                  {rowError && <span className="block text-red-800">{rowError.candidateId?.message ?? rowError.writeInName?.message ?? rowError.votesFor?.message ?? rowError.votesAgainst?.message ?? rowError.votesAbstain?.message}</span>}
                </th>
                <td className="w-16 px-1 py-1 sm:w-24"><input type="number" min={0} inputMode="numeric" aria-label={`${label} 赞成票`} className={cell} {...register(`results.${i}.votesFor`, asCount)} /></td>
                <td className="w-16 px-1 py-1 sm:w-24">{!writeIn && <input type="number" min={0} inputMode="numeric" aria-label={`${label} 反对票`} className={cell} {...register(`results.${i}.votesAgainst`, asCount)} />}</td>
                <td className="w-16 px-1 py-1 sm:w-24">{!writeIn && <input type="number" min={0} inputMode="numeric" aria-label={`${label} 弃权票`} className={cell} {...register(`results.${i}.votesAbstain`, asCount)} />}</td>
                <td className="py-1 pl-1">{writeIn && <button type="button" onClick={() => remove(i)} className="min-h-11 px-1 text-blue-800 underline" aria-label={`删除${label}`}>删除</button>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {resultsError && <p className="text-sm text-red-800">{resultsError}</p>}
      <button type="button" onClick={() => append({ writeInName: "" } as ResultRow)} className="min-h-10 self-start rounded border border-stone-400 bg-white px-3 text-sm">添加另选人</button>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" disabled={formState.isSubmitting} className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white">登记第{roundNo}轮计票结果</button>
    </form>
  );
}
