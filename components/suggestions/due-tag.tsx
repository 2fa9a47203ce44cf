import type { DueStatus } from "@/lib/time/due";

/** The deadline's urgency in words (not only colour): 逾期 or 即将到期 (within 14 days). */
export function DueTag({ due }: { due: DueStatus | null }) {
  if (due === "OVERDUE")
    return <span className="whitespace-nowrap rounded bg-red-700 px-1.5 text-sm font-medium text-white">逾期</span>;
  if (due === "DUE_SOON")
    return (
      <span className="whitespace-nowrap rounded border border-amber-600 bg-amber-50 px-1.5 text-sm font-medium text-amber-900">
        即将到期
      </span>
    );
  return null;
}

/** The deadline followed by its tag; "—" before assignment. */
export function Deadline({ deadline, due }: { deadline: string | null; due: DueStatus | null }) {
  if (!deadline) return <>—</>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span>{deadline}</span>
      <DueTag due={due} />
    </span>
  );
}
