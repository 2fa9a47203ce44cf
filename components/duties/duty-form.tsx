"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { FileInput } from "@/components/ui/file-input";
import { Alert } from "@/components/ui/alert";
import { asCount } from "@/components/ui/count-input";
import type { DutyCreateInput } from "@/lib/duties/schema";

const KINDS: [string, string][] = [
  ["VOTER_CONTACT", "联系选民"],
  ["VOTER_FORUM", "选民座谈会"],
  ["POVERTY_HELP", "帮扶困难户"],
  ["DISPUTE_MEDIATION", "调解纠纷"],
  ["PRACTICAL_THING", "办实事"],
  ["REPORT_TO_VOTERS", "向选民述职"],
  ["HARDSHIP_VISIT", "走访困难代表（主席团成员）"],
  ["OTHER", "其他履职"],
];

const asMoney = { setValueAs: (v: unknown) => (v === "" || v == null ? null : Number(v)) };
const asNullCount = { setValueAs: (v: unknown) => asCount.setValueAs(v) ?? null };

/** A count or an amount typed on a phone's number pad. */
function NumberField(p: { label: string; error?: string; reg: UseFormRegisterReturn; decimal?: boolean }) {
  return (
    <FormField label={p.label} error={p.error}>
      <input
        type="number"
        min={0}
        step={p.decimal ? "0.01" : "1"}
        inputMode={p.decimal ? "decimal" : "numeric"}
        className={inputClass}
        {...p.reg}
      />
    </FormField>
  );
}

type Entry = { id: string; version: number; values: Partial<DutyCreateInput> };

/** The form's state: a new entry (with photos) or the correction of one (PATCH, resubmitted). */
function useDutyForm(entry: Entry | undefined) {
  const router = useRouter();
  const photosRef = useRef<File[]>([]);
  const formElRef = useRef<HTMLFormElement>(null);
  const { form, onSubmit, message, fileError } = useApiForm({
    schema: () => import("@/lib/duties/schema").then((m) => m.DutyCreateInput),
    url: entry ? `/api/v1/duties/${entry.id}` : "/api/v1/duties",
    method: entry ? "PATCH" : "POST",
    defaultValues: (entry?.values ?? { kind: "VOTER_CONTACT" }) as Partial<DutyCreateInput>,
    shouldUnregister: true,
    success: entry ? "已重新提交，等待人大办核实" : "已登记，等待人大办核实",
    payload: (v) => (entry ? { ...v, deputyId: undefined, version: entry.version } : v),
    files: () => (entry ? [] : photosRef.current),
    filesField: "photos",
    onSuccess: () => {
      const kind = form.getValues("kind");
      formElRef.current?.reset();
      photosRef.current = [];
      form.reset({ kind });
      router.refresh();
    },
  });
  return { form, onSubmit, message, fileError, photosRef, formElRef };
}

/**
 * 登记履职: a deputy's own entry from a phone (kind, day, a short description, the figures the kind needs, an
 * optional photo); the office picks the deputy (代录) and gives the real day.
 */
export function DutyForm({
  deputies,
  entry,
}: {
  deputies?: { id: string; name: string }[];
  /** Correcting an entry (a returned one is resubmitted): its id, version and values. */
  entry?: Entry;
}) {
  const { form, onSubmit, message, fileError, photosRef, formElRef } = useDutyForm(entry);
  const kind = form.watch("kind");
  const e = form.formState.errors;
  return (
    <form
      ref={formElRef}
      onSubmit={onSubmit}
      aria-label={entry ? "修改履职登记" : "登记履职"}
      className="flex flex-col gap-3"
    >
      {deputies && (
        <FormField label="代表（代录）" error={e.deputyId?.message}>
          <select className={inputClass} {...form.register("deputyId")}>
            <option value="">请选择代表</option>
            {deputies.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <FormField label="履职类型" error={e.kind?.message}>
        <select className={inputClass} {...form.register("kind")}>
          {KINDS.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="履职日期" error={e.occurredOn?.message} hint="不能晚于今天；不填即今天">
        <input type="date" className={inputClass} {...form.register("occurredOn")} />
      </FormField>
      <FormField label="履职内容" error={e.description?.message}>
        <textarea rows={3} className={inputClass} {...form.register("description")} />
      </FormField>
      {(kind === "VOTER_CONTACT" || kind === "VOTER_FORUM") && (
        <NumberField label="联系选民人数" error={e.voters?.message} reg={form.register("voters", asNullCount)} />
      )}
      {kind === "POVERTY_HELP" && (
        <div className="grid grid-cols-3 gap-2">
          <NumberField label="帮扶户数" error={e.households?.message} reg={form.register("households", asNullCount)} />
          <NumberField label="帮扶人数" error={e.persons?.message} reg={form.register("persons", asNullCount)} />
          <NumberField
            label="增收金额（元）"
            error={e.incomeRaised?.message}
            reg={form.register("incomeRaised", asMoney)}
            decimal
          />
        </div>
      )}
      {!entry && (
        <FormField label="照片（可选，JPG 或 PNG）" error={fileError ?? undefined}>
          <FileInput
            accept="image/jpeg,image/png"
            name="photos"
            onChange={(ev) => (photosRef.current = Array.from(ev.currentTarget.files ?? []))}
          />
        </FormField>
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button
        type="submit"
        disabled={form.formState.isSubmitting}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 text-base text-white sm:self-start sm:text-sm"
      >
        {entry ? "修改后重新提交" : "提交登记"}
      </button>
    </form>
  );
}
