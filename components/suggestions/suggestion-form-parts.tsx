import type { FieldErrors, UseFormRegister, UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import type { SuggestionCreateInput } from "@/lib/suggestions/schema";
import { SUGGESTION_KIND_LABELS } from "@/lib/suggestions/labels";
import { FormField, inputClass } from "@/components/ui/form-field";
import type { Option } from "@/components/suggestions/types";

/** 类型: a suggestion or a motion (议案, with the number of deputies it needs). */
export function KindChoice({
  register,
  motion,
  motionMin,
}: {
  register: UseFormRegisterReturn;
  motion: boolean;
  motionMin: number;
}) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-sm font-medium text-stone-800">类型</legend>
      <div className="flex gap-2">
        {(["SUGGESTION", "MOTION"] as const).map((k) => (
          <label
            key={k}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded border border-stone-300 bg-white px-3 text-sm has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50"
          >
            <input type="radio" value={k} {...register} /> {SUGGESTION_KIND_LABELS[k]}
          </label>
        ))}
      </div>
      {motion && <p className="text-xs text-stone-600">议案须由 {motionMin} 名以上代表联名提出，请在下方选择联名人</p>}
    </fieldset>
  );
}

/** 提交建议 (提交议案 for a motion), or 存为草稿 to finish later. */
export function SubmitButtons({ busy, onDraft, label }: { busy: boolean; onDraft: () => void; label: string }) {
  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      <button
        type="submit"
        disabled={busy}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
      >
        {label}
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={onDraft}
        className="min-h-11 rounded border border-stone-300 bg-white px-4 py-2 text-sm text-stone-800 hover:bg-stone-100"
      >
        存为草稿
      </button>
    </div>
  );
}

/** 会议 (the session in progress by default, or 闭会期间) and 提出日期 (blank: today). */
export function RaisedAt({
  sessions,
  errors,
  register,
}: {
  sessions: Option[];
  errors: FieldErrors<z.input<typeof SuggestionCreateInput>>;
  register: UseFormRegister<z.input<typeof SuggestionCreateInput>>;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField label="会议" error={errors.sessionId?.message} hint="在会议期间提出的，选择该次会议">
        <select className={inputClass} {...register("sessionId")}>
          <option value="">闭会期间</option>
          {sessions.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="提出日期" error={errors.raisedOn?.message} hint="代表提出建议的日期；不填即今天">
        <input type="date" className={inputClass} {...register("raisedOn")} />
      </FormField>
    </div>
  );
}
