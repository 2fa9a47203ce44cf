"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { apiSend } from "@/components/ui/api";

export interface ElectionValues {
  title: string;
  agendaItemId: string;
  seats: string;
  context: "GENERAL" | "BY_ELECTION";
  post: "PRINCIPAL" | "VICE" | "OTHER";
  candidates: { name: string; nominatedBy: "PRESIDIUM" | "DEPUTIES"; nominatorCount: string }[];
  scrutineers: string;
  counters: string;
}

const splitNames = (t: string) =>
  t
    .split(/[,，、;；\s]+/)
    .map((n) => n.trim())
    .filter(Boolean);
const num = (t: string) => (t.trim() === "" ? undefined : Number(t));
export const blankCandidate: ElectionValues["candidates"][number] = {
  name: "",
  nominatedBy: "PRESIDIUM",
  nominatorCount: "",
};
const blank: ElectionValues = {
  title: "",
  agendaItemId: "",
  seats: "1",
  context: "BY_ELECTION",
  post: "OTHER",
  candidates: [blankCandidate],
  scrutineers: "",
  counters: "",
};

/** The form's text fields as the server's ElectionCreateInput wants them: lines of names as lists, counts as numbers. */
const electionBody = (v: ElectionValues) => ({
  title: v.title,
  agendaItemId: v.agendaItemId,
  seats: num(v.seats),
  context: v.context,
  post: v.post,
  scrutineers: splitNames(v.scrutineers),
  counters: splitNames(v.counters),
  candidates: v.candidates.map((c) => ({
    name: c.name,
    nominatedBy: c.nominatedBy,
    ...(c.nominatedBy === "DEPUTIES" ? { nominatorCount: num(c.nominatorCount) } : {}),
  })),
});

/**
 * 新建选举's state. Scrutineers and counters are typed as one line of names; the form is checked with
 * the server's schema (ElectionCreateInput) after turning those lines into lists, and the schema's or
 * the server's messages go back onto the fields (a message on one scrutineer goes to the whole line).
 */
export function useElectionCreateForm(sessionId: string) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<ElectionValues>({ defaultValues: blank });
  const candidates = useFieldArray({ control: form.control, name: "candidates" });
  const nominations = useWatch({ control: form.control, name: "candidates" });
  const fieldErrors = (fields: Record<string, string>) => {
    for (const [path, text] of Object.entries(fields))
      form.setError((/^(scrutineers|counters)\b/.exec(path)?.[1] ?? (path === "_" ? "root" : path)) as never, {
        message: text,
      });
  };
  const onSubmit = form.handleSubmit(async (v) => {
    setMessage(null);
    form.clearErrors();
    // zod comes with the first submit, not with the page (components/ui/lazy-resolver.ts).
    const { ElectionCreateInput } = await import("@/lib/sessions/election-schema");
    const parsed = ElectionCreateInput.safeParse(electionBody(v));
    if (!parsed.success) {
      fieldErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "_", i.message])));
      return setMessage({ tone: "error", text: "请按提示修改后再提交" });
    }
    const res = await apiSend(`/api/v1/sessions/${sessionId}/elections`, "POST", parsed.data);
    if (!res.ok) {
      fieldErrors(res.error.fields ?? {});
      return setMessage({ tone: "error", text: res.error.message });
    }
    form.reset(blank);
    setMessage({ tone: "success", text: "选举已建立" });
    router.refresh();
  });
  return { form, candidates, nominations, onSubmit, message };
}
export type ElectionCreateState = ReturnType<typeof useElectionCreateForm>;
