"use client";

import { useRouter } from "next/navigation";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { OccurredOnField } from "@/components/ui/occurred-on-field";
import { useApiForm } from "@/components/ui/use-api-form";

type Option = { id: string; name: string };
const base = (activityId: string) => `/api/v1/supervision/${activityId}`;

function Result({ message }: { message: { tone: "error" | "success"; text: string } | null }) {
  return message ? <Alert tone={message.tone}>{message.text}</Alert> : null;
}

/** An opinion as its edit form starts from. */
export type OpinionItem = { id: string; label: string; unitId: string; text: string; dueDate: string };

/** 审议意见: to one unit, with the day its rectification report is due; `item` edits one not yet sent. */
export function OpinionForm({ activityId, units, item }: { activityId: string; units: Option[]; item?: OpinionItem }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/supervision/rectification/schema").then((m) => m.OpinionInput),
    url: item ? `${base(activityId)}/opinions/${item.id}` : `${base(activityId)}/opinions`,
    method: item ? "PATCH" : "POST",
    defaultValues: item
      ? { unitId: item.unitId, text: item.text, dueDate: item.dueDate }
      : { unitId: "", text: "", dueDate: "" },
    success: item ? "已修改审议意见" : "已添加审议意见",
    onSuccess: () => {
      if (!item) form.reset();
      router.refresh();
    },
  });
  const e = form.formState.errors;
  const name = item ? `修改${item.label}` : "添加审议意见";
  return (
    <form onSubmit={onSubmit} noValidate aria-label={name} className="flex flex-col gap-3">
      <FormField label="承办单位" error={e.unitId?.message}>
        <select className={inputClass} {...form.register("unitId")}>
          <option value="">请选择</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="审议意见" error={e.text?.message}>
        <textarea rows={4} className={inputClass} {...form.register("text")} />
      </FormField>
      <FormField label="整改期限" error={e.dueDate?.message} hint="单位报送整改报告的最后一天">
        <input type="date" className={inputClass} {...form.register("dueDate")} />
      </FormField>
      <Result message={message} />
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        {item ? "保存修改" : "添加审议意见"}
      </Button>
    </form>
  );
}

/** A finding as its edit form starts from. */
export type FindingItem = { id: string; label: string; text: string; targetId: string };

/** 发现的问题: about one target or the activity as a whole; `item` edits one already recorded. */
export function FindingForm({
  activityId,
  targets,
  item,
}: {
  activityId: string;
  targets: Option[];
  item?: FindingItem;
}) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/supervision/rectification/schema").then((m) => m.FindingInput),
    url: item ? `${base(activityId)}/findings/${item.id}` : `${base(activityId)}/findings`,
    method: item ? "PATCH" : "POST",
    defaultValues: { text: item?.text ?? "", targetId: item?.targetId ?? "" },
    success: item ? "已修改问题" : "已登记问题",
    onSuccess: () => {
      if (!item) form.reset();
      router.refresh();
    },
  });
  const e = form.formState.errors;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={item ? `修改${item.label}` : "登记发现的问题"}
      className="flex flex-col gap-3"
    >
      {targets.length > 0 && (
        <FormField label="评议对象" error={e.targetId?.message} hint="不选即针对整个活动">
          <select className={inputClass} {...form.register("targetId")}>
            <option value="">整个活动</option>
            {targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <FormField label="问题" error={e.text?.message}>
        <textarea rows={3} className={inputClass} {...form.register("text")} />
      </FormField>
      <Result message={message} />
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        {item ? "保存修改" : "登记问题"}
      </Button>
    </form>
  );
}

/** 送达: every opinion not yet sent goes to its unit as a rectification task. */
export function SendOpinionsForm({ activityId, unsent }: { activityId: string; unsent: number }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/supervision/rectification/schema").then((m) => m.SendOpinionsInput),
    url: `${base(activityId)}/opinions/send`,
    defaultValues: { occurredOn: "" },
    success: "审议意见已送达，整改任务已交办",
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="送达审议意见" className="flex flex-col gap-3">
      <OccurredOnField
        label="送达日期"
        hint="审议意见交给单位的日期"
        error={form.formState.errors.occurredOn?.message}
        register={form.register("occurredOn")}
      />
      <Result message={message} />
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        送达 {unsent} 条审议意见
      </Button>
    </form>
  );
}
