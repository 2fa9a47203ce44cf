"use client";

/** Opens the browser's print dialog; hidden on paper. */
export function PrintButton({ label = "打印" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print inline-flex min-h-10 items-center justify-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}
