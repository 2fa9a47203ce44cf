"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField, inputClass } from "@/components/ui/form-field";

interface Item {
  id: string;
  title: string;
}
type Target = "session" | "agenda_item" | "agenda_up" | "agenda_delete";
const TARGETS: [Target, string][] = [
  ["session", "会期或会场"],
  ["agenda_item", "议程名称"],
  ["agenda_up", "议程顺序（上移一位）"],
  ["agenda_delete", "删除议程（未表决的）"],
];

function Choice(p: {
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange(v: string): void;
  error?: string;
}) {
  return (
    <FormField label={p.label} error={p.error}>
      <select className={inputClass} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        {p.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** The request for the chosen correction; 上移 sends the whole order with the item moved up one place. */
function correctionBody(
  target: Target,
  f: {
    startDate: string;
    endDate: string;
    venue: string;
    itemId: string;
    title: string;
    reason: string;
    version: number;
  },
  agenda: Item[],
) {
  const { itemId, title, reason } = f;
  if (target === "session")
    return { target, startDate: f.startDate, endDate: f.endDate, venue: f.venue, reason, version: f.version };
  if (target === "agenda_item") return { target, itemId, title, reason };
  if (target === "agenda_delete") return { target, itemId, reason };
  const ids = agenda.map((a) => a.id);
  const i = ids.indexOf(itemId);
  if (i > 0) [ids[i - 1], ids[i]] = [ids[i], ids[i - 1]];
  return { target: "agenda_order", itemIds: ids, reason };
}

/** One form for every correction of an opened session: what to correct, the new value, and why (required). */
export function SessionCorrectionForm(props: {
  sessionId: string;
  version: number;
  startDate: string;
  endDate: string;
  venue: string;
  agenda: Item[];
}) {
  const router = useRouter();
  const [target, setTarget] = useState<Target>("session");
  const [v, setV] = useState({ startDate: props.startDate, endDate: props.endDate, venue: props.venue });
  const [itemId, setItemId] = useState(props.agenda[0]?.id ?? "");
  const [title, setTitle] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    // zod comes with the first submit, not with the page (components/ui/lazy-resolver.ts).
    const { SessionCorrectionInput } = await import("@/lib/sessions/correction-schema");
    const parsed = SessionCorrectionInput.safeParse(
      correctionBody(target, { ...v, itemId, title, reason, version: props.version }, props.agenda),
    );
    if (!parsed.success)
      return setErrors(Object.fromEntries(parsed.error.issues.map((x) => [String(x.path[0]), x.message])));
    setErrors({});
    const res = await apiSend(`/api/v1/sessions/${props.sessionId}/corrections`, "POST", parsed.data);
    if (!res.ok) {
      setErrors(res.error.fields ?? {});
      return setMessage({ tone: "error", text: res.error.message });
    }
    setReason("");
    setMessage({ tone: "success", text: "更正已登记，原记录保留在更正记录中" });
    router.refresh();
  }
  const field = (name: "startDate" | "endDate" | "venue", label: string, type = "text") => (
    <FormField label={label} error={errors[name]}>
      <input
        className={inputClass}
        type={type}
        value={v[name]}
        onChange={(e) => setV({ ...v, [name]: e.target.value })}
      />
    </FormField>
  );
  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label="登记更正">
      <Choice label="更正内容" value={target} options={TARGETS} onChange={(t) => setTarget(t as Target)} />
      {target === "session" ? (
        <div className="grid gap-3 sm:grid-cols-3">
          {field("startDate", "开幕日期", "date")}
          {field("endDate", "闭幕日期", "date")}
          {field("venue", "会场")}
        </div>
      ) : (
        <Choice
          label="议程"
          value={itemId}
          options={props.agenda.map((a) => [a.id, a.title])}
          onChange={setItemId}
          error={errors.itemId ?? errors.itemIds}
        />
      )}
      {target === "agenda_item" && (
        <FormField label="更正后的议程名称" error={errors.title}>
          <input className={inputClass} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </FormField>
      )}
      <FormField label="更正原因" error={errors.reason} hint="必填，记入更正记录和审计日志">
        <input className={inputClass} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </FormField>
      <div>
        <Button type="submit">登记更正</Button>
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </form>
  );
}
