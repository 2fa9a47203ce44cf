"use client";

import { useId } from "react";
import { useFieldArray } from "react-hook-form";
import { ChecklistTemplateInput } from "@/lib/sessions/schema";
import { useApiForm } from "@/components/ui/use-api-form";
import { Alert } from "@/components/ui/alert";

type Item = { title: string; owner: string | null; offsetDays: number };
const cell = "min-h-10 w-full rounded border border-stone-400 bg-white px-2 text-base sm:text-sm";
const small = "min-h-10 min-w-10 rounded border border-stone-300 bg-white px-2 text-sm disabled:text-stone-400";

/**
 * 筹备清单模板: the steps every new session's checklist starts from, each due a number of days
 * before (negative) or after the opening day. Sessions already prepared keep their own list.
 */
export function ChecklistTemplateForm({ items }: { items: Item[] }) {
  const { form, onSubmit, message } = useApiForm({
    schema: ChecklistTemplateInput,
    url: "/api/v1/checklist-template",
    method: "PUT",
    defaultValues: { items: items.map((t) => ({ ...t, owner: t.owner ?? "" })) },
  });
  const { register, control, formState } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: "items" });
  const e = formState.errors;
  const id = useId();
  /** The error under a cell, tied to its input for screen readers. */
  const errorOf = (i: number, field: "title" | "owner" | "offsetDays") => {
    const text = e.items?.[i]?.[field]?.message;
    const errorId = `${id}-${i}-${field}`;
    return { text, errorId, a11y: text ? { "aria-invalid": true, "aria-describedby": errorId } : {} };
  };
  const listError = e.items?.message ?? e.items?.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="筹备清单模板" className="flex flex-col gap-3">
      <p className="text-sm text-stone-700">
        新建会议时按此模板生成筹备清单；天数为负表示开幕前（如 -30 即开幕前 30
        天），为正表示开幕后。已建立的会议不受影响。
      </p>
      <table className="w-full text-sm">
        <caption className="sr-only">筹备事项</caption>
        <thead>
          <tr className="text-left text-stone-700">
            <th scope="col" className="w-10 py-1 font-medium">
              序号
            </th>
            <th scope="col" className="px-1 font-medium">
              事项
            </th>
            <th scope="col" className="w-36 px-1 font-medium">
              负责人
            </th>
            <th scope="col" className="w-28 px-1 font-medium">
              相对开幕日天数
            </th>
            <th scope="col">
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f, i) => {
            const n = i + 1;
            const cells = (["title", "owner", "offsetDays"] as const).map((field) => ({ field, ...errorOf(i, field) }));
            const [title, owner, offset] = cells;
            const note = (c: (typeof cells)[number]) =>
              c.text && (
                <span id={c.errorId} className="block text-red-800">
                  {c.text}
                </span>
              );
            return (
              <tr key={f.id} className="border-t border-stone-200 align-top">
                <td className="py-2">{n}</td>
                <td className="px-1 py-1">
                  <input
                    aria-label={`第${n}项 事项`}
                    {...title.a11y}
                    className={cell}
                    {...register(`items.${i}.title`)}
                  />
                  {note(title)}
                </td>
                <td className="px-1 py-1">
                  <input
                    aria-label={`第${n}项 负责人`}
                    {...owner.a11y}
                    className={cell}
                    {...register(`items.${i}.owner`)}
                  />
                  {note(owner)}
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
                  {note(offset)}
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
                    disabled={i === fields.length - 1}
                    className={small}
                    aria-label={`下移第${n}项`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    onClick={() => remove(i)}
                    className={`${small} text-red-800`}
                    aria-label={`删除第${n}项`}
                  >
                    删除
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {fields.length === 0 && <p className="text-sm text-stone-600">模板为空：新会议将没有筹备事项</p>}
      {listError && <p className="text-sm text-red-800">{listError}</p>}
      <button
        type="button"
        onClick={() => append({ title: "", owner: "人大办", offsetDays: -7 })}
        className="min-h-10 self-start rounded border border-stone-400 bg-white px-3 text-sm"
      >
        添加事项
      </button>
      {message && (
        <Alert tone={message.tone}>
          {message.tone === "success" ? "模板已保存，之后新建的会议将按此生成筹备清单" : message.text}
        </Alert>
      )}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
      >
        保存模板
      </button>
    </form>
  );
}
