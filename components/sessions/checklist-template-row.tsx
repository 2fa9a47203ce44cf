"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import type { ChecklistTemplateInput } from "@/lib/sessions/schema";

type Values = z.input<typeof ChecklistTemplateInput>;
type Field = "title" | "owner" | "offsetDays";
const cell = "min-h-10 w-full rounded border border-stone-400 bg-white px-2 text-base sm:text-sm";
const small = "min-h-10 min-w-10 rounded border border-stone-300 bg-white px-2 text-sm disabled:text-stone-400";

/** One step of the template: what, who, how many days from the opening day; moved up or down, or deleted. */
export function ChecklistTemplateRow({
  index: i,
  count,
  idPrefix,
  register,
  errors,
  move,
  remove,
}: {
  index: number;
  count: number;
  /** A unique prefix for the ids that tie each error to its input. */
  idPrefix: string;
  register: UseFormRegister<Values>;
  errors: FieldErrors<Values>;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}) {
  const n = i + 1;
  /** The error under a cell, tied to its input for screen readers. */
  const errorOf = (field: Field) => {
    const text = errors.items?.[i]?.[field]?.message;
    const errorId = `${idPrefix}-${i}-${field}`;
    const a11y = text ? { "aria-invalid": true, "aria-describedby": errorId } : {};
    const note = text && (
      <span id={errorId} className="block text-red-800">
        {text}
      </span>
    );
    return { a11y, note };
  };
  const [title, owner, offset] = (["title", "owner", "offsetDays"] as const).map(errorOf);
  return (
    <tr className="border-t border-stone-200 align-top">
      <td className="py-2">{n}</td>
      <td className="px-1 py-1">
        <input aria-label={`第${n}项 事项`} {...title.a11y} className={cell} {...register(`items.${i}.title`)} />
        {title.note}
      </td>
      <td className="px-1 py-1">
        <input aria-label={`第${n}项 负责人`} {...owner.a11y} className={cell} {...register(`items.${i}.owner`)} />
        {owner.note}
      </td>
      <td className="px-1 py-1">
        <input
          type="number"
          inputMode="numeric"
          aria-label={`第${n}项 相对开幕日天数`}
          {...offset.a11y}
          className={cell}
          {...register(`items.${i}.offsetDays`, { valueAsNumber: true })}
        />
        {offset.note}
      </td>
      <td className="flex gap-1 py-1 pl-1">
        <button
          type="button"
          onClick={() => move(i, i - 1)}
          disabled={i === 0}
          className={small}
          aria-label={`上移第${n}项`}
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => move(i, i + 1)}
          disabled={i === count - 1}
          className={small}
          aria-label={`下移第${n}项`}
        >
          ↓
        </button>
        <button type="button" onClick={() => remove(i)} className={`${small} text-red-800`} aria-label={`删除第${n}项`}>
          删除
        </button>
      </td>
    </tr>
  );
}
