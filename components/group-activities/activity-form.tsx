"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import type { GroupActivityCreateInput } from "@/lib/group-activities/schema";

export interface RecordableGroup {
  id: string;
  name: string;
  members: { id: string; name: string }[];
}

const TEXTS = [
  ["content", "活动内容（五个有：内容）", 3],
  ["record", "活动记录（做了什么；小组以外的参加人员写在这里）", 4],
  ["summary", "活动总结", 3],
  ["followUp", "跟踪落实", 3],
] as const;

/** 登记小组活动 with its 五个有 (the plan is the quarter's plan); attendees are the group's members. */
export function ActivityForm({ groups, onBehalf }: { groups: RecordableGroup[]; onBehalf: boolean }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/group-activities/schema").then((m) => m.GroupActivityCreateInput),
    url: "/api/v1/group-activities",
    defaultValues: { groupId: groups[0]?.id ?? "", attendeeIds: [] } as Partial<GroupActivityCreateInput>,
    success: "活动已登记",
    onSuccess: (data) => router.push(`/groups/activities/${(data as { id: string }).id}`),
  });
  const e = form.formState.errors;
  const group = groups.find((g) => g.id === form.watch("groupId"));
  return (
    <form onSubmit={onSubmit} aria-label="登记小组活动" className="flex flex-col gap-3">
      {onBehalf && (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-900">
          代录：按小组的纸质活动记录录入，填写实际活动日期
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField label="代表小组" error={e.groupId?.message}>
          <select className={inputClass} {...form.register("groupId")}>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="活动日期" error={e.heldOn?.message} hint="不能晚于今天；不填即今天">
          <input type="date" className={inputClass} {...form.register("heldOn")} />
        </FormField>
        <FormField label="活动地点" error={e.place?.message}>
          <input className={inputClass} {...form.register("place")} />
        </FormField>
      </div>
      <FormField label="活动主题" error={e.topic?.message}>
        <input className={inputClass} {...form.register("topic")} />
      </FormField>
      <fieldset className="rounded border border-stone-300 p-2">
        <legend className="px-1 text-sm font-medium">出席代表（本小组成员）</legend>
        {group?.members.length ? (
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {group.members.map((m) => (
              <label key={m.id} className="flex min-h-10 items-center gap-1 text-sm">
                <input type="checkbox" value={m.id} {...form.register("attendeeIds")} />
                {m.name}
              </label>
            ))}
          </div>
        ) : (
          <p className="text-sm text-stone-600">本小组没有成员</p>
        )}
        {e.attendeeIds?.message && <p className="mt-1 text-sm text-red-800">{e.attendeeIds.message}</p>}
      </fieldset>
      {TEXTS.map(([k, label, rows]) => (
        <FormField key={k} label={label} error={e[k]?.message}>
          <textarea rows={rows} className={inputClass} {...form.register(k)} />
        </FormField>
      ))}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 text-sm text-white">
        登记活动
      </button>
    </form>
  );
}

/** 季度活动计划 (office): saving a quarter again replaces its text. */
export function PlanForm({ groups, year }: { groups: { id: string; name: string }[]; year: number }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/group-activities/schema").then((m) => m.GroupPlanInput),
    url: "/api/v1/group-activities/plans",
    method: "PUT",
    defaultValues: { year, groupId: groups[0]?.id ?? "", quarter: 1 },
    success: "季度计划已保存",
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} aria-label="保存季度活动计划" className="grid gap-3 sm:grid-cols-4">
      <FormField label="代表小组" error={e.groupId?.message}>
        <select className={inputClass} {...form.register("groupId")}>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="季度" error={e.quarter?.message}>
        <select className={inputClass} {...form.register("quarter", { valueAsNumber: true })}>
          {[1, 2, 3, 4].map((q) => (
            <option key={q} value={q}>
              第{"一二三四"[q - 1]}季度
            </option>
          ))}
        </select>
      </FormField>
      <div className="sm:col-span-2">
        <FormField label={`${year} 年活动计划`} error={e.text?.message}>
          <textarea rows={2} className={inputClass} {...form.register("text")} />
        </FormField>
      </div>
      {message && (
        <div className="sm:col-span-4">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      )}
      <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 text-sm text-white">
        保存计划
      </button>
    </form>
  );
}
