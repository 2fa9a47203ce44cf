import type { ReactNode } from "react";

/** A form's main button, greyed while the form is being sent. */
export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
    >
      {children}
    </button>
  );
}

/** The secondary button under a list that adds a row (a candidate, a write-in, a checklist item). */
export function AddRowButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="min-h-10 self-start rounded border border-stone-400 bg-white px-3 text-sm"
    >
      {children}
    </button>
  );
}
