"use client";

import { useEffect, useState } from "react";
import { pickSuggestions, type SuggestGroup } from "@/components/layout/search-suggestions";

/** Wait this long after the last keystroke before asking the server. */
const DEBOUNCE_MS = 250;

/**
 * The dropdown's groups for the words typed: /api/v1/search (the same policy as the lists),
 * debounced, the previous request aborted when the words change. `null` while nothing is asked.
 */
export function useSearchSuggest(q: string): SuggestGroup[] | null {
  const [result, setResult] = useState<{ q: string; groups: SuggestGroup[] } | null>(null);
  const words = q.trim();
  useEffect(() => {
    if (!words) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/v1/search?q=${encodeURIComponent(words)}`, { signal: abort.signal });
        if (!res.ok) return; // too long, signed out…: the form still submits to /search
        const body = (await res.json()) as { groups: SuggestGroup[] };
        setResult({ q: words, groups: pickSuggestions(body.groups) });
      } catch {
        // aborted or offline: keep the box usable as a plain form
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [words]);
  return words && result?.q === words ? result.groups : null;
}
