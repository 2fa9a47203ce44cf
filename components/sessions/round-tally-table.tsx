"use client";

import { asCount, CountInput } from "@/components/ui/count-input";
import type { RoundFormState } from "@/components/sessions/use-round-form";

const cell = "min-h-11 w-full rounded border border-stone-400 bg-white px-2 text-base sm:text-sm";

/** 计票单: for, against and abstain per candidate standing; names written in (另选他人) with their votes for. */
export function RoundTallyTable({
  round,
  candidates,
}: {
  round: RoundFormState;
  candidates: { id: string; name: string }[];
}) {
  const name = (candidateId: string | undefined) => candidates.find((c) => c.id === candidateId)?.name;
  return (
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
        {round.fields.map((f, i) => (
          <TallyRow
            key={f.id}
            round={round}
            index={i}
            label={f.candidateId ? name(f.candidateId)! : `另选人 ${i + 1 - round.chosen.length}`}
            writeIn={!f.candidateId}
          />
        ))}
      </tbody>
    </table>
  );
}

/** One line of the sheet: a candidate's name, or an input for the name written in (with 删除). */
function TallyRow({
  round,
  index: i,
  label,
  writeIn,
}: {
  round: RoundFormState;
  index: number;
  label: string;
  writeIn: boolean;
}) {
  const { register, formState } = round.form;
  const rowError = formState.errors.results?.[i];
  return (
    <tr className="border-t border-stone-200 align-top">
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
        <CountInput aria-label={`${label} 赞成票`} className={cell} {...register(`results.${i}.votesFor`, asCount)} />
      </td>
      <td className="w-16 px-1 py-1 sm:w-24">
        {!writeIn && (
          <CountInput
            aria-label={`${label} 反对票`}
            className={cell}
            {...register(`results.${i}.votesAgainst`, asCount)}
          />
        )}
      </td>
      <td className="w-16 px-1 py-1 sm:w-24">
        {!writeIn && (
          <CountInput
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
            onClick={() => round.removeRow(i)}
            className="min-h-11 px-1 text-blue-800 underline"
            aria-label={`删除${label}`}
          >
            删除
          </button>
        )}
      </td>
    </tr>
  );
}
