"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { OnBehalfNote } from "@/components/ui/occurred-on-field";
import type { Option } from "@/components/ui/option-select";

type Message = { tone: "error" | "success"; text: string } | null;
const Result = ({ message }: { message: Message }) =>
  message ? <Alert tone={message.tone}>{message.text}</Alert> : null;
const EMPTY = {
  visitorName: "",
  phone: "",
  address: "",
  issue: "",
  solved: false,
  solution: "",
  receivedByDeputyId: "",
};

/** 登记来访: the visitor, their issue, solved on the spot or not; the office keys the day's paper register (代录). */
export function VisitForm({ dayId, deputies, onBehalf }: { dayId: string; deputies: Option[]; onBehalf: boolean }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/reception/schema").then((m) => m.ReceptionVisitInput),
    url: `/api/v1/reception-days/${dayId}/visits`,
    defaultValues: EMPTY,
    success: "来访已登记",
    onSuccess: () => {
      form.reset(EMPTY);
      router.refresh();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="登记来访" className="grid gap-3 sm:grid-cols-2">
      {onBehalf && (
        <div className="sm:col-span-2">
          <OnBehalfNote of="接待代表" />
        </div>
      )}
      <FormField label="来访人姓名" error={e.visitorName?.message}>
        <input className={inputClass} {...form.register("visitorName")} />
      </FormField>
      <FormField label="联系电话" error={e.phone?.message} hint="个人信息，仅人大办和主席可见">
        <input className={inputClass} inputMode="tel" {...form.register("phone")} />
      </FormField>
      <FormField label="住址" error={e.address?.message} hint="个人信息，仅人大办和主席可见">
        <input className={inputClass} {...form.register("address")} />
      </FormField>
      {onBehalf && (
        <FormField label="接待代表" error={e.receivedByDeputyId?.message} hint="当天值班的代表">
          <select className={inputClass} {...form.register("receivedByDeputyId")}>
            <option value="">（未记录）</option>
            {deputies.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <div className="sm:col-span-2">
        <FormField label="反映的问题" error={e.issue?.message}>
          <textarea rows={3} className={inputClass} {...form.register("issue")} />
        </FormField>
      </div>
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input type="checkbox" {...form.register("solved")} /> 当场解决
      </label>
      <FormField label="解决情况" error={e.solution?.message} hint="当场解决的，写明如何解决">
        <input className={inputClass} {...form.register("solution")} />
      </FormField>
      <div className="flex flex-col gap-2 sm:col-span-2">
        <Result message={message} />
        <SubmitButton pending={form.formState.isSubmitting}>登记来访</SubmitButton>
      </div>
    </form>
  );
}

/** 办理结果: the issue solved afterwards, and how. */
export function SolvedForm({ dayId, visitId, name }: { dayId: string; visitId: string; name: string }) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/reception/schema").then((m) => m.ReceptionVisitUpdateInput),
    url: `/api/v1/reception-days/${dayId}/visits/${visitId}`,
    method: "PATCH",
    defaultValues: { solved: true, solution: "" },
    success: "已登记解决情况",
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`登记${name}反映问题的解决情况`} className="flex flex-col gap-2">
      <input type="hidden" value="true" {...form.register("solved", { setValueAs: () => true })} />
      <FormField label="解决情况" error={form.formState.errors.solution?.message}>
        <input className={inputClass} {...form.register("solution")} />
      </FormField>
      <Result message={message} />
      <SubmitButton pending={form.formState.isSubmitting}>登记已解决</SubmitButton>
    </form>
  );
}

/** 转为代表建议: the receiving deputy leads it; linked both ways, once only. */
export function ConvertForm({
  dayId,
  visitId,
  name,
  categories,
  deputies,
  leadId,
}: {
  dayId: string;
  visitId: string;
  name: string;
  categories: Option[];
  deputies: Option[];
  leadId: string | null;
}) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/reception/schema").then((m) => m.VisitConversionInput),
    url: `/api/v1/reception-days/${dayId}/visits/${visitId}/conversion`,
    defaultValues: { to: "suggestion", title: "", categoryId: "", content: "", deputyId: leadId ?? "" },
    success: "已转为代表建议",
    onSuccess: () => router.refresh(),
  });
  const e = form.formState.errors as Record<string, { message?: string } | undefined>;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={`将${name}反映的问题转为代表建议`}
      className="grid gap-2 sm:grid-cols-3"
    >
      <input type="hidden" {...form.register("to")} />
      <FormField label="建议标题" error={e.title?.message}>
        <input className={inputClass} {...form.register("title")} />
      </FormField>
      <FormField label="建议类别" error={e.categoryId?.message}>
        <select className={inputClass} {...form.register("categoryId")}>
          <option value="">请选择</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="领衔代表" error={e.deputyId?.message} hint="默认为接待的代表">
        <select className={inputClass} {...form.register("deputyId")}>
          <option value="">请选择</option>
          {deputies.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </FormField>
      <div className="flex flex-col gap-2 sm:col-span-3">
        <Result message={message} />
        <SubmitButton pending={form.formState.isSubmitting}>转为代表建议</SubmitButton>
      </div>
    </form>
  );
}
