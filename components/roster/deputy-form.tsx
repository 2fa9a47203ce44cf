"use client";

import { useRouter } from "next/navigation";
import { DeputyCreateInput, DeputyUpdateInput, LEVELS } from "@/lib/roster/schema";
import { GENDER_LABELS, JOIN_METHOD_LABELS, LEVEL_LABELS } from "@/lib/roster/labels";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { LabelOptions } from "@/components/ui/label-options";

type Values = Partial<Record<keyof DeputyCreateInput, unknown>> & { version?: number };

const TEXT_FIELDS = [
  ["name", "姓名"],
  ["ethnicity", "民族"],
  ["party", "政治面貌"],
  ["education", "文化程度"],
  ["occupation", "职业"],
  ["workUnit", "工作单位"],
  ["phone", "联系电话"],
  ["address", "住址"],
  ["idNumber", "身份证号"],
  ["constituency", "选区"],
] as const;

type Errors = Record<string, { message?: string } | undefined>;

/** The form, checked by the server's own schema; a saved deputy's page is opened. */
function useDeputyForm(initial: Values | undefined, id: string | undefined) {
  const router = useRouter();
  const editing = !!id;
  const api = useApiForm({
    schema: editing ? DeputyUpdateInput : DeputyCreateInput,
    url: editing ? `/api/v1/deputies/${id}` : "/api/v1/deputies",
    method: editing ? "PATCH" : "POST",
    defaultValues: (initial ?? { levels: ["TOWNSHIP"], joinMethod: "ELECTION", ethnicity: "汉族" }) as never,
    onSuccess: (data) => {
      const saved = data as { id: string };
      router.push(`/deputies/${saved.id}`);
      router.refresh();
    },
  });
  return { ...api, editing };
}
type Register = ReturnType<typeof useDeputyForm>["form"]["register"];

/** Create (office) or edit (office, with version) a deputy, validated by the server's own schema. */
export function DeputyForm({
  groups,
  initial,
  id,
}: {
  groups: { id: string; name: string }[];
  initial?: Values;
  id?: string;
}) {
  const { form, onSubmit, message, editing } = useDeputyForm(initial, id);
  const { register, formState } = form;
  const e = formState.errors as Errors;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={editing ? "修改代表信息" : "新增代表"}
      className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      {TEXT_FIELDS.map(([key, label]) => (
        <FormField key={key} label={label} error={e[key]?.message}>
          <input className={inputClass} inputMode={key === "phone" ? "tel" : undefined} {...register(key as never)} />
        </FormField>
      ))}
      <DeputyChoices register={register} errors={e} groups={groups} />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-stone-800">代表层级</legend>
        <div className="flex flex-wrap gap-3">
          {LEVELS.map((l) => (
            <label key={l} className="flex min-h-10 items-center gap-1 text-sm">
              <input type="checkbox" value={l} {...register("levels" as never)} /> {LEVEL_LABELS[l]}人大代表
            </label>
          ))}
        </div>
        {e.levels?.message && <p className="text-sm text-red-800">{e.levels.message}</p>}
      </fieldset>
      <div className="flex flex-col gap-2 sm:col-span-2 lg:col-span-3">
        {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
        <button
          type="submit"
          disabled={formState.isSubmitting}
          className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          保存
        </button>
      </div>
    </form>
  );
}

/** Gender, birth date, group, how the deputy came in (产生方式) and since when. */
function DeputyChoices({
  register,
  errors: e,
  groups,
}: {
  register: Register;
  errors: Errors;
  groups: { id: string; name: string }[];
}) {
  return (
    <>
      <FormField label="性别" error={e.gender?.message}>
        <select className={inputClass} {...register("gender" as never)}>
          <option value="">请选择</option>
          <LabelOptions labels={GENDER_LABELS} />
        </select>
      </FormField>
      <FormField label="出生日期" error={e.birthDate?.message}>
        <input type="date" className={inputClass} {...register("birthDate" as never)} />
      </FormField>
      <FormField label="代表小组" error={e.groupId?.message}>
        <select className={inputClass} {...register("groupId" as never)}>
          <option value="">未分组</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="产生方式" error={e.joinMethod?.message}>
        <select className={inputClass} {...register("joinMethod" as never)}>
          <LabelOptions labels={JOIN_METHOD_LABELS} />
        </select>
      </FormField>
      <FormField label="任职日期" error={e.startDate?.message} hint="留空则为本届开始日期；补选代表填补选日期">
        <input type="date" className={inputClass} {...register("startDate" as never)} />
      </FormField>
    </>
  );
}
