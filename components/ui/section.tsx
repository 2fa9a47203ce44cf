/** A titled block of a record's page (a session, a suggestion); the title names the region for screen readers and tests. */
export function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="mt-4 scroll-mt-14 rounded border border-stone-200 bg-white p-3 sm:p-4"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {description && <div className="mt-1 text-sm text-stone-600">{description}</div>}
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** Label–value rows: two columns on a phone, four on wider screens. */
export function Facts({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[5.5rem_1fr] gap-y-2 text-sm sm:grid-cols-[6rem_1fr_6rem_1fr]">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-stone-600">{k}</dt>
          <dd className="min-w-0 break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
