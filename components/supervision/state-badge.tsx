import type { SupervisionState } from "@/lib/generated/prisma/enums";
import { SUPERVISION_STATE_LABELS } from "@/lib/supervision/labels";

const TONES: Record<SupervisionState, string> = {
  DRAFT: "border-amber-400 bg-amber-50 text-amber-900",
  APPROVED: "border-blue-500 bg-blue-50 text-blue-900",
  UNDER_WAY: "border-green-600 bg-green-50 text-green-900",
  CONCLUDED: "border-stone-400 bg-stone-100 text-stone-800",
};

export function StateBadge({ state }: { state: SupervisionState }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm ${TONES[state]}`}>
      {SUPERVISION_STATE_LABELS[state]}
    </span>
  );
}
