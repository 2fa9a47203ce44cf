"use client";

import { NO_GROUP, type RollFilter } from "@/lib/sessions/roll-filter";
import { inputClass } from "@/components/ui/form-field";

/** The door's filters of the sign-in list: part of a name, a 小组, only those not yet signed in. */
export function AttendanceFilter({
  value,
  onChange,
  groups,
  ungrouped,
  shown,
  total,
}: {
  value: RollFilter;
  onChange: (f: RollFilter) => void;
  groups: string[];
  ungrouped: boolean;
  shown: number;
  total: number;
}) {
  return (
    <div role="search" aria-label="查找代表" className="flex flex-wrap items-end gap-3">
      <label className="flex w-full flex-col gap-1 text-sm font-medium sm:w-48">
        姓名
        <input
          type="search"
          className={inputClass}
          value={value.q}
          onChange={(e) => onChange({ ...value, q: e.target.value })}
          placeholder="输入姓名查找"
          autoComplete="off"
        />
      </label>
      <label className="flex min-w-40 flex-1 flex-col gap-1 text-sm font-medium sm:flex-none">
        代表小组
        <select
          className={inputClass}
          value={value.group}
          onChange={(e) => onChange({ ...value, group: e.target.value })}
        >
          <option value="">全部小组</option>
          {groups.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
          {ungrouped && <option value={NO_GROUP}>未分组</option>}
        </select>
      </label>
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-5"
          checked={value.unmarkedOnly}
          onChange={(e) => onChange({ ...value, unmarkedOnly: e.target.checked })}
        />
        只看未签到
      </label>
      <p className="w-full text-sm text-stone-600" role="status">
        {shown === total ? `共 ${total} 名` : `显示 ${shown} / ${total} 名`}
      </p>
    </div>
  );
}
