"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { POLL_CHOICE_LABELS } from "@/lib/supervision/labels";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";

export interface BallotPoll {
  pollId: string;
  subject: string;
  voted: boolean;
}

/**
 * The deputy's phone ballot: one question per target (满意 / 基本满意 / 不满意), sent together. Anonymous:
 * the server keeps that the deputy voted, never what; after sending, the page says only 已投票.
 */
export function BallotForm({ id, polls }: { id: string; polls: BallotPoll[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const open = polls.filter((p) => !p.voted);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const votes = open.map((p) => ({ pollId: p.pollId, choice: String(data.get(p.pollId) ?? "") }));
    const missing = open.filter((_, i) => !votes[i].choice).map((p) => p.subject);
    if (missing.length) return setMessage({ tone: "error", text: `请对 ${missing.join("、")} 选择测评意见` });
    setBusy(true);
    const res = await apiSend(`/api/v1/supervision/${id}/ballots`, "POST", { action: "cast", votes });
    setBusy(false);
    if (!res.ok) return setMessage({ tone: "error", text: res.error.message });
    setMessage({ tone: "success", text: "投票成功，谢谢！您的选择不会与您的姓名关联。" });
    router.refresh();
  }
  return (
    <form onSubmit={submit} aria-label="民主测评票" className="flex flex-col gap-4">
      {polls.map((p) =>
        p.voted ? (
          <p key={p.pollId} className="rounded border border-stone-200 bg-stone-50 p-3 text-base">
            {p.subject}：已投票
          </p>
        ) : (
          <fieldset key={p.pollId} className="rounded border border-stone-300 bg-white p-3">
            <legend className="px-1 text-base font-semibold">{p.subject}</legend>
            <div className="flex flex-col gap-1">
              {Object.entries(POLL_CHOICE_LABELS).map(([value, label]) => (
                <label key={value} className="flex min-h-11 items-center gap-3 text-base">
                  <input type="radio" name={p.pollId} value={value} className="h-5 w-5" />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
        ),
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {open.length > 0 && (
        <button type="submit" disabled={busy} className="min-h-12 rounded bg-brand-700 px-4 py-2 text-base text-white">
          {busy ? "正在提交…" : "提交测评票"}
        </button>
      )}
    </form>
  );
}
