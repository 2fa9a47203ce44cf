import type { DueStatus } from "@/lib/time/due";

/**
 * The deadline's urgency in words (not only colour): 逾期 3 天, 今天到期, 还剩 5 天 — the words of
 * the reminder lists (lib/time/due.ts `countdown`) — or 逾期 / 即将到期 when no count is given.
 */
export function DueTag({ due, text }: { due: DueStatus | null; text?: string | null }) {
  if (due === "OVERDUE")
    return (
      <span className="whitespace-nowrap rounded bg-red-700 px-1.5 text-sm font-medium text-white">
        {text ?? "逾期"}
      </span>
    );
  if (due === "DUE_SOON")
    return (
      <span className="whitespace-nowrap rounded border border-amber-600 bg-amber-50 px-1.5 text-sm font-medium text-amber-900">
        {text ?? "即将到期"}
      </span>
    );
  return null;
}

/** The deadline followed by its tag; "—" before assignment. */
export function Deadline({
  deadline,
  due,
  dueText,
}: {
  deadline: string | null;
  due: DueStatus | null;
  dueText?: string | null;
}) {
  if (!deadline) return <>—</>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span>{deadline}</span>
      <DueTag due={due} text={dueText} />
    </span>
  );
}
