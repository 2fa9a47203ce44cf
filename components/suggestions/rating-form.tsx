"use client";

import { useWatch } from "react-hook-form";
import { RATING_LABELS } from "@/lib/suggestions/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useSuggestionForm } from "@/components/suggestions/use-suggestion-form";
import { OccurredOnField, OnBehalfNote } from "@/components/ui/occurred-on-field";

/**
 * The proposer rates the reply; 不满意 (with the reason) sends it back to the unit for re-handling.
 * The office keys the lead deputy's paper rating form (满意度测评表) in for them (代录), with its date.
 */
export function RatingForm({
  suggestionId,
  version,
  onBehalf = false,
}: {
  suggestionId: string;
  version: number;
  onBehalf?: boolean;
}) {
  const { form, onSubmit, message, error } = useSuggestionForm({
    schema: () => import("@/lib/suggestions/schema").then((m) => m.RatingInput),
    url: `/api/v1/suggestions/${suggestionId}/rating`,
    version,
    defaultValues: { version, comment: "", occurredOn: "" },
    success: onBehalf ? "已代录评价" : "评价已提交",
  });
  const unsatisfied = useWatch({ control: form.control, name: "rating" }) === "UNSATISFIED";
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={onBehalf ? "代录评价" : "评价答复"}
      className="flex flex-col gap-3"
    >
      {onBehalf && <OnBehalfNote of="领衔代表" />}
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">
          {onBehalf ? "代表对答复的评价" : "您对答复的评价"}
        </legend>
        <div className="mt-1 grid gap-2 sm:grid-cols-3">
          {(["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"] as const).map((r) => (
            <label
              key={r}
              className="flex min-h-12 cursor-pointer items-center gap-2 rounded border border-stone-300 bg-white px-2 text-sm has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50"
            >
              <input type="radio" value={r} {...form.register("rating")} /> {RATING_LABELS[r]}
            </label>
          ))}
        </div>
        {error("rating") && <p className="mt-1 text-sm text-red-800">{error("rating")}</p>}
      </fieldset>
      <FormField
        label={unsatisfied ? "意见（必填）" : "意见（可选）"}
        error={error("comment")}
        hint={unsatisfied ? "请写明不满意的原因，承办单位将重新办理" : undefined}
      >
        <textarea rows={4} className={inputClass} {...form.register("comment")} />
      </FormField>
      {onBehalf && (
        <OccurredOnField
          label="评价日期"
          hint="满意度测评表上代表填写的日期"
          error={error("occurredOn")}
          register={form.register("occurredOn")}
        />
      )}
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
      <Button type="submit" disabled={form.formState.isSubmitting} className="min-h-11 w-full sm:w-auto sm:self-start">
        提交评价
      </Button>
    </form>
  );
}
