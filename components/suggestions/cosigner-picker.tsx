"use client";

import { useId, useState } from "react";
import { groupCosigners, type CosignerOption } from "@/lib/suggestions/cosigners";
import { inputClass } from "@/components/ui/form-field";

/**
 * 附议代表 (联名人 for a motion): the sitting deputies other than the lead, under their 小组, found by
 * part of a name; folded, with the count picked and the names picked shown above the list.
 */
export function CosignerPicker({
  label,
  options,
  groups,
  picked,
  onChange,
  error,
  required,
}: {
  label: string;
  options: CosignerOption[];
  groups: { id: string; name: string }[];
  picked: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  /** A motion's minimum number of co-signers, shown in the summary. */
  required?: string;
}) {
  const id = useId();
  const [q, setQ] = useState("");
  const shown = groupCosigners(options, groups, q);
  const names = options.filter((d) => picked.includes(d.id)).map((d) => d.name);
  const toggle = (deputyId: string, on: boolean) =>
    onChange(on ? [...picked, deputyId] : picked.filter((x) => x !== deputyId));
  return (
    <details className="rounded border border-stone-200 bg-white p-3" open={error ? true : undefined}>
      <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-blue-800">
        {label}（{required ?? "可选"}，已选 {picked.length} 名）
      </summary>
      <fieldset className="mt-2 flex flex-col gap-2">
        <legend className="sr-only">{label}</legend>
        {options.length === 0 ? (
          <p className="text-sm text-stone-600">没有其他在任代表</p>
        ) : (
          <>
            <label htmlFor={`${id}-q`} className="text-sm font-medium text-stone-800">
              查找{label}
            </label>
            <input
              id={`${id}-q`}
              type="search"
              className={inputClass}
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder="输入姓名"
              autoComplete="off"
            />
            {names.length > 0 && <p className="text-sm text-stone-700">已选：{names.join("、")}</p>}
            {shown.length === 0 && <p className="text-sm text-stone-600">没有姓名含“{q.trim()}”的代表</p>}
            <div className="flex max-h-96 flex-col gap-2 overflow-y-auto">
              {shown.map((g) => (
                <fieldset key={g.id ?? "none"}>
                  <legend className="text-sm font-semibold text-stone-700">{g.name}</legend>
                  <ul className="grid grid-cols-2 gap-x-2 sm:grid-cols-4">
                    {g.deputies.map((d) => (
                      <li key={d.id}>
                        <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
                          <input
                            type="checkbox"
                            className="size-5 shrink-0"
                            checked={picked.includes(d.id)}
                            onChange={(ev) => toggle(d.id, ev.target.checked)}
                          />
                          {d.name}
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              ))}
            </div>
          </>
        )}
        {error && <p className="text-sm text-red-800">{error}</p>}
      </fieldset>
    </details>
  );
}
