"use client";

import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { OccurredOnField, OnBehalfNote } from "@/components/ui/occurred-on-field";
import { useSuggestionForm } from "@/components/suggestions/use-suggestion-form";
import type { Option } from "@/components/suggestions/types";

/**
 * 协办意见: a co-unit's input to the lead unit, once per handling round; after its due day it is
 * marked late. The office keys a co-unit's paper input in (代录): which unit, and its date.
 */
export function CoInputForm({
  suggestionId,
  version,
  due,
  owing = null,
}: {
  suggestionId: string;
  version: number;
  due: string | null;
  /** 代录: the co-units still owing input (the office picks one); null for a co-unit's own. */
  owing?: Option[] | null;
}) {
  const { form, onSubmit, message, error } = useSuggestionForm({
    schema: () => import("@/lib/suggestions/schema").then((m) => m.TransitionInput),
    url: `/api/v1/suggestions/${suggestionId}/transitions`,
    version,
    defaultValues: { action: "co_input", version, note: "", unitId: "", occurredOn: "" },
    success: "协办意见已提交",
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={owing ? "代录协办意见" : "协办意见"}
      className="flex flex-col gap-3"
    >
      {owing && <OnBehalfNote of="协办单位" />}
      {owing && (
        <FormField label="协办单位" error={error("unitId")}>
          <select className={inputClass} {...form.register("unitId")}>
            <option value="">请选择</option>
            {owing.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <FormField
        label="协办意见"
        error={error("note")}
        hint={due ? `请于 ${due} 前提交主办单位；逾期仍可提交，但会标记为逾期` : undefined}
      >
        <textarea rows={4} className={inputClass} {...form.register("note")} />
      </FormField>
      {owing && (
        <OccurredOnField
          label="协办意见日期"
          hint="纸质协办意见上单位落款的日期"
          error={error("occurredOn")}
          register={form.register("occurredOn")}
        />
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        提交协办意见
      </Button>
    </form>
  );
}
