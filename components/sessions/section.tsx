/** A titled block of the session page; the title names the region for screen readers and tests. */
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
      className="mt-4 scroll-mt-4 rounded border border-stone-200 bg-white p-3 sm:p-4"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {description && <div className="mt-1 text-sm text-stone-600">{description}</div>}
      <div className="mt-3">{children}</div>
    </section>
  );
}
