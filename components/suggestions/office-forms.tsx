"use client";

import { Controller, useWatch } from "react-hook-form";
import { MOTION_DECISION_LABELS } from "@/lib/suggestions/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useSuggestionForm } from "@/components/suggestions/use-suggestion-form";
import type { Option } from "@/components/suggestions/types";
import { OccurredOnField } from "@/components/ui/occurred-on-field";

const url = (id: string) => `/api/v1/suggestions/${id}/transitions`;

/** 合并: a duplicate is folded into another suggestion, picked by its registration number. */
export function MergeForm({
  suggestionId,
  version,
  targets,
}: {
  suggestionId: string;
  version: number;
  targets: Option[];
}) {
  const { form, onSubmit, message, error } = useSuggestionForm({
    schema: () => import("@/lib/suggestions/schema").then((m) => m.TransitionInput),
    url: url(suggestionId),
    version,
    defaultValues: { action: "merge", version, intoId: "" },
    success: "已合并",
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="合并建议" className="flex flex-col gap-3">
      <FormField label="合并到" error={error("intoId")} hint="本建议的代表都成为所选建议的提出人">
        <select className={inputClass} {...form.register("intoId")}>
          <option value="">请选择编号</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </FormField>
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting} className="self-start">
        合并
      </Button>
    </form>
  );
}

/** 交办: one lead unit, optional co-units; broad or difficult ones get six months instead of three (代表法 Art. 51). */
export function AssignForm({
  suggestionId,
  version,
  units,
}: {
  suggestionId: string;
  version: number;
  units: Option[];
}) {
  const { form, onSubmit, message, error } = useSuggestionForm({
    schema: () => import("@/lib/suggestions/schema").then((m) => m.TransitionInput),
    url: url(suggestionId),
    version,
    defaultValues: { action: "assign", version, leadUnitId: "", coUnitIds: [], broad: false, occurredOn: "" },
    success: "已交办",
  });
  const lead = useWatch({ control: form.control, name: "leadUnitId" }) as string | undefined;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="交办建议" className="flex flex-col gap-3">
      <FormField label="主办单位" error={error("leadUnitId")}>
        <select className={inputClass} {...form.register("leadUnitId")}>
          <option value="">请选择</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </FormField>
      <Controller
        control={form.control}
        name="coUnitIds"
        render={({ field }) => {
          const picked = (field.value ?? []) as string[];
          const others = units.filter((u) => u.id !== lead);
          return (
            <fieldset>
              <legend className="text-sm font-medium text-stone-800">协办单位（可选）</legend>
              {others.length === 0 ? (
                <p className="text-sm text-stone-600">没有其他承办单位</p>
              ) : (
                <ul className="mt-1 grid grid-cols-2 gap-1 sm:grid-cols-3">
                  {others.map((u) => (
                    <li key={u.id}>
                      <label className="flex min-h-10 cursor-pointer items-center gap-2 text-sm">
                        <input
                          type="checkbox"
                          className="size-5"
                          checked={picked.includes(u.id)}
                          onChange={(e) =>
                            field.onChange(e.target.checked ? [...picked, u.id] : picked.filter((x) => x !== u.id))
                          }
                        />
                        {u.name}
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </fieldset>
          );
        }}
      />
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input type="checkbox" className="size-5" {...form.register("broad")} />
        涉及面广、办理难度大（答复期限六个月）
      </label>
      <OccurredOnField
        label="交办日期"
        hint="补录以往的交办时填写实际交办的日期，办理期限由此计算"
        error={error("occurredOn")}
        register={form.register("occurredOn")}
      />
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        交办
      </Button>
    </form>
  );
}

/** 议案: the presidium places it on the session's agenda or has it handled as a suggestion. */
export function DecideMotionForm({ suggestionId, version }: { suggestionId: string; version: number }) {
  const { form, onSubmit, message, error } = useSuggestionForm({
    schema: () => import("@/lib/suggestions/schema").then((m) => m.TransitionInput),
    url: url(suggestionId),
    version,
    defaultValues: { action: "decide_motion", version, note: "" },
    success: "已决定",
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="议案处理决定" className="flex flex-col gap-3">
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">处理决定</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {(["PLACE_ON_AGENDA", "HANDLE_AS_SUGGESTION"] as const).map((d) => (
            <label
              key={d}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded border border-stone-300 px-3 text-sm has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50"
            >
              <input type="radio" value={d} {...form.register("decision")} /> {MOTION_DECISION_LABELS[d]}
            </label>
          ))}
        </div>
        {error("decision") && <p className="mt-1 text-sm text-red-800">{error("decision")}</p>}
      </fieldset>
      <FormField label="说明（可选）" error={error("note")}>
        <textarea rows={2} className={inputClass} {...form.register("note")} />
      </FormField>
      {message?.tone === "error" && <Alert tone="error">{message.text}</Alert>}
      <Button type="submit" disabled={form.formState.isSubmitting} className="self-start">
        作出决定
      </Button>
    </form>
  );
}
