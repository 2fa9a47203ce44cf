"use client";

import { useRouter } from "next/navigation";
import { STANDARD_ITEMS, type StandardItem } from "@/lib/roster/rules";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

/** Tick what the group has (三有 / 五有) on the day it was checked. */
export function GroupCheckForm({
  groupId,
  groupName,
  items,
  today,
}: {
  groupId: string;
  groupName: string;
  items: StandardItem[];
  today: string;
}) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/roster/schema").then((m) => m.GroupCheckInput),
    url: `/api/v1/groups/${groupId}/checks`,
    defaultValues: { checkedOn: today, items: [] },
    onSuccess: () => router.refresh(),
  });
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`${groupName}达标检查`} className="flex flex-col gap-2">
      <fieldset>
        <legend className="text-sm font-medium">达标项目</legend>
        <div className="flex flex-wrap gap-3">
          {items.map((i) => (
            <label key={i} className="flex min-h-10 items-center gap-1 text-sm">
              <input type="checkbox" value={i} {...register("items")} /> {STANDARD_ITEMS[i]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-2 sm:grid-cols-2">
        <FormField label="检查日期" error={formState.errors.checkedOn?.message}>
          <input type="date" className={inputClass} {...register("checkedOn")} />
        </FormField>
        <FormField label="备注" error={formState.errors.note?.message}>
          <input className={inputClass} {...register("note")} />
        </FormField>
      </div>
      {message && <Alert tone={message.tone}>{message.tone === "success" ? "已记录" : message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded border border-stone-400 bg-white px-4 py-2 text-sm">
        记录检查
      </button>
    </form>
  );
}
