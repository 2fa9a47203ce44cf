"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSend } from "@/components/ui/api";
import { inputClass } from "@/components/ui/form-field";

/** 核实 / 退回 one entry (the office): returning asks for the reason, which the deputy sees. */
export function ReviewActions({ id, version, label }: { id: string; version: number; label: string }) {
  const router = useRouter();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  async function send(body: object) {
    const res = await apiSend(`/api/v1/duties/${id}/review`, "POST", { ...body, version });
    if (!res.ok) return setError(res.error.message);
    setError(null);
    router.refresh();
  }
  return (
    <div className="flex flex-wrap items-start gap-2">
      <button
        type="button"
        onClick={() => send({ decision: "verify" })}
        className="min-h-10 rounded bg-brand-700 px-3 text-sm text-white"
        aria-label={`核实：${label}`}
      >
        核实
      </button>
      {returning ? (
        <form
          className="flex flex-wrap gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void send({ decision: "return", reason });
          }}
        >
          <label className="sr-only" htmlFor={`reason-${id}`}>
            退回原因
          </label>
          <input
            id={`reason-${id}`}
            className={`${inputClass} w-48`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="退回原因"
          />
          <button type="submit" className="min-h-10 rounded border border-red-700 px-3 text-sm text-red-800">
            确认退回
          </button>
        </form>
      ) : (
        <button
          type="button"
          onClick={() => setReturning(true)}
          className="min-h-10 rounded border border-stone-400 px-3 text-sm"
          aria-label={`退回：${label}`}
        >
          退回
        </button>
      )}
      {error && (
        <p role="alert" className="w-full text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
