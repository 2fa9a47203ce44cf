"use client";

import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { OnBehalfNote } from "@/components/ui/occurred-on-field";
import { useSuggestionForm as useStepForm } from "@/components/suggestions/use-suggestion-form";
import { defaultsOf, type StepField } from "@/components/petitions/step-fields";
import type { UseFormRegister, FieldValues } from "react-hook-form";

const choice =
  "flex min-h-11 cursor-pointer items-center gap-2 rounded border border-stone-300 px-3 text-sm has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50";

/** Strings from the form → the API's types: numbers, booleans, blanks as absent. */
function payload(fields: readonly StepField[], values: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...values };
  for (const f of fields) {
    const v = values[f.name];
    if (f.kind === "number") out[f.name] = v === "" || v == null ? undefined : Number(v);
    if (f.kind === "yesno") out[f.name] = v === "true" || v === true;
    if ((f.kind === "text" || f.kind === "date" || f.kind === "select") && v === "") delete out[f.name];
  }
  return out;
}

/** The control of one field; FormField's id and aria attributes (`a11y`) reach the element itself. */
function Control({
  f,
  register,
  ...a11y
}: { f: StepField; register: UseFormRegister<FieldValues> } & Record<string, unknown>) {
  if (f.kind === "textarea") return <textarea rows={3} className={inputClass} {...a11y} {...register(f.name)} />;
  if (f.kind === "select")
    return (
      <select className={inputClass} {...a11y} {...register(f.name)}>
        {f.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    );
  const type = f.kind === "date" ? "date" : f.kind === "number" ? "number" : "text";
  return (
    <input
      type={type}
      inputMode={f.kind === "number" ? "numeric" : undefined}
      className={inputClass}
      {...a11y}
      {...register(f.name)}
    />
  );
}

function Choices({ f, register, error }: { f: StepField; register: UseFormRegister<FieldValues>; error?: string }) {
  const opts =
    f.kind === "yesno"
      ? ([
          ["true", "已解决"],
          ["false", "未解决"],
        ] as const)
      : "options" in f
        ? f.options
        : [];
  return (
    <fieldset>
      <legend className="text-sm font-medium text-stone-800">{f.label}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {opts.map(([value, label]) => (
          <label key={value} className={choice}>
            <input type={f.kind === "checks" ? "checkbox" : "radio"} value={value} {...register(f.name)} /> {label}
          </label>
        ))}
      </div>
      {"hint" in f && f.hint && <p className="mt-1 text-xs text-stone-600">{f.hint}</p>}
      {error && <p className="mt-1 text-sm text-red-800">{error}</p>}
    </fieldset>
  );
}

/** One handling step as a form: its fields, the 代录 note, the server's messages beside the fields. */
export function StepForm(props: {
  petitionId: string;
  version: number;
  step: string;
  label: string;
  fields: readonly StepField[];
  onBehalfOf?: string | null;
}) {
  const { petitionId, version, step, label, fields } = props;
  const defaults = { step, version, ...defaultsOf(fields) };
  const { form, onSubmit, message, error } = useStepForm({
    // The form's strings become the API's numbers and booleans before the server's own schema checks them.
    schema: () =>
      Promise.all([import("zod"), import("@/lib/petitions/transition-schema")]).then(
        ([{ z }, m]) =>
          z.preprocess(
            (v) => payload(fields, v as Record<string, unknown>),
            m.PetitionTransitionInput,
          ) as unknown as typeof m.PetitionTransitionInput,
      ),
    url: `/api/v1/petitions/${petitionId}/transitions`,
    version,
    defaultValues: defaults as never,
    success: `${label}已保存`,
  });
  const register = form.register as unknown as UseFormRegister<FieldValues>;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="flex flex-col gap-3">
      {props.onBehalfOf && <OnBehalfNote of={props.onBehalfOf} />}
      {fields.map((f) =>
        f.kind === "radio" || f.kind === "checks" || f.kind === "yesno" ? (
          <Choices key={f.name} f={f} register={register} error={error(f.name)} />
        ) : (
          <FormField key={f.name} label={f.label} error={error(f.name)} hint={f.hint}>
            <Control f={f} register={register} />
          </FormField>
        ),
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        {label}
      </Button>
    </form>
  );
}
