import { pct, percent } from "@/lib/suggestions/rules";

export { pct };

export function Figure({ label, value, hint }: { label: string; value: React.ReactNode; hint?: string }) {
  return (
    <div className="rounded border border-stone-200 bg-white px-3 py-2 break-inside-avoid">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-xl font-semibold text-stone-900">{value}</dd>
      {hint && <dd className="text-xs text-stone-600">{hint}</dd>}
    </div>
  );
}

/** A share as a bar; the number beside it is the text, the bar is decoration. */
function Bar({ share }: { share: number | null }) {
  return (
    <div aria-hidden className="h-2.5 w-full min-w-16 rounded bg-stone-200 [print-color-adjust:exact]">
      <div className="h-2.5 rounded bg-brand-700 [print-color-adjust:exact]" style={{ width: `${share ?? 0}%` }} />
    </div>
  );
}

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `fig-${title}`;
  return (
    <section aria-labelledby={id} className="mt-5 break-inside-avoid">
      <h2 id={id} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A real table (not cards) so the columns line up on paper; on a phone it scrolls inside its box. */
export function Table({
  caption,
  header,
  rows,
  numeric = true,
}: {
  caption: string;
  header: string[];
  rows: React.ReactNode[][];
  numeric?: boolean;
}) {
  return (
    <div
      className="overflow-x-auto rounded border border-stone-200 bg-white"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            {header.map((h, i) => (
              <th
                key={h}
                scope="col"
                className={`whitespace-nowrap px-3 py-2 font-medium ${i === 0 || !numeric ? "text-left" : "text-right"}`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-t border-stone-200">
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className="px-3 py-2 text-left font-normal">
                    {c}
                  </th>
                ) : (
                  <td key={j} className={`px-3 py-2 ${numeric ? "text-right tabular-nums" : ""}`}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ShareTable({
  caption,
  label,
  rows,
  whole,
}: {
  caption: string;
  label: string;
  rows: [string, number][];
  whole: number;
}) {
  return (
    <Table
      caption={caption}
      header={[label, "件数", "占比", ""]}
      rows={rows.map(([name, count]) => [
        name,
        count,
        pct(percent(count, whole)),
        <Bar key="bar" share={percent(count, whole)} />,
      ])}
    />
  );
}
