"use client";

import { inputClass } from "@/components/ui/form-field";

export interface Option {
  id: string;
  name: string;
}

export interface Official {
  officialName: string;
  officialPost: string;
  unitId: string;
}

/** The units to be evaluated or inspected, ticked from the township's list. */
export function UnitPicker({
  units,
  chosen,
  onChange,
  error,
}: {
  units: Option[];
  chosen: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const toggle = (id: string) => onChange(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]);
  return (
    <fieldset className="rounded border border-stone-300 p-3" aria-describedby={error ? "targets-error" : undefined}>
      <legend className="px-1 text-sm font-medium">评议对象（单位）</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {units.map((u) => (
          <label key={u.id} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" className="h-5 w-5" checked={chosen.includes(u.id)} onChange={() => toggle(u.id)} />
            {u.name}
          </label>
        ))}
      </div>
      {error && (
        <p id="targets-error" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** 述职评议: the officials, each with name, post and (optionally) unit. */
export function OfficialRows({
  rows,
  units,
  onChange,
  errors,
}: {
  rows: Official[];
  units: Option[];
  onChange: (rows: Official[]) => void;
  errors: Record<string, string>;
}) {
  const set = (i: number, patch: Partial<Official>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="rounded border border-stone-300 p-3">
      <legend className="px-1 text-sm font-medium">评议对象（述职人员）</legend>
      {rows.map((r, i) => (
        <div key={i} className="mb-2 grid gap-2 sm:grid-cols-3">
          <input
            aria-label={`第${i + 1}人姓名`}
            className={inputClass}
            value={r.officialName}
            onChange={(e) => set(i, { officialName: e.target.value })}
          />
          <input
            aria-label={`第${i + 1}人职务`}
            className={inputClass}
            value={r.officialPost}
            onChange={(e) => set(i, { officialPost: e.target.value })}
          />
          <select
            aria-label={`第${i + 1}人所在单位`}
            className={inputClass}
            value={r.unitId}
            onChange={(e) => set(i, { unitId: e.target.value })}
          >
            <option value="">（不选单位）</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          {errors[`targets.${i}.officialName`] && (
            <p className="text-sm text-red-800 sm:col-span-3">{errors[`targets.${i}.officialName`]}</p>
          )}
        </div>
      ))}
      <button
        type="button"
        className="min-h-10 rounded border border-stone-400 bg-white px-3 text-sm"
        onClick={() => onChange([...rows, { officialName: "", officialPost: "", unitId: "" }])}
      >
        添加述职人员
      </button>
    </fieldset>
  );
}

/** The participating deputies (and presidium members), ticked from the term's sitting deputies. */
export function ParticipantPicker({
  deputies,
  chosen,
  presidium,
  onChange,
  error,
}: {
  deputies: Option[];
  chosen: string[];
  presidium: string[];
  onChange: (chosen: string[], presidium: string[]) => void;
  error?: string;
}) {
  const toggle = (id: string) =>
    chosen.includes(id)
      ? onChange(
          chosen.filter((x) => x !== id),
          presidium.filter((x) => x !== id),
        )
      : onChange([...chosen, id], presidium);
  const togglePresidium = (id: string) =>
    onChange(
      chosen.includes(id) ? chosen : [...chosen, id],
      presidium.includes(id) ? presidium.filter((x) => x !== id) : [...presidium, id],
    );
  return (
    <fieldset className="rounded border border-stone-300 p-3">
      <legend className="px-1 text-sm font-medium">参加人员（已选 {chosen.length} 人）</legend>
      <div className="mb-2 flex gap-2">
        <button
          type="button"
          className="min-h-10 rounded border border-stone-400 bg-white px-3 text-sm"
          onClick={() =>
            onChange(
              deputies.map((d) => d.id),
              presidium,
            )
          }
        >
          全选在任代表
        </button>
        <button
          type="button"
          className="min-h-10 rounded border border-stone-400 bg-white px-3 text-sm"
          onClick={() => onChange([], [])}
        >
          清空
        </button>
      </div>
      <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {deputies.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center gap-3 text-sm">
            <label className="flex min-h-10 items-center gap-2">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={chosen.includes(d.id)}
                onChange={() => toggle(d.id)}
              />
              {d.name}
            </label>
            <label className="flex items-center gap-1 text-stone-700">
              <input
                type="checkbox"
                className="h-4 w-4"
                checked={presidium.includes(d.id)}
                onChange={() => togglePresidium(d.id)}
              />
              <span>
                主席团成员<span className="sr-only">（{d.name}）</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error && <p className="mt-1 text-sm text-red-800">{error}</p>}
    </fieldset>
  );
}
