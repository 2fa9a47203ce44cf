"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export interface SignOffRow {
  id: string;
  number: string | null;
  title: string;
  unit: string | null;
}

/** The chair signs off the office's assignments (交办), several at once. */
export function SignOffForm({ rows }: { rows: SignOffRow[] }) {
  const router = useRouter();
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const all = rows.length > 0 && picked.length === rows.length;
  const toggle = (id: string, on: boolean) => setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!picked.length) return setMessage({ tone: "error", text: "请选择要签发的建议" });
    setBusy(true);
    setMessage(null);
    const res = await apiSend<{ signedOff: number }>("/api/v1/suggestions/sign-off", "POST", { ids: picked });
    setBusy(false);
    if (!res.ok) return setMessage({ tone: "error", text: res.error.message });
    setPicked([]);
    setMessage({ tone: "success", text: `已签发 ${res.data.signedOff} 件` });
    router.refresh();
  }

  return (
    <form onSubmit={submit} aria-label="签发交办" className="flex flex-col gap-2">
      {rows.length === 0 ? (
        <p className="text-sm text-stone-600">没有待签发的交办</p>
      ) : (
        <>
          <label className="flex min-h-10 items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              className="size-5"
              checked={all}
              onChange={(e) => setPicked(e.target.checked ? rows.map((r) => r.id) : [])}
            />
            全选（{rows.length} 件）
          </label>
          <ul className="flex flex-col divide-y divide-stone-200 rounded border border-stone-200">
            {rows.map((r) => (
              <li key={r.id} className="px-3 py-1">
                <label className="flex min-h-10 cursor-pointer items-center gap-3 text-sm">
                  <input
                    type="checkbox"
                    className="size-5 shrink-0"
                    checked={picked.includes(r.id)}
                    onChange={(e) => toggle(r.id, e.target.checked)}
                  />
                  <span>
                    {r.number ?? "未登记"} {r.title}
                    {r.unit ? `（主办：${r.unit}）` : ""}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <Button type="submit" disabled={busy} className="self-start">
            签发
          </Button>
        </>
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </form>
  );
}
