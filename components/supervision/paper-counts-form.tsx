"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { CountInput } from "@/components/ui/count-input";

export interface OpenPoll {
  pollId: string;
  subject: string;
  version: number;
  paper?: { satisfied: number; basic: number; unsatisfied: number; invalid: number };
}

const COLUMNS = [
  ["satisfied", "满意"],
  ["basic", "基本满意"],
  ["unsatisfied", "不满意"],
  ["invalid", "废票"],
] as const;

/** 录入纸质票: the paper ballots' counts of every open poll, checked against the participants on the server. */
export function PaperCountsForm({ id, polls }: { id: string; polls: OpenPoll[] }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const num = (name: string) => (data.get(name) === "" ? undefined : Number(data.get(name)));
    const entries = polls.map((p) => ({
      pollId: p.pollId,
      version: p.version,
      ...Object.fromEntries(COLUMNS.map(([k]) => [k, num(`${p.pollId}.${k}`) ?? 0])),
    }));
    const res = await apiSend(`/api/v1/supervision/${id}/ballots`, "POST", { action: "paper", entries });
    if (!res.ok) {
      setErrors(res.error.fields ?? {});
      return setMessage({ tone: "error", text: res.error.message });
    }
    setErrors({});
    setMessage({ tone: "success", text: "纸质票数已保存" });
    router.refresh();
  }
  return (
    <form onSubmit={submit} aria-label="录入纸质票" className="flex flex-col gap-3">
      {polls.map((p, i) => {
        const error = Object.entries(errors).find(([k]) => k.startsWith(`entries.${i}.`))?.[1];
        return (
          <fieldset key={p.pollId} className="rounded border border-stone-300 p-2">
            <legend className="px-1 text-sm font-medium">{p.subject}</legend>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
              {COLUMNS.map(([k, label]) => (
                <label key={k} className="flex flex-col text-sm">
                  <span>
                    {label}
                    <span className="sr-only">（{p.subject}）</span>
                  </span>
                  <CountInput
                    name={`${p.pollId}.${k}`}
                    defaultValue={p.paper?.[k] ?? 0}
                    aria-invalid={error ? true : undefined}
                  />
                </label>
              ))}
            </div>
            {error && <p className="mt-1 text-sm text-red-800">{error}</p>}
          </fieldset>
        );
      })}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button type="submit" className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white">
        保存纸质票数
      </button>
    </form>
  );
}
