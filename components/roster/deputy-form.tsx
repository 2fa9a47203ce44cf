"use client";

import { useRouter } from "next/navigation";
import type { DeputyCreateInput } from "@/lib/roster/schema";
import { GENDER_LABELS, JOIN_METHOD_LABELS, LEVEL_LABELS, LEVELS } from "@/lib/roster/labels";
import { dictionaryNames, type DictionaryField } from "@/lib/roster/dictionaries";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { LabelOptions } from "@/components/ui/label-options";

type Values = Partial<Record<keyof DeputyCreateInput, unknown>> & { version?: number };
type Key = keyof DeputyCreateInput;

/**
 * The fields in the order of the 代表登记表 (姓名、性别、民族、出生年月、政治面貌、文化程度 … then the term's own
 * entries: 选区、层级、小组、产生方式、任职日期). 民族, 政治面貌 and 文化程度 are the national lists; 选区 the term's records.
 */
type Field =
  | { key: Key; label: string; kind: "text" | "tel" | "date"; hint?: string }
  | { key: DictionaryField; label: string; kind: "dictionary" }
  | { key: "gender" | "joinMethod"; label: string; kind: "labels"; labels: Record<string, string>; blank?: string }
  | { key: "constituency"; label: string; kind: "constituency" };

const FIELDS: readonly Field[] = [
  { key: "name", label: "姓名", kind: "text" },
  { key: "gender", label: "性别", kind: "labels", labels: GENDER_LABELS, blank: "请选择" },
  { key: "ethnicity", label: "民族", kind: "dictionary" },
  { key: "birthDate", label: "出生日期", kind: "date" },
  { key: "party", label: "政治面貌", kind: "dictionary" },
  { key: "education", label: "文化程度", kind: "dictionary" },
  { key: "idNumber", label: "身份证号", kind: "text" },
  { key: "workUnit", label: "工作单位", kind: "text" },
  { key: "occupation", label: "职业", kind: "text" },
  { key: "phone", label: "联系电话", kind: "tel" },
  { key: "address", label: "住址", kind: "text" },
  { key: "constituency", label: "选区", kind: "constituency" },
];

const TERM_FIELDS: readonly Field[] = [
  { key: "joinMethod", label: "产生方式", kind: "labels", labels: JOIN_METHOD_LABELS },
  { key: "startDate", label: "任职日期", kind: "date", hint: "留空则为本届开始日期；补选代表填补选日期" },
];

type Errors = Record<string, { message?: string } | undefined>;

const hintOf = (f: Field, constituencies: string[]) =>
  "hint" in f
    ? f.hint
    : f.kind === "constituency" && !constituencies.length
      ? "本届尚未添加选区，请先在“名册 → 选区”中添加"
      : undefined;

/** The form, checked by the server's own schema; a saved deputy's page is opened. */
function useDeputyForm(initial: Values | undefined, id: string | undefined) {
  const router = useRouter();
  const editing = !!id;
  const api = useApiForm({
    schema: () => import("@/lib/roster/schema").then((m) => (editing ? m.DeputyUpdateInput : m.DeputyCreateInput)),
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

/**
 * One field of the form: a text box, a date, or a list (a value kept from older free text shows as 待核对).
 * `aria` is what FormField hands its control: the id its label points at, and the error and hint it describes.
 */
function Control({
  field,
  register,
  initial,
  constituencies,
  ...aria
}: {
  field: Field;
  register: Register;
  initial?: Values;
  constituencies: string[];
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}) {
  const props = { ...register(field.key as never), ...aria };
  if (field.kind === "labels")
    return (
      <select className={inputClass} {...props}>
        {field.blank && <option value="">{field.blank}</option>}
        <LabelOptions labels={field.labels} />
      </select>
    );
  if (field.kind === "dictionary" || field.kind === "constituency") {
    const names = field.kind === "dictionary" ? dictionaryNames(field.key) : constituencies;
    const kept = initial?.[field.key];
    return (
      <select className={inputClass} {...props}>
        {field.kind === "constituency" && !kept && <option value="">请选择</option>}
        {typeof kept === "string" && kept && !names.includes(kept) && <option value={kept}>{kept}（待核对）</option>}
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      className={inputClass}
      type={field.kind === "date" ? "date" : undefined}
      inputMode={field.kind === "tel" ? "tel" : undefined}
      {...props}
    />
  );
}

/** Create (office) or edit (office, with version) a deputy, validated by the server's own schema. */
export function DeputyForm({
  groups,
  constituencies,
  initial,
  id,
}: {
  groups: { id: string; name: string }[];
  /** The term's 选区 in natural order (lib/roster/constituencies.ts). */
  constituencies: string[];
  initial?: Values;
  id?: string;
}) {
  const { form, onSubmit, message, editing } = useDeputyForm(initial, id);
  const { register, formState } = form;
  const e = formState.errors as Errors;
  const field = (f: Field) => (
    <FormField key={f.key} label={f.label} error={e[f.key]?.message} hint={hintOf(f, constituencies)}>
      <Control field={f} register={register} initial={initial} constituencies={constituencies} />
    </FormField>
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={editing ? "修改代表信息" : "新增代表"}
      className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      {FIELDS.map(field)}
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
      {TERM_FIELDS.map(field)}
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
