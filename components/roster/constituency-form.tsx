"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

interface Initial {
  id: string;
  name: string;
  description: string | null;
  voterCount: number | null;
  version: number;
}

/** Add a 选区 to the term, or rename and describe one (office); checked by the server's own schema. */
export function ConstituencyForm({ termId, initial }: { termId: string; initial?: Initial }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    // Loaded when needed, as the other forms (the page's JavaScript stays small).
    schema: () =>
      import("@/lib/roster/schema").then((m) => (initial ? m.ConstituencyUpdateInput : m.ConstituencyCreateInput)),
    url: initial ? `/api/v1/constituencies/${initial.id}` : "/api/v1/constituencies",
    method: initial ? "PATCH" : "POST",
    defaultValues: (initial
      ? {
          name: initial.name,
          description: initial.description ?? "",
          voterCount: initial.voterCount,
          version: initial.version,
        }
      : { termId }) as never,
    onSuccess: () => {
      if (!initial) form.reset({ termId, name: "", description: "", voterCount: null } as never);
      router.refresh();
    },
  });
  const { register, formState } = form;
  const e = formState.errors as Record<string, { message?: string } | undefined>;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={initial ? `修改${initial.name}` : "新增选区"}
      className="grid gap-3 sm:grid-cols-3"
    >
      <FormField label="选区名称" error={e.name?.message} hint={initial ? undefined : "如 第一选区"}>
        <input className={inputClass} {...register("name" as never)} />
      </FormField>
      <FormField label="选区范围" error={e.description?.message} hint="可不填；如 青山村、石桥村">
        <input className={inputClass} {...register("description" as never)} />
      </FormField>
      <FormField label="选民数" error={e.voterCount?.message} hint="可不填">
        <input
          className={inputClass}
          inputMode="numeric"
          {...register("voterCount" as never, {
            setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)),
          })}
        />
      </FormField>
      <div className="flex flex-col gap-2 sm:col-span-3">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white">
          {initial ? "保存" : "添加"}
        </button>
      </div>
    </form>
  );
}
