"use client";

import { useRouter } from "next/navigation";
import { GROUP_KIND_LABELS, GROUP_KINDS } from "@/lib/roster/labels";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

interface Initial {
  id: string;
  name: string;
  kind: (typeof GROUP_KINDS)[number];
  venue: string | null;
  leaderId: string | null;
  liaisonName: string | null;
  liaisonPhone: string | null;
  version: number;
}

export function GroupForm({ deputies, initial }: { deputies: { id: string; name: string }[]; initial?: Initial }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/roster/schema").then((m) => (initial ? m.GroupUpdateInput : m.GroupInput)),
    url: initial ? `/api/v1/groups/${initial.id}` : "/api/v1/groups",
    method: initial ? "PATCH" : "POST",
    defaultValues: (initial
      ? {
          name: initial.name,
          kind: initial.kind,
          venue: initial.venue ?? "",
          leaderId: initial.leaderId ?? "",
          liaisonName: initial.liaisonName ?? "",
          liaisonPhone: initial.liaisonPhone ?? "",
          version: initial.version,
        }
      : { kind: "GROUP" }) as never,
    onSuccess: () => router.refresh(),
  });
  const { register, formState } = form;
  const e = formState.errors as Record<string, { message?: string } | undefined>;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={initial ? `修改${initial.name}` : "新建代表小组"}
      className="grid gap-3 sm:grid-cols-2"
    >
      <FormField label="名称" error={e.name?.message}>
        <input className={inputClass} {...register("name" as never)} />
      </FormField>
      <FormField label="类型" error={e.kind?.message}>
        <select className={inputClass} {...register("kind" as never)}>
          {GROUP_KINDS.map((k) => (
            <option key={k} value={k}>
              {GROUP_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="活动场所" error={e.venue?.message}>
        <input className={inputClass} {...register("venue" as never)} />
      </FormField>
      <FormField label="组长" error={e.leaderId?.message}>
        <select className={inputClass} {...register("leaderId" as never)}>
          <option value="">未指定</option>
          {deputies.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="联络员" error={e.liaisonName?.message}>
        <input className={inputClass} {...register("liaisonName" as never)} />
      </FormField>
      <FormField label="联络员电话" error={e.liaisonPhone?.message}>
        <input className={inputClass} inputMode="tel" {...register("liaisonPhone" as never)} />
      </FormField>
      <div className="flex flex-col gap-2 sm:col-span-2">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white">
          保存
        </button>
      </div>
    </form>
  );
}
