"use client";

import { useId } from "react";
import { useFieldArray } from "react-hook-form";
import { useApiForm } from "@/components/ui/use-api-form";
import { Alert } from "@/components/ui/alert";
import { AddRowButton, SubmitButton } from "@/components/ui/submit-button";
import { ChecklistTemplateRow } from "@/components/sessions/checklist-template-row";

type Item = { title: string; owner: string | null; offsetDays: number };

/**
 * 筹备清单模板: the steps every new session's checklist starts from, each due a number of days
 * before (negative) or after the opening day. Sessions already prepared keep their own list.
 */
export function ChecklistTemplateForm({ items }: { items: Item[] }) {
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/sessions/schema").then((m) => m.ChecklistTemplateInput),
    url: "/api/v1/checklist-template",
    method: "PUT",
    defaultValues: { items: items.map((t) => ({ ...t, owner: t.owner ?? "" })) },
  });
  const { register, control, formState } = form;
  const { fields, append, remove, move } = useFieldArray({ control, name: "items" });
  const e = formState.errors;
  const id = useId();
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
          {fields.map((f, i) => (
            <ChecklistTemplateRow
              key={f.id}
              index={i}
              count={fields.length}
              idPrefix={id}
              register={register}
              errors={e}
              move={move}
              remove={remove}
            />
          ))}
        </tbody>
      </table>
      {fields.length === 0 && <p className="text-sm text-stone-600">模板为空：新会议将没有筹备事项</p>}
      {listError && <p className="text-sm text-red-800">{listError}</p>}
      <AddRowButton onClick={() => append({ title: "", owner: "人大办", offsetDays: -7 })}>添加事项</AddRowButton>
      {message && (
        <Alert tone={message.tone}>
          {message.tone === "success" ? "模板已保存，之后新建的会议将按此生成筹备清单" : message.text}
        </Alert>
      )}
      <SubmitButton pending={formState.isSubmitting}>保存模板</SubmitButton>
    </form>
  );
}
