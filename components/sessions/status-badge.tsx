import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { SESSION_STATUS_LABELS } from "@/lib/sessions/labels";

const TONES: Record<SessionStatus, string> = {
  PREPARING: "border-amber-400 bg-amber-50 text-amber-900",
  IN_PROGRESS: "border-green-600 bg-green-50 text-green-900",
  CLOSED: "border-stone-400 bg-stone-100 text-stone-800",
};

export function StatusBadge({ status }: { status: SessionStatus }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-sm ${TONES[status]}`}>
      {SESSION_STATUS_LABELS[status]}
    </span>
  );
}
