/** One label and its number in a line of figures (a `<dl>` of the year's figures pages). */
export function InlineFigure({ label, value }: { label: string; value: string | number }) {
  return (
    <div className="flex gap-2">
      <dt className="text-stone-600">{label}</dt>
      <dd className="font-semibold">{value}</dd>
    </div>
  );
}
