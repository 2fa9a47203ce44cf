import Link from "next/link";
import { PrintButton } from "@/components/sessions/print/print-button";

/** The bar above a printable: back, print and any downloads. None of it reaches the paper. */
export function PrintToolbar({
  backHref,
  backLabel = "返回会议",
  hint,
  children,
}: {
  backHref: string;
  backLabel?: string;
  hint?: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="no-print mb-4 flex flex-wrap items-center gap-3">
      <Link href={backHref} className="text-sm text-brand-700 underline">
        {backLabel}
      </Link>
      <PrintButton />
      {children}
      {hint && <p className="text-sm text-stone-600">{hint}</p>}
    </div>
  );
}

/**
 * One A4 sheet: on screen a white page, on paper the page itself. Every sheet but the last ends
 * with a page break, so each printed page starts with its own heading.
 */
export function PrintPage({
  last = true,
  children,
  label,
}: {
  last?: boolean;
  children: React.ReactNode;
  label?: string;
}) {
  return (
    <section
      aria-label={label}
      className="mx-auto mb-6 w-full max-w-[210mm] bg-white p-[12mm] text-[11pt] leading-relaxed text-black shadow print:mb-0 print:max-w-none print:p-0 print:shadow-none"
      style={last ? undefined : { pageBreakAfter: "always", breakAfter: "page" }}
    >
      {children}
    </section>
  );
}

/** A bordered table for paper: black rules, no screen styling. */
export function PrintTable({
  head,
  children,
  className = "",
}: {
  head: React.ReactNode[];
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <table className={`w-full border-collapse ${className}`}>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col" className="border border-black px-2 py-1 text-center font-semibold">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export const cell = "border border-black px-2 py-1";
