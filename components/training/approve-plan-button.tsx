"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";

/** 批准: the chair approves a draft plan. */
export function ApprovePlanButton({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function approve() {
    const res = await apiSend(`/api/v1/training-plans/${id}/approve`, "POST", { version });
    if (!res.ok) return setError(res.error.message);
    router.refresh();
  }
  return (
    <div className="no-print flex flex-col gap-2">
      <button
        type="button"
        onClick={approve}
        className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
      >
        批准培训计划
      </button>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
