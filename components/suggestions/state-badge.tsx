import type { SuggestionState } from "@/lib/generated/prisma/enums";
import { SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";

const TONES: Record<SuggestionState, string> = {
  DRAFT: "border-stone-400 bg-stone-50 text-stone-800",
  SUBMITTED: "border-blue-400 bg-blue-50 text-blue-900",
  REGISTERED: "border-blue-400 bg-blue-50 text-blue-900",
  ASSIGNED: "border-amber-400 bg-amber-50 text-amber-900",
  REHANDLING: "border-red-400 bg-red-50 text-red-900",
  REPLIED: "border-green-600 bg-green-50 text-green-900",
  RATED: "border-green-600 bg-green-50 text-green-900",
  CLOSED: "border-stone-400 bg-stone-100 text-stone-800",
  WITHDRAWN: "border-stone-400 bg-stone-100 text-stone-800",
  MERGED: "border-stone-400 bg-stone-100 text-stone-800",
};

/** The state in words; an assignment still waiting for the chair's 签发 says so (the office, chair and presidium see it). */
export function StateBadge({ state, awaitingSignOff = false }: { state: SuggestionState; awaitingSignOff?: boolean }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm ${TONES[state]}`}>
      {SUGGESTION_STATE_LABELS[state]}
      {awaitingSignOff && "（待签发）"}
    </span>
  );
}
