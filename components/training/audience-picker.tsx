/** 培训对象: deputy levels and groups as checkboxes (names audienceLevels / audienceGroupIds in the form). */
export function AudiencePicker({
  legend,
  levels,
  groups,
  error,
}: {
  legend: string;
  levels: Record<string, string>;
  groups: { id: string; name: string }[];
  error?: string;
}) {
  const box = "flex min-h-10 items-center gap-2 text-sm";
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={error ? "audience-error" : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4">
        {Object.entries(levels).map(([value, label]) => (
          <label key={value} className={box}>
            <input type="checkbox" name="audienceLevels" value={value} className="h-5 w-5" />
            {label}
          </label>
        ))}
      </div>
      {groups.length > 0 && (
        <div className="flex flex-wrap gap-x-4">
          {groups.map((g) => (
            <label key={g.id} className={box}>
              <input type="checkbox" name="audienceGroupIds" value={g.id} className="h-5 w-5" />
              {g.name}
            </label>
          ))}
        </div>
      )}
      {error && (
        <p id="audience-error" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
