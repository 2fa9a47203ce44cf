"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSend } from "@/components/ui/api";

export type CategoryMessage = { tone: "error" | "success"; text: string } | null;

export type CategorySend = (
  url: string,
  method: "POST" | "PATCH" | "DELETE",
  body: unknown,
  done: string,
) => Promise<boolean>;

/** One request, then a refresh so the list shows the server's order and versions. */
export function useCategorySend(setMessage: (m: CategoryMessage) => void): { busy: boolean; send: CategorySend } {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    send: async (url, method, body, done) => {
      setBusy(true);
      const res = await apiSend(url, method, body);
      setBusy(false);
      if (!res.ok) {
        setMessage({ tone: "error", text: Object.values(res.error.fields ?? {})[0] ?? res.error.message });
        return false;
      }
      setMessage({ tone: "success", text: done });
      router.refresh();
      return true;
    },
  };
}
