"use client";

import { useRouter } from "next/navigation";
import { useApiForm } from "@/components/ui/use-api-form";
import { FormField, inputClass } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";

/** A deputy keeps their own phone and address up to date; nothing else is theirs to change. */
export function ContactForm({
  deputyId,
  phone,
  address,
  version,
}: {
  deputyId: string;
  phone: string | null;
  address: string | null;
  version: number;
}) {
  const router = useRouter();
  const { form, onSubmit, message } = useApiForm({
    schema: () => import("@/lib/roster/schema").then((m) => m.DeputySelfUpdateInput),
    url: `/api/v1/deputies/${deputyId}`,
    method: "PATCH",
    defaultValues: { phone: phone ?? "", address: address ?? "", version },
    onSuccess: (data) => {
      form.reset({ ...form.getValues(), version: (data as { version: number }).version });
      router.refresh();
    },
  });
  const { register, formState } = form;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="修改联系方式" className="flex flex-col gap-3">
      <FormField label="联系电话" error={formState.errors.phone?.message}>
        <input className={inputClass} inputMode="tel" autoComplete="tel" {...register("phone")} />
      </FormField>
      <FormField label="住址" error={formState.errors.address?.message}>
        <input className={inputClass} autoComplete="street-address" {...register("address")} />
      </FormField>
      {message && <Alert tone={message.tone}>{message.tone === "success" ? "联系方式已更新" : message.text}</Alert>}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-11 rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
      >
        保存联系方式
      </button>
    </form>
  );
}
